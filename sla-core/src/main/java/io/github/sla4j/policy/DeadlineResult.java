package io.github.sla4j.policy;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The response deadline of a case, or the reason it has none.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DeadlineResult {

  private final @Nullable Instant deadline;
  private final Coverage coverage;

  private DeadlineResult(@Nullable Instant deadline, Coverage coverage) {
    this.deadline = deadline;
    this.coverage = coverage;
  }

  /**
   * Obtains the result for a covered case.
   *
   * @param deadline the deadline, not null
   * @return the result, not null
   */
  public static DeadlineResult of(Instant deadline) {
    return new DeadlineResult(Objects.requireNonNull(deadline, "deadline"), Coverage.covered());
  }

  /**
   * Obtains the result for a case that is not covered.
   *
   * @param coverage the answer saying why not, not null
   * @return the result, not null
   * @throws IllegalArgumentException if the coverage says the case is covered
   */
  public static DeadlineResult notCovered(Coverage coverage) {
    Objects.requireNonNull(coverage, "coverage");
    if (coverage.isCovered()) {
      throw new IllegalArgumentException(
          "Coverage is 'covered' but no deadline was given: use DeadlineResult.of(deadline)");
    }
    return new DeadlineResult(null, coverage);
  }

  /**
   * Gets the deadline.
   *
   * @return the deadline, empty when the case is not covered
   */
  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   * Gets the coverage answer, which carries the reason when there is no deadline.
   *
   * @return the coverage, not null
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * Gets the reason there is no deadline.
   *
   * @return the reason, empty when there is a deadline
   */
  public Optional<NotCoveredReason> reason() {
    return coverage.reason();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof DeadlineResult other
        && Objects.equals(deadline, other.deadline)
        && coverage.equals(other.coverage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(deadline, coverage);
  }

  @Override
  public String toString() {
    return deadline != null
        ? "DeadlineResult[" + deadline + "]"
        : "DeadlineResult[" + coverage + "]";
  }
}
