package io.github.sla4j.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Objects;

/**
 * A closure of part of the time line, {@code [startInclusive, endExclusive)}, with a reason: an
 * office event from 12:00 to 15:00 on one date, an outage, a move. A calendar with a closure is
 * closed over the whole range, whatever its hours say; the closure is shown like a holiday, by its
 * reason ({@link BusinessCalendar#closuresOn}, {@link BusinessCalendar#closuresBetween}).
 *
 * <p>Boundaries are whole seconds, like the boundaries of every window. This record is immutable
 * and thread-safe.
 *
 * @param startInclusive the first closed instant
 * @param endExclusive the first instant after the closure
 * @param reason why the calendar is closed, shown in explanations, not blank
 */
public record Closure(Instant startInclusive, Instant endExclusive, String reason)
    implements Comparable<Closure> {

  private static final Comparator<Closure> ORDER =
      Comparator.comparing(Closure::startInclusive)
          .thenComparing(Closure::endExclusive)
          .thenComparing(Closure::reason);

  /**
   * Creates a closure.
   *
   * @param startInclusive the first closed instant, whole seconds, not null
   * @param endExclusive the first instant after the closure, whole seconds, not null
   * @param reason why the calendar is closed, not blank
   * @throws IllegalArgumentException if the end is not after the start, a boundary has a fraction
   *     of a second, or the reason is blank
   */
  public Closure {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    Objects.requireNonNull(reason, "reason");
    String range = startInclusive + "/" + endExclusive;
    if (!endExclusive.isAfter(startInclusive)) {
      throw new IllegalArgumentException(
          "Closure "
              + range
              + " is empty or reversed: its end must be after its start. Swap the instants, or"
              + " give the first instant after the closure as the end.");
    }
    if (startInclusive.getNano() != 0 || endExclusive.getNano() != 0) {
      throw new IllegalArgumentException(
          "Closure "
              + range
              + " has a boundary with a fraction of a second: closures, like windows, start and"
              + " end on whole seconds. Truncate the instants to seconds, e.g."
              + " instant.truncatedTo(ChronoUnit.SECONDS).");
    }
    checkReason(range, reason);
  }

  /** Refuses a blank reason, naming the closure's range as given. */
  static void checkReason(String range, String reason) {
    if (reason.isBlank()) {
      throw new IllegalArgumentException(
          "Closure "
              + range
              + " has a blank reason: explanations show a closure by its reason. Say why the"
              + " calendar is closed, e.g. \"Office event\".");
    }
  }

  /**
   * Gets the length of the closure in elapsed time.
   *
   * @return the duration, positive, not null
   */
  public Duration duration() {
    return Duration.between(startInclusive, endExclusive);
  }

  /**
   * Checks whether the closure contains an instant.
   *
   * @param instant the instant, not null
   * @return true if {@code startInclusive <= instant < endExclusive}
   */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(startInclusive) && instant.isBefore(endExclusive);
  }

  /**
   * Checks whether the closure shares an instant with the range {@code [startInclusive,
   * endExclusive)}.
   *
   * @param startInclusive the start of the range, not null
   * @param endExclusive the end of the range, not null
   * @return true if they overlap; false for an empty or reversed range
   */
  public boolean overlaps(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return startInclusive.isBefore(this.endExclusive) && this.startInclusive.isBefore(endExclusive);
  }

  /**
   * Orders closures by start, then end, then reason.
   *
   * @param other the other closure, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(Closure other) {
    return ORDER.compare(this, other);
  }

  /** Returns the closure as {@code start/end 'reason'}, the range in ISO-8601 form. */
  @Override
  public String toString() {
    return startInclusive + "/" + endExclusive + " '" + reason + "'";
  }
}
