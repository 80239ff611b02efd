package io.github.sla4j.internal;

import io.github.sla4j.holiday.HolidayCalendar;
import org.jspecify.annotations.Nullable;

/**
 * The holidays of a year as sorted epoch days, for the engine's schedules: a range of dates is
 * checked against them with one search, instead of a {@link java.time.LocalDate} and a lookup per
 * date. {@link HolidayCalendar} installs the lookup when its class is initialised, so the public
 * API need not offer epoch days.
 */
public final class HolidayDays {

  /** Looks up a calendar's holidays of one year. */
  @FunctionalInterface
  public interface Lookup {

    /**
     * Returns the epoch days of the holidays observed in a year, sorted, possibly repeated when
     * several holidays fall on one date; shared, not to be modified.
     *
     * @param calendar the holiday calendar
     * @param year the year
     * @return the epoch days
     */
    long[] epochDaysIn(HolidayCalendar calendar, int year);
  }

  private static volatile @Nullable Lookup lookup;

  private HolidayDays() {}

  /**
   * Installs the lookup; called once, by {@link HolidayCalendar}.
   *
   * @param installed the lookup
   */
  public static void install(Lookup installed) {
    if (lookup != null) {
      throw new IllegalStateException("the holiday lookup is installed already");
    }
    lookup = installed;
  }

  /**
   * The epoch days of a calendar's holidays in a year, as {@link Lookup#epochDaysIn}.
   *
   * @param calendar the holiday calendar
   * @param year the year
   * @return the epoch days, sorted
   */
  public static long[] epochDaysIn(HolidayCalendar calendar, int year) {
    Lookup l = lookup;
    if (l == null) {
      // Not reachable with an instance in hand (its class has installed the lookup), but a clear
      // failure rather than a NullPointerException if it ever is.
      throw new IllegalStateException("the holiday lookup is not installed");
    }
    return l.epochDaysIn(calendar, year);
  }
}
