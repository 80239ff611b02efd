package io.github.sla4j.benchmarks;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.TimeWindow;
import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Tenants of a multi-tenant help desk: each has its own weekday hours in one of several zones, all
 * share one holiday calendar, and each asks one deadline from its own start instant. Seeded, so
 * every run and test sees the same tenants.
 */
public final class Tenants {

  /** The zones tenants are drawn from. */
  public static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("America/Los_Angeles"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Europe/Berlin"),
          ZoneId.of("Asia/Tokyo"),
          ZoneId.of("Australia/Sydney"));

  /** The one holiday calendar every tenant uses (its holiday years are computed once, shared). */
  public static final HolidayCalendar HOLIDAYS = HolidayCalendar.usFederal();

  private final ZoneId[] zones;
  private final LocalTime[] opens;
  private final LocalTime[] closes;
  private final Instant[] starts;
  private final LocalDate[] startDates;

  /**
   * Draws tenants.
   *
   * @param seed the seed
   * @param count how many tenants
   */
  public Tenants(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    zones = new ZoneId[count];
    opens = new LocalTime[count];
    closes = new LocalTime[count];
    Instant[] s = Calendars.randomInstants(seed ^ 0x7E4A47L, count);
    starts = s;
    startDates = new LocalDate[count];
    for (int i = 0; i < count; i++) {
      zones[i] = ZONES.get(random.nextInt(ZONES.size()));
      startDates[i] = LocalDate.ofInstant(s[i], zones[i]);
      // Opens 06:00-10:00 in 15-minute steps, closes 7-10 hours later.
      LocalTime open = LocalTime.of(6, 0).plusMinutes(15L * random.nextInt(17));
      opens[i] = open;
      closes[i] = open.plusMinutes(15L * random.nextInt(28, 41));
    }
  }

  /**
   * How many tenants there are.
   *
   * @return the count
   */
  public int size() {
    return starts.length;
  }

  /**
   * Tenant {@code i}'s start instant.
   *
   * @param i the tenant
   * @return its start
   */
  public Instant start(int i) {
    return starts[i];
  }

  /**
   * Tenant {@code i}'s start date: its start instant's local date in its zone.
   *
   * @param i the tenant
   * @return the date
   */
  public LocalDate startDate(int i) {
    return startDates[i];
  }

  /**
   * Builds tenant {@code i}'s calendar afresh: Monday to Friday, its hours, in its zone, with the
   * shared holidays.
   *
   * @param i the tenant
   * @return a new calendar
   */
  public BusinessCalendar calendar(int i) {
    return BusinessCalendar.builder(zones[i])
        .name("tenant")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, opens[i], closes[i])
        .holidays(HOLIDAYS)
        .build();
  }

  /**
   * Builds tenant {@code i}'s day-walking calendar afresh from the same rules.
   *
   * @param i the tenant
   * @return a new day-walking calendar
   */
  public DayWalkingCalendar dayWalking(int i) {
    Map<DayOfWeek, List<TimeWindow>> weekly = new EnumMap<>(DayOfWeek.class);
    List<TimeWindow> hours = List.of(TimeWindow.of(opens[i], closes[i]));
    for (DayOfWeek day : DayOfWeek.values()) {
      weekly.put(day, day.getValue() <= 5 ? hours : List.of());
    }
    return DayWalkingCalendar.of("tenant", zones[i], weekly, HOLIDAYS);
  }
}
