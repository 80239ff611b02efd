package io.github.sla4j.internal;

/**
 * Binary searches over sorted arrays, by the number of elements before a key: {@code upperBound}
 * counts those at most the key, {@code lowerBound} those less than it. The {@code …From} forms
 * gallop outward from a starting index, so a search near its start costs O(log distance).
 */
final class Search {

  private static final int LINEAR_PROBES = 4;

  private Search() {}

  /** Returns the number of elements that are at most {@code key}. */
  static int upperBound(long[] sorted, long key) {
    return upperBound(sorted, sorted.length, key);
  }

  /** Returns the number of the first {@code length} elements that are at most {@code key}. */
  static int upperBound(long[] sorted, int length, long key) {
    return upperBound(sorted, 0, length, key);
  }

  /**
   * Returns the index of the first element of {@code sorted[from, to)} that is greater than {@code
   * key}, or {@code to}; the elements before {@code from} must be at most {@code key}.
   */
  static int upperBound(long[] sorted, int from, int to, long key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /**
   * Returns {@link #upperBound(long[], int, long)} for a key that is at least every element before
   * {@code from}, searching outward from {@code from}: the cost grows with the logarithm of the
   * distance to the answer, not of the length.
   */
  static int upperBoundFrom(long[] sorted, int length, long key, int from) {
    // Deadlines usually lie a few windows ahead: probe those in turn before galloping.
    int end = Math.min(length, from + LINEAR_PROBES);
    for (int k = from; k < end; k++) {
      if (!(sorted[k] <= key)) {
        return k;
      }
    }
    if (end == length) {
      return length;
    }
    int lo = end;
    int step = 1;
    while (lo + step <= length && sorted[lo + step - 1] <= key) {
      lo += step;
      step <<= 1;
    }
    return upperBound(sorted, lo, Math.min(lo + step - 1, length), key);
  }

  /**
   * Returns {@link #lowerBound(long[], int, long)} for a key that is greater than every element
   * before {@code from}, searching outward from {@code from}.
   */
  static int lowerBoundFrom(long[] sorted, int length, long key, int from) {
    // Deadlines usually lie a few windows ahead: probe those in turn before galloping.
    int end = Math.min(length, from + LINEAR_PROBES);
    for (int k = from; k < end; k++) {
      if (!(sorted[k] < key)) {
        return k;
      }
    }
    if (end == length) {
      return length;
    }
    int lo = end;
    int step = 1;
    while (lo + step <= length && sorted[lo + step - 1] < key) {
      lo += step;
      step <<= 1;
    }
    return lowerBound(sorted, lo, Math.min(lo + step - 1, length), key);
  }

  /** Returns the number of the first {@code length} elements that are less than {@code key}. */
  static int lowerBound(long[] sorted, int length, long key) {
    return lowerBound(sorted, 0, length, key);
  }

  private static int lowerBound(long[] sorted, int from, int to, long key) {
    int lo = from;
    int hi = to;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] < key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** Returns the number of the first {@code length} elements that are at most {@code key}. */
  static int upperBound(int[] sorted, int length, int key) {
    int lo = 0;
    int hi = length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted[mid] <= key) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
