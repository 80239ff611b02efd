package io.github.sla4j.internal;

import java.time.LocalDate;
import java.util.function.Function;

/** The local opening hours of each date, as the engine reads them. */
@FunctionalInterface
public interface DaySchedule {

  /**
   * Writes the windows of {@code count} consecutive dates from {@code firstDay} to {@code out[0,
   * count)}, each as seconds of the day {@code [open0, close0, open1, close1, …]}: sorted,
   * non-overlapping, touching windows merged, each close at most 86,400 ({@code 24:00}), or up to
   * 172,800 for a window that closes on the next day; empty when the date is closed. The arrays
   * must not be modified by the caller; implementations may share them. A range is asked at once so
   * that an implementation need not make a {@link LocalDate} per date.
   *
   * @param firstDay the first date, as an epoch day, one that {@link LocalDate} can name
   * @param count how many dates, at most {@code out.length}; the last one {@link LocalDate} can
   *     name too
   * @param out where the windows go
   */
  void secondsOn(long firstDay, int count, int[][] out);

  /**
   * A schedule given date by date.
   *
   * @param windows the windows of each date, as {@link #secondsOn(long, int, int[][])} describes
   *     them
   * @return the schedule
   */
  static DaySchedule byDate(Function<LocalDate, int[]> windows) {
    return (firstDay, count, out) -> {
      LocalDate date = LocalDate.ofEpochDay(firstDay);
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          date = date.plusDays(1);
        }
        out[i] = windows.apply(date);
      }
    };
  }
}
