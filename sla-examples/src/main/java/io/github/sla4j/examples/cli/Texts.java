package io.github.sla4j.examples.cli;

import io.github.sla4j.tracking.Explanation;
import io.github.sla4j.tracking.ExplanationStep;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** Text formats shared by the commands: local times, durations, explanations. */
final class Texts {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);

  private Texts() {}

  /** Collapses a message onto one line. */
  static String oneLine(String text) {
    return text.replaceAll("\\s*\\R\\s*", " ").strip();
  }

  /**
   * An instant as local time in a zone, e.g. {@code Fri 2026-11-27 04:00 America/New_York
   * (-05:00)}; seconds and fractions only when not zero.
   */
  static String local(Instant instant, ZoneId zone) {
    ZonedDateTime local = instant.atZone(zone);
    return DAY.format(local)
        + " "
        + time(local.toLocalTime())
        + " "
        + zone.getId()
        + " ("
        + local.getOffset()
        + ")";
  }

  /** {@code HH:mm}, with {@code :ss} and a fraction only when not zero. */
  static String time(LocalTime time) {
    String hm = String.format(Locale.ROOT, "%02d:%02d", time.getHour(), time.getMinute());
    if (time.getSecond() == 0 && time.getNano() == 0) {
      return hm;
    }
    String seconds = String.format(Locale.ROOT, ":%02d", time.getSecond());
    if (time.getNano() == 0) {
      return hm + seconds;
    }
    return hm
        + seconds
        + "."
        + String.format(Locale.ROOT, "%09d", time.getNano()).replaceAll("0+$", "");
  }

  /** A duration in hours, minutes and seconds, e.g. {@code 30h}, {@code 4h 30m}, {@code 0s}. */
  static String duration(Duration duration) {
    if (duration.isNegative()) {
      return "-" + duration(duration.negated());
    }
    StringBuilder sb = new StringBuilder();
    long hours = duration.toHours();
    if (hours > 0) {
      sb.append(hours).append('h');
    }
    if (duration.toMinutesPart() > 0) {
      sb.append(sb.length() > 0 ? " " : "").append(duration.toMinutesPart()).append('m');
    }
    if (duration.toSecondsPart() > 0 || duration.toNanosPart() > 0) {
      BigDecimal seconds =
          BigDecimal.valueOf(duration.toSecondsPart())
              .add(BigDecimal.valueOf(duration.toNanosPart(), 9))
              .stripTrailingZeros();
      sb.append(sb.length() > 0 ? " " : "").append(seconds.toPlainString()).append('s');
    }
    return sb.length() == 0 ? "0s" : sb.toString();
  }

  /** A fraction as a percentage with one decimal, e.g. {@code 37.5%}. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  /** A threshold fraction as a short percentage, e.g. {@code 75%} or {@code 87.5%}. */
  static String fractionLabel(double fraction) {
    return BigDecimal.valueOf(fraction).movePointRight(2).stripTrailingZeros().toPlainString()
        + "%";
  }

  /** Prints the numbered steps of an explanation, indented. */
  static void printExplanation(PrintWriter out, Explanation explanation) {
    out.println("Explanation");
    List<ExplanationStep> steps = explanation.steps();
    for (int i = 0; i < steps.size(); i++) {
      out.println("  " + (i + 1) + ". " + steps.get(i).text());
    }
  }
}
