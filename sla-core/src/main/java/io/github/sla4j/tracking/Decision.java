package io.github.sla4j.tracking;

import io.github.sla4j.policy.Severity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * One decision a clock replay made, with the values it used: the structured record that {@link
 * Narration} renders into an {@link Explanation}. Records compare by value, so two statuses are
 * equal when they were decided the same way, without rendering any text.
 */
sealed interface Decision {

  /** The instant the decision refers to. */
  Instant at();

  /** The clock started; {@code run} is null when the cell for the severity is empty. */
  record Started(Instant at, Severity severity, @Nullable ClockRun run) implements Decision {}

  /**
   * A pause of the clock from {@code at} to {@code end}, which is the resume, the stop, or {@code
   * now} for a pause still running.
   */
  record Paused(Instant at, Instant end, @Nullable String reason, PauseEnd how)
      implements Decision {}

  /** How a pause ended. */
  enum PauseEnd {
    /** Resumed. */
    RESUMED,
    /** Ended by the clock's stop. */
    STOPPED,
    /** Still paused at now. */
    OPEN
  }

  /**
   * The severity changed and the clock was re-targeted: {@code projected} is the new clock with the
   * pauses up to the change (null for an empty cell), {@code deadline} its deadline at the change,
   * {@code standing} the instant of an earlier breach that stands, and {@code breachedAtChange}
   * whether the new deadline had already passed.
   */
  record Retargeted(
      Instant at,
      Severity from,
      Severity to,
      SeverityChangeRule rule,
      @Nullable ClockRun projected,
      @Nullable Instant deadline,
      @Nullable Instant standing,
      boolean breachedAtChange)
      implements Decision {}

  /** The deadline passed with the clock running: breached from the next instant on. */
  record Breached(Instant at) implements Decision {}

  /** The clock stopped: met iff at or before the deadline. */
  record Stopped(Instant at, ClockEvent.Cause cause) implements Decision {}

  /** The case was reopened and the stopped clock resumed; {@code solvedAt} began the gap. */
  record Reopened(Instant at, Instant solvedAt) implements Decision {}
}
