package io.github.sla4j.tracking;

import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportTier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * A slow, independent reference for the Threekit deadlines, written from the rules of
 * docs/semantics.md without the library: walks local dates one by one, reads the holidays from the
 * CSV of observed dates, and maps the 03:00 and 18:00 wall-clock times to instants directly
 * (neither time falls in a New York DST gap or overlap).
 */
final class ReferenceDeadlines {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final Set<LocalDate> HOLIDAYS = readHolidays();
  private static final Duration DAY = Duration.ofHours(15);

  private ReferenceDeadlines() {}

  static Instant deadline(SupportTier tier, Severity severity, Instant openedAt) {
    if (severity == Severity.CRITICAL) {
      return openedAt.plus(Duration.ofHours(tier == SupportTier.STANDARD ? 4 : 2));
    }
    if (tier == SupportTier.PREMIER && severity == Severity.URGENT) {
      return addBusinessTime(openedAt, Duration.ofHours(4));
    }
    return addBusinessDays(
        openedAt, tier == SupportTier.PREMIER && severity == Severity.HIGH ? 1 : 2);
  }

  static boolean isWorking(LocalDate date) {
    return date.getDayOfWeek() != DayOfWeek.SATURDAY
        && date.getDayOfWeek() != DayOfWeek.SUNDAY
        && !HOLIDAYS.contains(date);
  }

  static Instant open(LocalDate date) {
    return date.atTime(LocalTime.of(3, 0)).atZone(NEW_YORK).toInstant();
  }

  static Instant close(LocalDate date) {
    return date.atTime(LocalTime.of(18, 0)).atZone(NEW_YORK).toInstant();
  }

  static Instant addBusinessTime(Instant start, Duration amount) {
    Duration rest = amount;
    for (LocalDate date = start.atZone(NEW_YORK).toLocalDate(); ; date = date.plusDays(1)) {
      if (!isWorking(date) || !start.isBefore(close(date))) {
        continue;
      }
      Instant from = start.isAfter(open(date)) ? start : open(date);
      Duration available = Duration.between(from, close(date));
      if (rest.compareTo(available) <= 0) {
        return from.plus(rest);
      }
      rest = rest.minus(available);
    }
  }

  static Instant nextOpen(Instant t) {
    for (LocalDate date = t.atZone(NEW_YORK).toLocalDate(); ; date = date.plusDays(1)) {
      if (isWorking(date) && t.isBefore(close(date))) {
        return t.isAfter(open(date)) ? t : open(date);
      }
    }
  }

  static LocalDate nextWorking(LocalDate date) {
    LocalDate next = date.plusDays(1);
    while (!isWorking(next)) {
      next = next.plusDays(1);
    }
    return next;
  }

  static Instant addBusinessDays(Instant start, int days) {
    Instant c = nextOpen(start);
    LocalDate date = c.atZone(NEW_YORK).toLocalDate();
    Duration k = Duration.between(open(date), c);
    if (k.isZero()) {
      for (int i = 1; i < days; i++) {
        date = nextWorking(date);
      }
      return close(date);
    }
    for (int i = 0; i < days; i++) {
      date = nextWorking(date);
    }
    return open(date).plus(k.compareTo(DAY) < 0 ? k : DAY);
  }

  private static Set<LocalDate> readHolidays() {
    Set<LocalDate> dates = new HashSet<>();
    try (InputStream in =
            ReferenceDeadlines.class.getResourceAsStream("/us-federal-holidays-2024-2032.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        dates.add(LocalDate.parse(line.substring(line.lastIndexOf(',') + 1).trim()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return dates;
  }
}
