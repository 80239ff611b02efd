package io.github.sla4j.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * The open windows of a contiguous range of local dates, converted to instants, with prefix sums of
 * business time. Immutable and thread-safe once built.
 *
 * <p>The table covers the instants {@code [rangeStart, rangeEnd)}: from the first instant of its
 * first date to the first instant of the day after its last date (both by the wall-clock rule). In
 * that span the open set is exactly the union of the windows of its dates, so every measure inside
 * the span is exact. Windows are stored per date, unmerged, in time order; consecutive windows may
 * touch. Per window: its open (epoch second), the business seconds before it ({@code cum}), and the
 * index of the last window of the run of touching windows it belongs to (so the end of an open
 * stretch is found in O(1)). A window's length is the difference of consecutive prefix sums, so
 * {@code cums} has one more entry, the total, and no lengths are stored. Per working date: the
 * index of its first window, except when every working date has exactly one window (the common
 * case: one shift a day, or 24/7), where working date {@code j} is window {@code j} and no per-date
 * array is stored. The rare closed stretches longer than the search horizon are listed by the index
 * of the window after them, so a search can refuse to cross one whatever else is cached.
 *
 * <p>Finding the window at an instant must not cost a binary search over the whole table (about a
 * dozen mispredicted branches for ten years of windows), so the span is cut into days of 86,400
 * seconds from {@code rangeStart}, and {@code buckets[b]} counts the windows that open before day
 * {@code b}: a lookup searches only the windows opening within one such day.
 */
final class WindowTable {

  private static final int BUCKET_SECONDS = 86_400;

  /** The most spare entries a table's arrays keep rather than be copied to their size. */
  private static final int SPARE_ENTRIES = 8;

  private static final int[] NO_FAR_GAPS = new int[0];

  final long firstDay;
  final long lastDay;
  final long rangeStart;
  final long rangeEnd;
  final int size;
  final long[] opens;

  /** {@code size + 1} entries: the business seconds before each window, then the total. */
  final long[] cums;

  final int[] runEnds;

  /** Sorted indexes of the windows that follow a closed stretch longer than the horizon. */
  private final int[] farGaps;

  final int dateCount;

  /** Null when every working date has exactly one window. */
  private final int @Nullable [] firstWindows;

  private final int[] buckets;

  private WindowTable(
      long firstDay,
      long lastDay,
      long rangeStart,
      long rangeEnd,
      int size,
      long[] opens,
      long[] cums,
      int[] runEnds,
      int[] farGaps,
      int dateCount,
      int @Nullable [] firstWindows,
      int[] buckets) {
    this.firstDay = firstDay;
    this.lastDay = lastDay;
    this.rangeStart = rangeStart;
    this.rangeEnd = rangeEnd;
    this.size = size;
    this.opens = opens;
    this.cums = cums;
    this.runEnds = runEnds;
    this.farGaps = farGaps;
    this.dateCount = dateCount;
    this.firstWindows = firstWindows;
    this.buckets = buckets;
  }

  /**
   * Builds the table of the local dates {@code [firstDay, lastDay]} (epoch days), noting closed
   * stretches longer than {@code maxGap} seconds between windows.
   */
  static WindowTable build(
      java.time.zone.ZoneRules rules,
      WindowSource source,
      long firstDay,
      long lastDay,
      long maxGap) {
    long fromLocal = firstDay * 86_400;
    long toLocal = (lastDay + 1) * 86_400;
    WallClock clock = WallClock.of(rules, fromLocal, toLocal);
    // The date before the table is asked too, in the same pass: a window of it may close after the
    // next midnight (a night shift), and the span then starts after that close.
    Builder b = new Builder(firstDay, (int) Math.min(1 << 20, (lastDay - firstDay + 1) + 2));
    source.windows(firstDay - 1, lastDay, b);
    int n = b.n;
    int d = b.d;
    long[] opens = b.opens;
    long[] cums = b.cums;
    int @Nullable [] firstWindows = b.firstWindows;
    long total = b.total;
    cums[n] = total;
    int[] runEnds = new int[n];
    for (int i = n - 1; i >= 0; i--) {
      boolean touchesNext = i + 1 < n && opens[i] + (cums[i + 1] - cums[i]) == opens[i + 1];
      runEnds[i] = touchesNext ? runEnds[i + 1] : i;
    }
    int[] farGaps = NO_FAR_GAPS;
    for (int i = 1; i < n; i++) {
      if (opens[i] - (opens[i - 1] + (cums[i] - cums[i - 1])) > maxGap) {
        farGaps = Arrays.copyOf(farGaps, farGaps.length + 1);
        farGaps[farGaps.length - 1] = i;
      }
    }
    // The span ends no earlier than the last close (a night shift of the last date).
    long rangeStart = Math.max(clock.firstInstantAtOrAfter(fromLocal), b.spill);
    long rangeEnd =
        Math.max(
            clock.firstInstantAtOrAfter(toLocal),
            n == 0 ? Long.MIN_VALUE : opens[n - 1] + (cums[n] - cums[n - 1]));
    int[] buckets = buckets(opens, n, rangeStart, rangeEnd);
    return new WindowTable(
        firstDay,
        lastDay,
        rangeStart,
        rangeEnd,
        n,
        trimmed(opens, n),
        trimmed(cums, n + 1),
        runEnds,
        farGaps,
        d,
        firstWindows == null ? null : trimmed(firstWindows, d),
        buckets);
  }

  /**
   * The array, or a copy of its first {@code n} entries when it has many spare ones: a small table
   * (the first chunk of a fresh calendar) keeps its few spare entries rather than pay for a copy.
   */
  private static long[] trimmed(long[] array, int n) {
    return array.length - n <= SPARE_ENTRIES ? array : Arrays.copyOf(array, n);
  }

