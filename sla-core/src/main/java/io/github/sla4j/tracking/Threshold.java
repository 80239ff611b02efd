package io.github.sla4j.tracking;

import java.time.Instant;
import java.util.Objects;

/**
 * The instant at which a fraction of a target's length is used.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param fraction the fraction of the target's length, e.g. {@code 0.75}; {@code 1.0} is the
 *     deadline
 * @param instant the earliest instant at which that much of the target's clock has run, not null
 */
public record Threshold(double fraction, Instant instant) {

  /**
   * Checks the components.
   *
   * @param fraction the fraction, finite and not negative
   * @param instant the instant, not null
   */
  public Threshold {
    CaseStatus.checkFraction(fraction);
    Objects.requireNonNull(instant, "instant");
  }
}
