package io.github.sla4j.benchmarks;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.holiday.HolidayCalendar;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import net.objectlab.kit.datecalc.common.DateCalculator;
import net.objectlab.kit.datecalc.common.DefaultHolidayCalendar;
import net.objectlab.kit.datecalc.jdk8.LocalDateCalculator;
import net.objectlab.kit.datecalc.jdk8.LocalDateForwardHandler;

/**
 * The business-days peer from Maven Central: ObjectLab Kit's date calculator over the same holidays
 * as a sla4j calendar, Monday to Friday. It counts whole dates and has no hours, so it answers "n
 * business days after this date" and nothing finer.
 *
 * <p>For a start inside an open window of a working date, sla4j's {@code addBusinessDays} lands on
 * the n-th working date after the start's date, which is the date ObjectLab gives; {@code
 * ObjectLabPeerTest} checks that on the benchmarked starts. Not thread-safe: ObjectLab's calculator
 * holds its current date.
 */
public final class ObjectLabPeer {

  private static final String NAME = "sla4j-peer";

  private final DateCalculator<LocalDate> calculator;

  /**
   * Builds the peer with the holidays that close dates of a calendar in the given years.
   *
   * @param calendar the sla4j calendar whose holidays to copy (its weekly hours must be Monday to
   *     Friday)
   * @param firstYear the first year
   * @param lastYear the last year
   */
  public ObjectLabPeer(BusinessCalendar calendar, int firstYear, int lastYear) {
    this(holidays(calendar.holidays(), firstYear, lastYear));
  }

  /**
   * Builds the peer over a holiday set that many peers share, as a multi-tenant service would share
   * one holiday calendar between its tenants' calculators.
   *
   * @param holidays the holidays
   */
  public ObjectLabPeer(net.objectlab.kit.datecalc.common.HolidayCalendar<LocalDate> holidays) {
    calculator = new LocalDateCalculator(NAME, null, holidays, new LocalDateForwardHandler());
  }

  /**
   * ObjectLab's holiday set of the dates a sla4j holiday calendar closes in the given years.
   *
   * @param holidays the sla4j holidays
   * @param firstYear the first year
   * @param lastYear the last year
   * @return the holiday set, bounded by those years
   */
  public static net.objectlab.kit.datecalc.common.HolidayCalendar<LocalDate> holidays(
      HolidayCalendar holidays, int firstYear, int lastYear) {
    Set<LocalDate> dates = new HashSet<>();
    for (int year = firstYear; year <= lastYear; year++) {
      for (Holiday holiday : holidays.holidaysIn(year)) {
        dates.add(holiday.date());
      }
    }
    return new DefaultHolidayCalendar<>(
        dates, LocalDate.of(firstYear, 1, 1), LocalDate.of(lastYear, 12, 31));
  }

  /**
   * The date {@code n} business days after {@code date}, moved forward first if it is not one.
   *
   * @param date the start date
   * @param n the business days
   * @return the date
   */
  public LocalDate addBusinessDays(LocalDate date, int n) {
    calculator.setStartDate(date);
    return calculator.moveByBusinessDays(n).getCurrentBusinessDate();
  }
}
