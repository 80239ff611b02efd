package io.github.sla4j.internal;

import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.List;

/**
 * The windows of a union or an intersection of other sources, whose dates are named in a zone of
 * its own: the open set is the union (or intersection) of the components' open sets, cut at the
 * zone's midnights into one window per stretch and date.
 *
 * <p>For the dates {@code [firstDay, lastDay]} it asks each component for the windows of its own
 * local dates that can reach the instants of those dates (a date more on each side, since a window
 * may close after the next midnight and a wall clock may step back across midnight), merges them in
 * one linear pass and intersects the result with the zone's days. The cost is linear in the windows
 * of the range; the engine builds its tables from it as from any source. Immutable and thread-safe.
 */
public final class CombinedWindowSource implements WindowSource {

  private static final int[] ALL_DAY = {0, 86_400};

  private final boolean union;
  private final List<WindowSource> parts;
  private final List<ZoneRules> partRules;
  private final WindowSource days;

  /**
   * Creates a combination.
   *
   * @param union true for open iff any component is open, false for open iff all are
   * @param rules the rules of the zone that names the dates of the result
   * @param parts the components' sources, at least one
   * @param partRules the rules of the zone that names each component's dates, in the same order
   */
  public CombinedWindowSource(
      boolean union, ZoneRules rules, List<WindowSource> parts, List<ZoneRules> partRules) {
    this.union = union;
    this.parts = List.copyOf(parts);
    this.partRules = List.copyOf(partRules);
    this.days =
        WindowSource.ofLocalHours(
            rules, (firstDay, count, out) -> Arrays.fill(out, 0, count, ALL_DAY));
  }

  @Override
  public void windows(long firstDay, long lastDay, Sink sink) {
    Intervals grid = new Intervals(true);
    days.windows(firstDay, lastDay, grid);
    if (grid.n == 0) {
      return;
    }
    long from = grid.bounds[0];
    long to = grid.bounds[2 * grid.n - 1];
    long[] set = null;
    int setLen = 0;
    for (int p = 0; p < parts.size(); p++) {
      Intervals w = new Intervals(false);
      ZoneRules r = partRules.get(p);
      parts.get(p).windows(localDay(r, from) - 2, localDay(r, to - 1) + 2, w);
      w.mergeTouching();
      if (set == null) {
        set = w.bounds;
        setLen = w.n;
      } else {
        long[] out = new long[2 * (setLen + w.n)];
        setLen =
            union
                ? unite(set, setLen, w.bounds, w.n, out)
                : intersect(set, setLen, w.bounds, w.n, out);
        set = out;
      }
    }
    // Cut the open set at the result zone's midnights.
    int i = 0;
    for (int g = 0; g < grid.n; g++) {
      long dayOpen = grid.bounds[2 * g];
      long dayClose = grid.bounds[2 * g + 1];
      while (i < setLen && set[2 * i + 1] <= dayOpen) {
        i++;
      }
      for (int k = i; k < setLen && set[2 * k] < dayClose; k++) {
        long open = Math.max(set[2 * k], dayOpen);
        long close = Math.min(set[2 * k + 1], dayClose);
        if (close > open) {
          sink.window(grid.days[g], open, close);
        }
      }
    }
  }

  private static long localDay(ZoneRules rules, long epochSecond) {
    int offset = ZoneTransitions.offset(rules, epochSecond);
    return Math.floorDiv(epochSecond + offset, 86_400);
  }

  /** The union of two sorted lists of disjoint, non-touching intervals; returns its size. */
  private static int unite(long[] a, int na, long[] b, int nb, long[] out) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < na || j < nb) {
      long[] src;
      int k;
      if (j >= nb || (i < na && a[2 * i] <= b[2 * j])) {
        src = a;
        k = i++;
      } else {
        src = b;
        k = j++;
      }
      long open = src[2 * k];
      long close = src[2 * k + 1];
      if (n > 0 && open <= out[2 * n - 1]) {
        out[2 * n - 1] = Math.max(out[2 * n - 1], close);
      } else {
        out[2 * n] = open;
        out[2 * n + 1] = close;
        n++;
      }
    }
    return n;
  }

  /** The intersection of two sorted lists of disjoint intervals; returns its size. */
  private static int intersect(long[] a, int na, long[] b, int nb, long[] out) {
    int i = 0;
    int j = 0;
    int n = 0;
    while (i < na && j < nb) {
      long open = Math.max(a[2 * i], b[2 * j]);
      long close = Math.min(a[2 * i + 1], b[2 * j + 1]);
      if (close > open) {
        out[2 * n] = open;
        out[2 * n + 1] = close;
        n++;
      }
      if (a[2 * i + 1] < b[2 * j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    return n;
  }

  /** Collects windows as {@code [open0, close0, …]}, optionally with their dates. */
  private static final class Intervals implements Sink {
    long[] bounds = new long[64];
    long[] days;
    int n;

    Intervals(boolean withDays) {
      days = withDays ? new long[32] : null;
    }

    @Override
    public void window(long epochDay, long open, long close) {
      if (2 * n + 2 > bounds.length) {
        bounds = Arrays.copyOf(bounds, bounds.length * 2);
      }
      if (days != null) {
        if (n == days.length) {
          days = Arrays.copyOf(days, days.length * 2);
        }
        days[n] = epochDay;
      }
      bounds[2 * n] = open;
      bounds[2 * n + 1] = close;
      n++;
    }

    /** Merges touching windows (of consecutive dates, or split shifts) into one. */
    void mergeTouching() {
      int m = 0;
      for (int k = 0; k < n; k++) {
        if (m > 0 && bounds[2 * k] <= bounds[2 * m - 1]) {
          bounds[2 * m - 1] = Math.max(bounds[2 * m - 1], bounds[2 * k + 1]);
        } else {
          bounds[2 * m] = bounds[2 * k];
          bounds[2 * m + 1] = bounds[2 * k + 1];
          m++;
        }
      }
      n = m;
    }
  }
}
