package io.github.sla4j.tracking;

import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * An explanation built on first use and kept: evaluating a status costs the deadline arithmetic,
 * and the text (formatting instants, zones and durations, scanning holidays) is paid only by
 * callers who read it. The source is a pure function of immutable values, so the explanation is the
 * same whenever and on whichever thread it is built; it is built at most once.
 *
 * <p>This class is thread-safe.
 */
final class LazyExplanation {

  private final Supplier<Explanation> source;
  private volatile @Nullable Explanation value;

  LazyExplanation(Supplier<Explanation> source) {
    this.source = source;
  }

  Explanation get() {
    Explanation result = value;
    if (result == null) {
      synchronized (this) {
        result = value;
        if (result == null) {
          result = source.get();
          value = result;
        }
      }
    }
    return result;
  }
}
