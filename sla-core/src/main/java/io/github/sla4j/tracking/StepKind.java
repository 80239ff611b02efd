package io.github.sla4j.tracking;

/**
 * The rule an explanation step reports.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StepKind {
  /** The case was opened; its tier, severity, channel and area. */
  OPENED,
  /** The case is not under the SLA, and why. */
  NOT_COVERED,
  /** The target chosen for the tier and severity, and its length. */
  TARGET,
  /** The case arrived outside business hours, so the clock starts at the next open. */
  CLOCK_STARTS_AT_NEXT_OPEN,
  /** A holiday closed a working day between the start of the clock and the deadline. */
  HOLIDAY_SKIPPED,
  /** The wall clock changed (DST) while a 24/7 target ran; elapsed time is unaffected. */
  WALL_CLOCK_CHANGE,
  /** The clock was paused; that time is excluded. */
  PAUSED,
  /** The severity changed and the target was re-targeted under a {@link SeverityChangeRule}. */
  SEVERITY_CHANGED,
  /** The deadline passed without a response. */
  BREACHED,
  /** The first response. */
  RESPONDED,
  /** The resulting deadline. */
  DEADLINE
}
