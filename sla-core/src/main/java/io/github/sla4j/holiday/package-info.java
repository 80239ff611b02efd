/**
 * Public holidays: rules that yield one holiday a year, and calendars that combine them.
 *
 * <p>A {@link io.github.sla4j.holiday.HolidayRule} describes one holiday (a fixed date such as
 * Independence Day, the n-th or last weekday of a month such as Thanksgiving or Memorial Day, an
 * offset from Easter such as Good Friday, an offset from another rule such as the day after
 * Thanksgiving, or a one-off closure). A fixed date carries an {@link
 * io.github.sla4j.holiday.Observance} that moves a weekend date to a weekday. A {@link
 * io.github.sla4j.holiday.HolidayCalendar} is a named list of rules that answers "is this date a
 * holiday?" quickly and lists the {@link io.github.sla4j.holiday.Holiday}s of a year or a range.
 *
 * <p>Two kinds of year appear throughout: the <em>holiday year</em> a rule is evaluated for, and
 * the <em>calendar year</em> of the date on which the holiday is observed. They differ when
 * observance moves a date across New Year: New Year's Day 2028 falls on a Saturday and is observed
 * on Friday 2027-12-31, so {@code HolidayCalendar.usFederal().holidaysIn(2027)} has twelve entries
 * and {@code holidaysIn(2028)} ten.
 *
 * <p>Start with {@link io.github.sla4j.holiday.HolidayCalendar#usFederal()} or {@link
 * io.github.sla4j.holiday.HolidayCalendar#of(String, HolidayRule...)}. Every type in this package
 * is immutable and thread-safe.
 */
@NullMarked
package io.github.sla4j.holiday;

import org.jspecify.annotations.NullMarked;
