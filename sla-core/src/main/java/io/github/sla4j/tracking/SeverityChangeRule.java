package io.github.sla4j.tracking;

/**
 * How a severity change re-targets a running clock.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SeverityChangeRule {
  /**
   * The default: the new target is measured from the opening of the case, on the new target's
   * clock, with pauses excluded; the time already used counts against it.
   */
  RETROACTIVE,
  /** The new target starts afresh at the change instant; time used before it is forgotten. */
  RESTART
}
