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

  // uuuu, the proleptic year: year 0 is 0000 and the year before it -0001, as in ISO-8601.
  private static final DateTimeFormatter DATE_MINUTES =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter ZONE = DateTimeFormatter.ofPattern("z", Locale.ENGLISH);

  private Texts() {}

  /**
   * Formats an instant on a zone's wall clock, e.g. {@code Sat 2026-11-21 10:00 EST}; seconds are
   * shown only when not zero, and a fraction of a second with as few digits as it needs: {@code
   * 10:00:37}, {@code 10:00:37.25}. Years are proleptic: the year before 1 is 0.
   *
   * @param instant the instant
   * @param zone the zone
   * @return the text
   */
  public static String format(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    StringBuilder text = new StringBuilder(DATE_MINUTES.format(local));
    if (local.getSecond() != 0 || local.getNano() != 0) {
      text.append(String.format(Locale.ROOT, ":%02d", local.getSecond()));
      if (local.getNano() != 0) {
        text.append(fraction(local.getNano()));
      }
    }
    return text.append(' ').append(ZONE.format(local)).toString();
  }

  /**
   * Formats a duration as hours, minutes and seconds, e.g. {@code 1 h 30 min}; a fraction of a
   * second is shown with as few digits as it needs, e.g. {@code 47 min 54.75 s}; zero is {@code 0
   * min}; a negative duration starts with a minus sign.
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
    if (abs.toSecondsPart() != 0 || abs.toNanosPart() != 0) {
      String nanos = abs.toNanosPart() == 0 ? "" : fraction(abs.toNanosPart());
      parts.add(abs.toSecondsPart() + nanos + " s");
    }
    return parts.toString();
  }

  /** A nanosecond-of-second as a decimal fraction without trailing zeros, e.g. {@code .25}. */
  private static String fraction(int nanos) {
    String digits = String.format(Locale.ROOT, "%09d", nanos);
    int end = digits.length();
    while (digits.charAt(end - 1) == '0') {
      end--;
    }
    return "." + digits.substring(0, end);
  }

  private static void append(StringJoiner parts, long value, String unit) {
    if (value != 0) {
      parts.add(value + " " + unit);
    }
  }
}