  private static int[] trimmed(int[] array, int n) {
    return array.length - n <= SPARE_ENTRIES ? array : Arrays.copyOf(array, n);
  }

  /**
   * Collects the windows of a source in time order; windows of dates before {@code firstDay} only
   * record their close in {@code spill}.
   */
  private static final class Builder implements WindowSource.Sink {
    private final long firstDay;
    long[] opens;
    long[] cums;

    /** Null while every date so far has one window, so that working date {@code j} is window j. */
    int @Nullable [] firstWindows;

    int n;
    int d;
    long total;
    long spill = Long.MIN_VALUE;
    private long lastDay = Long.MIN_VALUE;

    Builder(long firstDay, int capacity) {
      this.firstDay = firstDay;
      opens = new long[capacity];
      cums = new long[capacity + 1];
    }

    @Override
    public void window(long epochDay, long open, long close) {
      if (epochDay < firstDay) {
        spill = close;
        return;
      }
      if (n == opens.length) {
        opens = Arrays.copyOf(opens, n * 2);
        cums = Arrays.copyOf(cums, n * 2 + 1);
      }
      if (epochDay != lastDay) {
        lastDay = epochDay;
        int[] firsts = firstWindows;
        if (firsts != null) {
          if (d == firsts.length) {
            firsts = Arrays.copyOf(firsts, d * 2);
            firstWindows = firsts;
          }
          firsts[d] = n;
        }
        d++;
      } else if (firstWindows == null) {
        // The first date with a second window: from now on each date records its first window.
        int[] firsts = new int[Math.max(opens.length, d + 1)];
        for (int j = 0; j < d; j++) {
          firsts[j] = j;
        }
        firstWindows = firsts;
      }
      opens[n] = open;
      cums[n] = total;
      total += close - open;
      n++;
    }
  }

  /** {@code buckets[b]}: how many windows open before {@code rangeStart + b} days. */
  private static int[] buckets(long[] opens, int n, long rangeStart, long rangeEnd) {
    int days = Math.toIntExact((rangeEnd - rangeStart + BUCKET_SECONDS - 1) / BUCKET_SECONDS);
    int[] buckets = new int[days + 1];
    int w = 0;
    for (int b = 0; b <= days; b++) {
      long boundary = rangeStart + (long) b * BUCKET_SECONDS;
      while (w < n && opens[w] < boundary) {
        w++;
      }
      buckets[b] = w;
    }
    return buckets;
  }

  /**
   * Whether a closed stretch longer than the table's {@code maxGap} lies between windows {@code
   * first} and {@code last} (indexes, {@code first <= last}).
   */
  boolean hasFarGap(int first, int last) {
    return farGaps.length != 0 && lastFarGapAtOrBefore(last) > first;
  }

  /** The largest index {@code <= last} of a window that follows a far gap, or -1. */
  int lastFarGapAtOrBefore(int last) {
    int k = Search.upperBound(farGaps, farGaps.length, last);
    return k == 0 ? -1 : farGaps[k - 1];
  }

  /** Whether the instant {@code [second, second + 1)} lies in the span of this table. */
  boolean covers(long second) {
    return second >= rangeStart && second < rangeEnd;
  }

  long close(int i) {
    return opens[i] + length(i);
  }

  long length(int i) {
    return cums[i + 1] - cums[i];
  }

  /** Business seconds in the whole table. */
  long total() {
    return cums[size];
  }

  /** The index of the last window whose open is at or before {@code second}, or -1. */
  int windowAtOrBefore(long second) {
    long offset = second - rangeStart;
    if (offset < 0 || offset >= (long) (buckets.length - 1) * BUCKET_SECONDS) {
      return Search.upperBound(opens, size, second) - 1;
    }
    int b = (int) (offset / BUCKET_SECONDS);
    int lo = buckets[b];
    int hi = buckets[b + 1];
    if (hi - lo <= 1) {
      // Most days hold at most one window: no search needed.
      return hi > lo && opens[lo] <= second ? lo : lo - 1;
    }
    return Search.upperBound(opens, lo, hi, second) - 1;
  }

  /**
   * The business seconds before the instant {@code second + nano} (nano excluded); when the instant
   * is open, its nanos count too and are added by the caller.
   */
  long cumSeconds(int index, long second) {
    if (index < 0) {
      return 0;
    }
    long open = opens[index];
    long length = length(index);
    return cums[index] + (second - open < length ? second - open : length);
  }

  boolean isOpenAt(int index, long second) {
    return index >= 0 && second < close(index);
  }

  /** The index of the working date whose windows include window {@code index}. */
  int dateOfWindow(int index) {
    return firstWindows == null ? index : Search.upperBound(firstWindows, dateCount, index) - 1;
  }

  /** The index of the first window of working date {@code date}; {@code size} for dateCount. */
  int firstWindow(int date) {
    if (date >= dateCount) {
      return size;
    }
    return firstWindows == null ? date : firstWindows[date];
  }

  long dateCum(int date) {
    return cums[firstWindow(date)];
  }

  long dateLength(int date) {
    return cums[firstWindow(date + 1)] - cums[firstWindow(date)];
  }

  long dateLastClose(int date) {
    int end = firstWindow(date + 1);
    return close(end - 1);
  }

  /** Bytes held by the arrays of this table. */
  long footprintBytes() {
    return opens.length * 8L
        + cums.length * 8L
        + runEnds.length * 4L
        + farGaps.length * 4L
        + (firstWindows == null ? 0 : firstWindows.length * 4L)
        + buckets.length * 4L;
  }
}
