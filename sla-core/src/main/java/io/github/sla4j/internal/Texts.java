package io.github.sla4j.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.StringJoiner;

/** Formats instants and durations for messages and explanations, in English. */
public final class Texts {

  private static final DateTimeFormatter MINUTES =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm z", Locale.ENGLISH);
  private static final DateTimeFormatter NANOS =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm:ss.SSSSSSSSS z", Locale.ENGLISH);

  private Texts() {}

  /**
   * Formats an instant on a zone's wall clock, e.g. {@code Sat 2026-11-21 10:00 EST}; seconds and
   * nanoseconds are shown only when not zero.
   *
   * @param instant the instant
   * @param zone the zone
   * @return the text
   */
  public static String format(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    boolean whole = local.getSecond() == 0 && local.getNano() == 0;
    return (whole ? MINUTES : NANOS).format(local);
  }

  /**
   * Formats a duration as hours, minutes, seconds and nanoseconds, e.g. {@code 1 h 30 min}; zero is
   * {@code 0 min}; a negative duration starts with a minus sign.
   *
   * @param duration the duration
   * @return the text
   */
  public static String format(Duration duration) {
    if (duration.isZero()) {
      return "0 min";
    }
    Duration abs = duration.abs();
    StringJoiner parts = new StringJoiner(" ", duration.isNegative() ? "-" : "", "");
    append(parts, abs.toHours(), "h");
    append(parts, abs.toMinutesPart(), "min");
    append(parts, abs.toSecondsPart(), "s");
    append(parts, abs.toNanosPart(), "ns");
    return parts.toString();
  }

  private static void append(StringJoiner parts, long value, String unit) {
    if (value != 0) {
      parts.add(value + " " + unit);
    }
  }
}
