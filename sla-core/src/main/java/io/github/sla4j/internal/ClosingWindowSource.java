package io.github.sla4j.internal;

import java.util.Arrays;

/**
 * The windows of another source with closed ranges of instants removed: each window is cut around
 * the ranges it overlaps, and its pieces keep the window's date, so a date whose windows are all
 * closed is no longer a working date.
 *
 * <p>The ranges are merged into a sorted list of disjoint intervals once; a window finds the first
 * range that can touch it by binary search, so the cost per window is {@code O(log c)} plus the
 * ranges it overlaps. Immutable and thread-safe.
 */
public final class ClosingWindowSource implements WindowSource {

  private final WindowSource source;
  private final long[] starts;
  private final long[] ends;

  /**
   * Creates the source.
   *
   * @param source the windows before the closures
   * @param closed the closed ranges {@code [start0, end0, start1, end1, …]} as epoch seconds, each
   *     end after its start, in any order, possibly overlapping
   */
  public ClosingWindowSource(WindowSource source, long[] closed) {
    this.source = source;
    int n = closed.length / 2;
    long[][] pairs = new long[n][];
    for (int i = 0; i < n; i++) {
      pairs[i] = new long[] {closed[2 * i], closed[2 * i + 1]};
    }
    Arrays.sort(pairs, (a, b) -> Long.compare(a[0], b[0]));
    long[] s = new long[n];
    long[] e = new long[n];
    int m = 0;
    for (long[] p : pairs) {
      if (m > 0 && p[0] <= e[m - 1]) {
        e[m - 1] = Math.max(e[m - 1], p[1]);
      } else {
        s[m] = p[0];
        e[m] = p[1];
        m++;
      }
    }
    this.starts = Arrays.copyOf(s, m);
    this.ends = Arrays.copyOf(e, m);
  }

  @Override
  public void windows(long firstDay, long lastDay, Sink sink) {
    source.windows(
        firstDay,
        lastDay,
        (day, open, close) -> {
          // The first range that ends after the open.
          int k = Search.upperBound(ends, ends.length, open);
          long from = open;
          while (k < starts.length && starts[k] < close) {
            if (starts[k] > from) {
              sink.window(day, from, starts[k]);
            }
            from = Math.max(from, ends[k]);
            k++;
          }
          if (from < close) {
            sink.window(day, from, close);
          }
        });
  }
}
