package io.github.sla4j.benchmarks;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.TimeWindow;
import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * The reference the benchmarks compare against: business-time arithmetic the way most libraries do
 * it, building each local date's windows with {@code java.time} ({@code
 * date.atTime(open).atZone(zone)}) and walking day by day.
 *
 * <p>It reads the weekly hours, special hours and holidays of a {@link BusinessCalendar} through
 * its public API, so both sides answer for the same calendar. It is not exact at DST edges ({@code
 * atZone} shifts a time in a gap forward by the gap's length and takes the earlier offset in an
 * overlap, where sla4j applies the wall-clock rule), which is what other libraries do; the
 * benchmarked instants avoid those edges and {@code DayWalkingCalendarTest} checks that both agree
 * on them. Immutable and thread-safe.
 */
public final class DayWalkingCalendar {

  private static final int HORIZON_DAYS = 10 * 366;
  private static final int MAX_SPAN_DAYS = 500 * 366;
  private static final Instant[] CLOSED = new Instant[0];

  private final String name;
  private final HolidayCalendar holidays;
  private final ZoneId zone;
  private final Map<DayOfWeek, List<TimeWindow>> weekly;
  private final Map<LocalDate, List<TimeWindow>> special;

  private DayWalkingCalendar(
      String name,
      ZoneId zone,
      Map<DayOfWeek, List<TimeWindow>> weekly,
      Map<LocalDate, List<TimeWindow>> special,
      HolidayCalendar holidays) {
    this.name = name;
    this.holidays = holidays;
    this.zone = zone;
    this.weekly = weekly;
    this.special = special;
  }

  /**
   * A day-walking calendar built straight from a tenant's rules, without a {@link
   * BusinessCalendar}: what a service would build per tenant if it walked days.
   *
   * @param name the calendar's name
   * @param zone the zone
   * @param weekly the windows of each day of the week (every day present, possibly empty)
   * @param holidays the holidays, typically shared by many tenants
   * @return the reference calendar
   */
  public static DayWalkingCalendar of(
      String name, ZoneId zone, Map<DayOfWeek, List<TimeWindow>> weekly, HolidayCalendar holidays) {
    return new DayWalkingCalendar(name, zone, weekly, Map.of(), holidays);
  }

  /**
   * A day-walking view of a calendar's rules.
   *
   * @param calendar the calendar whose hours and holidays to read
   * @return the reference calendar
   */
  public static DayWalkingCalendar of(BusinessCalendar calendar) {
    return new DayWalkingCalendar(
        calendar.name(),
        calendar.zone(),
        calendar.weeklyHours(),
        calendar.specialHours(),
        calendar.holidays());
  }

  /**
   * The windows of a local date as instants {@code [open0, close0, open1, close1, …]}.
   *
   * @param date the date
   * @return the windows, empty when the date is closed
   */
  public Instant[] windowsOn(LocalDate date) {
    List<TimeWindow> windows = special.get(date);
    if (windows == null) {
      if (holidays.isHoliday(date)) {
        return CLOSED;
      }
      windows = weekly.get(date.getDayOfWeek());
    }
    Instant[] out = new Instant[windows.size() * 2];
    for (int i = 0; i < windows.size(); i++) {
      TimeWindow w = windows.get(i);
      out[2 * i] = date.atTime(w.open()).atZone(zone).toInstant();
      out[2 * i + 1] =
          w.isEndOfDay()
              ? date.plusDays(1).atStartOfDay(zone).toInstant()
              : date.atTime(w.close()).atZone(zone).toInstant();
    }
    return out;
  }

