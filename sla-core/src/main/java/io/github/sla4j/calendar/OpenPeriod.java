package io.github.sla4j.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A stretch of open time on the time line, {@code [startInclusive, endExclusive)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class OpenPeriod {

  private final Instant startInclusive;
  private final Instant endExclusive;

  private OpenPeriod(Instant startInclusive, Instant endExclusive) {
    this.startInclusive = startInclusive;
    this.endExclusive = endExclusive;
  }

  /**
   * Obtains a period.
   *
   * @param startInclusive the first open instant, not null
   * @param endExclusive the first instant after the period, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the end is not after the start
   */
  public static OpenPeriod of(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(startInclusive)) {
      throw new IllegalArgumentException(
          "Open period "
              + startInclusive
              + "/"
              + endExclusive
              + " is empty or reversed: the end must be after the start");
    }
    return new OpenPeriod(startInclusive, endExclusive);
  }

  /**
   * Gets the start.
   *
   * @return the first open instant, not null
   */
  public Instant startInclusive() {
    return startInclusive;
  }

  /**
   * Gets the end.
   *
   * @return the first instant after the period, not null
   */
  public Instant endExclusive() {
    return endExclusive;
  }

  /**
   * Gets the elapsed time from start to end.
   *
   * @return the duration, positive, not null
   */
  public Duration duration() {
    return Duration.between(startInclusive, endExclusive);
  }

  /**
   * Checks whether the period contains an instant.
   *
   * @param instant the instant, not null
   * @return true if {@code startInclusive <= instant < endExclusive}
   */
  public boolean contains(Instant instant) {
    return !instant.isBefore(startInclusive) && instant.isBefore(endExclusive);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof OpenPeriod other
        && startInclusive.equals(other.startInclusive)
        && endExclusive.equals(other.endExclusive);
  }

  @Override
  public int hashCode() {
    return startInclusive.hashCode() * 31 + endExclusive.hashCode();
  }

  /** Returns the period as an ISO-8601 interval, {@code start/end}. */
  @Override
  public String toString() {
    return startInclusive + "/" + endExclusive;
  }
}
