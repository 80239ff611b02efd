package io.github.sla4j.internal;

import java.time.LocalDate;

/** The local opening hours of each date, as the engine reads them. */
@FunctionalInterface
public interface DaySchedule {

  /**
   * Returns the windows of a date as seconds of the day {@code [open0, close0, open1, close1, …]},
   * sorted, non-overlapping, touching windows merged, each close at most 86,400 ({@code 24:00}), or
   * up to 172,800 for a window that closes on the next day. The array must not be modified by the
   * caller; implementations may share it.
   *
   * @param date the local date
   * @return the windows, empty when the date is closed
   */
  int[] secondsOn(LocalDate date);

  /**
   * Writes the windows of {@code count} consecutive dates from {@code firstDay} to {@code out[0,
   * count)}, each as {@link #secondsOn(LocalDate)} returns it. Implementations may override this to
   * answer a range without a {@link LocalDate} per date; the answers must be the same.
   *
   * @param firstDay the first date, as an epoch day
   * @param count how many dates, at most {@code out.length}
   * @param out where the windows go
   */
  default void secondsOn(long firstDay, int count, int[][] out) {
    LocalDate date = LocalDate.ofEpochDay(firstDay);
    for (int i = 0; i < count; i++) {
      if (i > 0) {
        date = date.plusDays(1);
      }
      out[i] = secondsOn(date);
    }
  }
}
