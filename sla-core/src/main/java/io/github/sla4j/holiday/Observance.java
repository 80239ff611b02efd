package io.github.sla4j.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * How a holiday whose date falls on a weekend is observed on another day.
 *
 * <p>Observance is applied by {@link HolidayRule.Fixed} rules. It may move a date into the previous
 * or the next calendar year: under {@link #NEAREST_WEEKDAY}, New Year's Day 2028 (a Saturday) is
 * observed on Friday 2027-12-31.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Observance {

  /** The holiday is observed on its date, whatever the day of the week. */
  NONE,

  /**
   * A holiday on Saturday is observed on the Friday before, one on Sunday on the Monday after; the
   * U.S. federal rule (5 U.S.C. 6103(b) and Executive Order 11582).
   */
  NEAREST_WEEKDAY,

  /**
   * A holiday on Sunday is observed on the Monday after; one on Saturday stays on Saturday (and so
   * usually closes nothing on a Monday–Friday schedule).
   */
  SUNDAY_TO_MONDAY,

  /**
   * A holiday on Sunday is observed on the Monday after; one on Saturday is <em>not observed at
   * all</em> that year. This is the NYSE rule for New Year's Day ("Because the holiday falls on
   * Saturday, January 1, 2028, no New Year's Day holiday is observed"), and the rule for
   * Inauguration Day, which has no in-lieu day when it falls on a Saturday.
   */
  SATURDAY_NOT_OBSERVED_SUNDAY_TO_MONDAY;

  /**
   * Gets the date on which a holiday scheduled on {@code scheduledDate} is observed.
   *
   * @param scheduledDate the date the holiday falls on, not null
   * @return the observed date, or empty if the holiday is not observed at all (only {@link
   *     #SATURDAY_NOT_OBSERVED_SUNDAY_TO_MONDAY} on a Saturday) or the observed date would lie
   *     outside the range of {@link LocalDate}
   */
  public Optional<LocalDate> observedDate(LocalDate scheduledDate) {
    Objects.requireNonNull(scheduledDate, "scheduledDate");
    DayOfWeek day = scheduledDate.getDayOfWeek();
    switch (this) {
      case NEAREST_WEEKDAY:
        if (day == DayOfWeek.SATURDAY) {
          return RuleSupport.plusDaysInRange(scheduledDate, -1);
        }
        return day == DayOfWeek.SUNDAY
            ? RuleSupport.plusDaysInRange(scheduledDate, 1)
            : Optional.of(scheduledDate);
      case SUNDAY_TO_MONDAY:
        return day == DayOfWeek.SUNDAY
            ? RuleSupport.plusDaysInRange(scheduledDate, 1)
            : Optional.of(scheduledDate);
      case SATURDAY_NOT_OBSERVED_SUNDAY_TO_MONDAY:
        if (day == DayOfWeek.SATURDAY) {
          return Optional.empty();
        }
        return day == DayOfWeek.SUNDAY
            ? RuleSupport.plusDaysInRange(scheduledDate, 1)
            : Optional.of(scheduledDate);
      default:
        return Optional.of(scheduledDate);
    }
  }

  /** The most calendar years by which this observance can move a date (0 or 1). */
  int yearReach() {
    return this == NONE ? 0 : 1;
  }
}
