package io.github.sla4j.tracking;

/**
 * The rule an explanation step reports. Each constant lists the keys of {@link
 * ExplanationStep#facts()} it carries.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum StepKind {
  /** The case was opened. Facts: {@code tier}, {@code severity}, {@code channel}, {@code area}. */
  OPENED,
  /** The case is not under the SLA, and why. Facts: {@code reason}, {@code message}. */
  NOT_COVERED,
  /**
   * The metric does not apply to a covered case: its cell is empty, or no cycle has started. Facts:
   * {@code metric}, {@code reason}, {@code message}.
   */
  NOT_APPLICABLE,
  /**
   * A cycle of a cyclic metric started. Facts: {@code metric}, {@code cycle}, {@code cyclesMet},
   * {@code cyclesBreached} (of the cycles before it).
   */
  CYCLE_STARTED,
  /**
   * The target chosen for the tier and severity, and its length. Facts: {@code metric}, {@code
   * target}, {@code length}.
   */
  TARGET,
  /**
   * The clock was set outside business hours, so it starts counting at the next open. Facts: {@code
   * setAt}, {@code opensAt}.
   */
  CLOCK_STARTS_AT_NEXT_OPEN,
  /**
   * A holiday closed a working day between the start of the clock and the deadline. Facts: {@code
   * holiday}, {@code date}.
   */
  HOLIDAY_SKIPPED,
  /**
   * A closure of part of a day (an office event) closed business hours between the start of the
   * clock and the deadline. Facts: {@code reason}, {@code from}, {@code to}.
   */
  CLOSURE_SKIPPED,
  /**
   * The wall clock changed (DST) while a 24/7 target ran; elapsed time is unaffected. Facts: {@code
   * zone}, {@code offsetBefore}, {@code offsetAfter}.
   */
  WALL_CLOCK_CHANGE,
  /**
   * The clock was paused; that time is excluded. Facts: {@code from}, {@code to}, {@code duration},
   * {@code end} ({@code resumed}, {@code stopped} or {@code open}), and {@code reason} when given.
   */
  PAUSED,
  /**
   * The severity changed and the clock was re-targeted under a {@link SeverityChangeRule}. Facts:
   * {@code from}, {@code to}, {@code rule}, and {@code deadline} unless the new cell is empty.
   */
  SEVERITY_CHANGED,
  /** The deadline passed with the clock running. Facts: {@code metric}, {@code deadline}. */
  BREACHED,
  /**
   * An agent reply stopped the clock. Facts: {@code metric}, {@code at}, {@code onTime}, and {@code
   * left} (on time) or {@code late} (late).
   */
  RESPONDED,
  /**
   * The solve stopped the clock. Facts: {@code metric}, {@code at}, and when the stop is final
   * {@code onTime} with {@code left} or {@code late}.
   */
  SOLVED,
  /**
   * The case was reopened and the resolution clock resumed. Facts: {@code solvedAt}, {@code gap}.
   */
  REOPENED,
  /** The resulting deadline. Facts: {@code metric}, {@code deadline}. */
  DEADLINE
}
