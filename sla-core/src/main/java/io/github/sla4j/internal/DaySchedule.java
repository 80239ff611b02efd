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
}
