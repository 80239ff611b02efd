package io.github.sla4j.benchmarks;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.SplittableRandom;

/** The calendars and start instants every benchmark uses, so all benchmarks measure the same. */
public final class Calendars {

  /** The zone of both benchmarked calendars. */
  public static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** The name of the support calendar in {@code @Param} values. */
  public static final String SUPPORT = "support";

  /** The name of the 24/7 calendar in {@code @Param} values. */
  public static final String ALWAYS_OPEN = "24/7";

  /** How many start instants the benchmarks cycle through (a power of two). */
  public static final int START_COUNT = 4096;

  /** The seed of the benchmarks' start instants, so every run and test sees the same ones. */
  public static final long START_SEED = 0x5EED_2024L;

  private static final LocalDate FIRST_START = LocalDate.of(2024, 1, 1);
  private static final LocalDate LAST_START = LocalDate.of(2030, 12, 31);

  private Calendars() {}

  /**
   * The support calendar: Monday to Friday 03:00–18:00 in New York, closed on US federal holidays.
   *
   * @return the calendar, not null
   */
  public static BusinessCalendar supportCalendar() {
    return BusinessCalendar.builder(NEW_YORK)
        .name("support")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
        .holidays(HolidayCalendar.usFederal())
        .build();
  }

  /**
   * The 24/7 calendar in New York.
   *
   * @return the calendar, not null
   */
  public static BusinessCalendar alwaysOpen() {
    return BusinessCalendar.alwaysOpen(NEW_YORK);
  }

  /**
   * The calendar a {@code @Param} value names.
   *
   * @param name {@link #SUPPORT} or {@link #ALWAYS_OPEN}
   * @return the calendar, not null
   */
  public static BusinessCalendar named(String name) {
    return switch (name) {
      case SUPPORT -> supportCalendar();
      case ALWAYS_OPEN -> alwaysOpen();
      default ->
          throw new IllegalArgumentException(
              "Unknown calendar '" + name + "': use '" + SUPPORT + "' or '" + ALWAYS_OPEN + "'");
    };
  }

  /**
   * "One year of business time" for a calendar: its business time in 2025 (3,750 hours for the
   * support calendar, 8,760 for 24/7).
   *
   * @param calendar the calendar
   * @return the business time of 2025
   */
  public static Duration oneYearOfBusinessTime(BusinessCalendar calendar) {
    return calendar.businessTimeBetween(
        LocalDate.of(2025, 1, 1).atStartOfDay(NEW_YORK).toInstant(),
        LocalDate.of(2026, 1, 1).atStartOfDay(NEW_YORK).toInstant());
  }

  /**
   * The benchmarks' start instants: {@link #START_COUNT} instants with whole milliseconds, drawn
   * with {@link #START_SEED} from 2024–2030, none on a local date within a day of a DST transition.
   *
   * @return a new array
   */
  public static Instant[] startInstants() {
    return randomInstants(START_SEED, START_COUNT);
  }

  /**
   * Random instants with whole milliseconds from 2024–2030, none on a local date within a day of a
   * New York DST transition.
   *
   * @param seed the seed
   * @param count how many
   * @return a new array
   */
  public static Instant[] randomInstants(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    long from = FIRST_START.atStartOfDay(NEW_YORK).toInstant().toEpochMilli();
    long to = LAST_START.plusDays(1).atStartOfDay(NEW_YORK).toInstant().toEpochMilli();
    Instant[] out = new Instant[count];
    int n = 0;
    while (n < count) {
      Instant t = Instant.ofEpochMilli(random.nextLong(from, to));
      if (!nearDstTransition(t)) {
        out[n++] = t;
      }
    }
    return out;
  }

  private static boolean nearDstTransition(Instant t) {
    ZoneRules rules = NEW_YORK.getRules();
    LocalDate date = LocalDate.ofInstant(t, NEW_YORK);
    ZoneOffsetTransition next =
        rules.nextTransition(date.minusDays(2).atStartOfDay(NEW_YORK).toInstant());
    LocalDate transitionDate = LocalDate.ofInstant(next.getInstant(), NEW_YORK);
    return Math.abs(transitionDate.toEpochDay() - date.toEpochDay()) <= 1;
  }
}
