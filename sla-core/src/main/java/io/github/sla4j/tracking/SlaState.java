package io.github.sla4j.tracking;

/**
 * The state of a case's response target at an instant.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SlaState {
  /** No response yet, the deadline not passed, the clock running. */
  RUNNING,
  /** No response yet, the deadline not passed, the clock paused. */
  PAUSED,
  /** Responded at or before the deadline. */
  MET,
  /** No response by the deadline; a breach stands whatever happens later. */
  BREACHED,
  /** The case is not under the SLA: no deadline (see {@link CaseStatus#coverage()}). */
  NOT_APPLICABLE
}
