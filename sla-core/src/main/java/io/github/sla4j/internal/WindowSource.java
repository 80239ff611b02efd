package io.github.sla4j.internal;

/**
 * The open windows of each local date, as instants: what the engine builds its tables from.
 *
 * <p>A plain calendar's source maps its local hours to instants by the wall-clock rule ({@link
 * #ofLocalHours}); other sources (combinations of calendars, for example) may compute instant
 * windows directly. Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface WindowSource {

  /**
   * Receives windows in time order: for each working date in turn, its non-empty windows {@code
   * [open, close)} as epoch seconds, sorted and non-overlapping (consecutive windows may touch,
   * also across dates).
   */
  @FunctionalInterface
  interface Sink {

    /**
     * Accepts one window.
     *
     * @param epochDay the local date the window belongs to, as an epoch day
     * @param open the open, as an epoch second
     * @param close the close, as an epoch second, after {@code open}
     */
    void window(long epochDay, long open, long close);
  }

  /**
   * Writes the windows of the local dates {@code [firstDay, lastDay]} (epoch days) to the sink, in
   * time order.
   *
   * @param firstDay the first date, as an epoch day
   * @param lastDay the last date, as an epoch day, at or after {@code firstDay}
   * @param sink where the windows go
   */
  void windows(long firstDay, long lastDay, Sink sink);

  /** How many dates {@link #ofLocalHours} asks its schedule for at a time. */
  int BLOCK_DAYS = 64;

  /**
   * The source of a calendar given by local hours per date in a zone, mapped to instants by the
   * wall-clock rule; windows that map to an empty interval are dropped.
   *
   * @param rules the zone's rules
   * @param schedule the local windows of each date
   * @return the source
   */
  static WindowSource ofLocalHours(java.time.zone.ZoneRules rules, DaySchedule schedule) {
    return (firstDay, lastDay, sink) -> {
      // Dates that java.time cannot name are refused here, whether or not the schedule makes a
      // LocalDate for each date.
      java.time.temporal.ChronoField.EPOCH_DAY.checkValidValue(firstDay);
      java.time.temporal.ChronoField.EPOCH_DAY.checkValidValue(lastDay);
      long fromLocal = firstDay * 86_400;
      // Up to the end of the day after lastDay: an overnight window closes on the next day.
      long toLocal = (lastDay + 2) * 86_400;
      WallClock clock = WallClock.of(rules, fromLocal, toLocal);
      // Most ranges of a few dates see no transition: then every local time maps by one offset.
      int offset = clock.constantOffset(fromLocal, toLocal);
      boolean constant = offset != WallClock.NOT_CONSTANT;
      // The dates' windows are asked in blocks, so a range costs no object per date.
      int[][] block = new int[(int) Math.min(BLOCK_DAYS, lastDay - firstDay + 1)][];
      for (long blockStart = firstDay; blockStart <= lastDay; blockStart += block.length) {
        int count = (int) Math.min(block.length, lastDay - blockStart + 1);
        schedule.secondsOn(blockStart, count, block);
        for (int i = 0; i < count; i++) {
          int[] local = block[i];
          long day = blockStart + i;
          long base = day * 86_400;
          for (int k = 0; k < local.length; k += 2) {
            long open =
                constant ? base + local[k] - offset : clock.firstInstantAtOrAfter(base + local[k]);
            long close =
                constant
                    ? base + local[k + 1] - offset
                    : clock.firstInstantAtOrAfter(base + local[k + 1]);
            if (close > open) {
              sink.window(day, open, close);
            }
          }
        }
      }
    };
  }
}
