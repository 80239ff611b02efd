package io.github.sla4j.holiday;

import java.util.List;
import java.util.Optional;

/**
 * A source of holidays computed one calendar year at a time, such as a bridge to a holiday library;
 * {@link HolidayCalendar#of(String, HolidaySource)} turns it into a calendar.
 *
 * <p>A {@link HolidayCalendar} asks its source for a calendar year only when a date of that year is
 * first queried, and caches the answer, so a source may be slow. A source must be thread-safe, and
 * must give the same answer for the same year every time.
 *
 * <p>A source that can be named by a {@link HolidayRegion} (a country and its subdivisions) returns
 * it from {@link #region()}, so that a data format can refer to the calendar instead of listing its
 * dates.
 */
@FunctionalInterface
public interface HolidaySource {

  /**
   * Computes the holidays <em>observed</em> in a calendar year: every holiday whose {@link
   * Holiday#date()} lies in {@code year}, including one of the year before or after that observance
   * moved into it. The order does not matter.
   *
   * @param year the calendar year
   * @return the holidays, each with {@code date().getYear() == year}; not null, no null elements
   * @throws java.time.DateTimeException if the source cannot compute that year
   */
  List<Holiday> holidaysIn(int year);

  /**
   * Gets the region that names this source in a data format, if it has one.
   *
   * @return the region, or empty (the default) if the source can only be used in code
   */
  default Optional<HolidayRegion> region() {
    return Optional.empty();
  }
}
