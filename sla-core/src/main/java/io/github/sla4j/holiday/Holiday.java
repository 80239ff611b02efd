package io.github.sla4j.holiday;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One holiday on one date: its name, the date on which it is observed, and the date it was
 * scheduled for before observance moved it.
 *
 * <p>For most holidays the two dates are equal. Independence Day 2026 falls on Saturday 2026-07-04
 * and, under {@link Observance#NEAREST_WEEKDAY}, is observed on Friday 2026-07-03: its {@link
 * #date()} is 2026-07-03 and its {@link #scheduledDate()} 2026-07-04. Business calendars close on
 * {@link #date()}.
 *
 * <p>This class is immutable and thread-safe; two holidays are equal when their name and both dates
 * are equal.
 */
public final class Holiday implements Comparable<Holiday> {

  private final String name;
  private final LocalDate date;
  private final LocalDate scheduledDate;

  private Holiday(String name, LocalDate date, LocalDate scheduledDate) {
    this.name = name;
    this.date = date;
    this.scheduledDate = scheduledDate;
  }

  /**
   * Obtains a holiday observed on the date it is scheduled for.
   *
   * @param name the name, not blank, not null
   * @param date the date, not null
   * @return the holiday, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Holiday of(String name, LocalDate date) {
    return of(name, date, date);
  }

  /**
   * Obtains a holiday observed on {@code date} that was scheduled for {@code scheduledDate}.
   *
   * @param name the name, not blank, not null
   * @param date the observed date, not null
   * @param scheduledDate the date before observance moved it, not null
   * @return the holiday, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Holiday of(String name, LocalDate date, LocalDate scheduledDate) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(scheduledDate, "scheduledDate");
    return new Holiday(RuleSupport.checkName(name), date, scheduledDate);
  }

  /**
   * Gets the name, such as {@code "Independence Day"}.
   *
   * @return the name, not blank, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the date on which the holiday is observed: the date that is closed.
   *
   * @return the observed date, not null
   */
  public LocalDate date() {
    return date;
  }

  /**
   * Gets the date the holiday was scheduled for before observance moved it; equal to {@link
   * #date()} when it was not moved.
   *
   * @return the scheduled date, not null
   */
  public LocalDate scheduledDate() {
    return scheduledDate;
  }

  /**
   * Checks whether observance moved this holiday to another date.
   *
   * @return true if {@link #date()} differs from {@link #scheduledDate()}
   */
  public boolean isMoved() {
    return !date.equals(scheduledDate);
  }

  /** Orders by observed date, then scheduled date, then name. */
  @Override
  public int compareTo(Holiday other) {
    int c = date.compareTo(other.date);
    if (c == 0) {
      c = scheduledDate.compareTo(other.scheduledDate);
    }
    return c != 0 ? c : name.compareTo(other.name);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Holiday other
        && name.equals(other.name)
        && date.equals(other.date)
        && scheduledDate.equals(other.scheduledDate);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, date, scheduledDate);
  }

  /**
   * Returns the observed date and the name, with the scheduled date when it differs, e.g. {@code
   * 2026-07-03 Independence Day (scheduled 2026-07-04)}.
   */
  @Override
  public String toString() {
    String text = date + " " + name;
    return isMoved() ? text + " (scheduled " + scheduledDate + ")" : text;
  }
}
