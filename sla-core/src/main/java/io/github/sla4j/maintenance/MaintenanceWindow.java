package io.github.sla4j.maintenance;

import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An announced maintenance window {@code [startInclusive, endExclusive)} on one environment.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MaintenanceWindow {

  private final Environment environment;
  private final Instant startInclusive;
  private final Instant endExclusive;
  private final String description;

  private MaintenanceWindow(
      Environment environment, Instant startInclusive, Instant endExclusive, String description) {
    this.environment = environment;
    this.startInclusive = startInclusive;
    this.endExclusive = endExclusive;
    this.description = description;
  }

  /**
   * Obtains a window.
   *
   * @param environment the environment under maintenance, not null
   * @param startInclusive the first instant of the window, not null
   * @param endExclusive the first instant after the window, not null
   * @param description what the announcement said, possibly empty, not null
   * @return the window, not null
   * @throws IllegalArgumentException if the end is not after the start
   */
  public static MaintenanceWindow of(
      Environment environment, Instant startInclusive, Instant endExclusive, String description) {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    Objects.requireNonNull(description, "description");
    if (!endExclusive.isAfter(startInclusive)) {
      throw new IllegalArgumentException(
          "Maintenance window "
              + startInclusive
              + "/"
              + endExclusive
              + " is empty or reversed: the end must be after the start; swap or fix them");
    }
    return new MaintenanceWindow(environment, startInclusive, endExclusive, description);
  }

  /**
   * Gets the environment.
   *
   * @return the environment, not null
   */
  public Environment environment() {
    return environment;
  }

  /**
   * Gets the start.
   *
   * @return the first instant of the window, not null
   */
  public Instant startInclusive() {
    return startInclusive;
  }

  /**
   * Gets the end.
   *
   * @return the first instant after the window, not null
   */
  public Instant endExclusive() {
    return endExclusive;
  }

  /**
   * Gets the description.
   *
   * @return the description, possibly empty, not null
   */
  public String description() {
    return description;
  }

  /**
   * Checks whether the window contains an instant.
   *
   * @param instant the instant, not null
   * @return true if {@code startInclusive <= instant < endExclusive}
   */
  public boolean contains(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return !instant.isBefore(startInclusive) && instant.isBefore(endExclusive);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MaintenanceWindow o
        && environment == o.environment
        && startInclusive.equals(o.startInclusive)
        && endExclusive.equals(o.endExclusive)
        && description.equals(o.description);
  }

  @Override
  public int hashCode() {
    return Objects.hash(environment, startInclusive, endExclusive, description);
  }

  @Override
  public String toString() {
    return environment + " " + startInclusive + "/" + endExclusive + " " + description;
  }
}