  /**
   * Whether the instant lies in an open window.
   *
   * @param t the instant
   * @return true if open
   */
  public boolean isOpen(Instant t) {
    Instant[] w = windowsOn(LocalDate.ofInstant(t, zone));
    for (int k = 0; k < w.length; k += 2) {
      if (!t.isBefore(w[k]) && t.isBefore(w[k + 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * The instant itself if open, else the open of the next window.
   *
   * @param t the instant
   * @return the next open instant
   */
  public Instant nextOpen(Instant t) {
    LocalDate date = LocalDate.ofInstant(t, zone);
    for (int day = 0; day < HORIZON_DAYS; day++, date = date.plusDays(1)) {
      Instant[] w = windowsOn(date);
      for (int k = 0; k < w.length; k += 2) {
        if (w[k + 1].isAfter(t)) {
          return w[k].isAfter(t) ? w[k] : t;
        }
      }
    }
    throw noOpenTime(t);
  }

  /**
   * The earliest instant at which {@code amount} of business time has passed since {@code t}.
   *
   * @param t the start
   * @param amount the business time, positive
   * @return the result
   */
  public Instant addBusinessTime(Instant t, Duration amount) {
    Duration left = amount;
    LocalDate date = LocalDate.ofInstant(t, zone);
    for (int day = 0; day < MAX_SPAN_DAYS; day++, date = date.plusDays(1)) {
      Instant[] w = windowsOn(date);
      for (int k = 0; k < w.length; k += 2) {
        if (w[k + 1].isAfter(t)) {
          Instant start = w[k].isAfter(t) ? w[k] : t;
          Duration available = Duration.between(start, w[k + 1]);
          if (left.compareTo(available) <= 0) {
            return start.plus(left);
          }
          left = left.minus(available);
        }
      }
    }
    throw noOpenTime(t);
  }

  /**
   * The business time within {@code [a, b)}, for {@code a <= b}.
   *
   * @param a the start
   * @param b the end
   * @return the business time
   */
  public Duration businessTimeBetween(Instant a, Instant b) {
    Duration sum = Duration.ZERO;
    LocalDate last = LocalDate.ofInstant(b, zone);
    for (LocalDate date = LocalDate.ofInstant(a, zone);
        !date.isAfter(last);
        date = date.plusDays(1)) {
      Instant[] w = windowsOn(date);
      for (int k = 0; k < w.length; k += 2) {
        Instant from = w[k].isAfter(a) ? w[k] : a;
        Instant to = w[k + 1].isBefore(b) ? w[k + 1] : b;
        if (to.isAfter(from)) {
          sum = sum.plus(Duration.between(from, to));
        }
      }
    }
    return sum;
  }

  /**
   * Business days as {@code BusinessCalendar.addBusinessDays} defines them, for {@code n > 0}.
   *
   * @param t the start
   * @param n the number of business days, positive
   * @return the result
   */
  public Instant addBusinessDays(Instant t, int n) {
    Instant c = nextOpen(t);
    LocalDate date = LocalDate.ofInstant(c, zone);
    Instant[] w = windowsOn(date);
    Duration k = businessTimeBefore(w, c);
    int remaining = k.isZero() ? n - 1 : n;
    while (remaining > 0) {
      date = date.plusDays(1);
      w = windowsOn(date);
      if (w.length > 0) {
        remaining--;
      }
    }
    if (k.isZero()) {
      return w[w.length - 1];
    }
    Duration day = businessTimeBefore(w, w[w.length - 1]);
    Duration offset = k.compareTo(day) < 0 ? k : day;
    for (int j = 0; j < w.length; j += 2) {
      Duration length = Duration.between(w[j], w[j + 1]);
      if (offset.compareTo(length) <= 0) {
        return w[j].plus(offset);
      }
      offset = offset.minus(length);
    }
    throw new IllegalStateException("offset beyond the day's windows");
  }

  private static Duration businessTimeBefore(Instant[] w, Instant t) {
    Duration sum = Duration.ZERO;
    for (int k = 0; k < w.length; k += 2) {
      if (w[k].isBefore(t)) {
        sum = sum.plus(Duration.between(w[k], w[k + 1].isBefore(t) ? w[k + 1] : t));
      }
    }
    return sum;
  }

  private DateTimeException noOpenTime(Instant t) {
    return new DateTimeException(
        "Calendar '" + name + "' has no open time within the horizon after " + t);
  }
}
