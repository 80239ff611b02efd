package io.github.sla4j.tracking;

import io.github.sla4j.policy.Severity;
import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * What one metric's clock sees of a case: the case events translated by the metric's start, stop
 * and pause rules. A clock replay knows nothing of agent or customer replies, only of these.
 */
sealed interface ClockEvent {

  /** The instant of the event. */
  Instant at();

  /** The severity changed: re-target the clock. */
  record Retarget(Instant at, Severity severity) implements ClockEvent {}

  /** The clock pauses. */
  record Pause(Instant at, @Nullable String reason) implements ClockEvent {}

  /** The clock resumes. */
  record Resume(Instant at, @Nullable String reason) implements ClockEvent {}

  /** The clock stops; a pause in progress ends with it. */
  record Stop(Instant at, Cause cause) implements ClockEvent {}

  /** A stopped clock resumes after a reopen; the time it was stopped does not count. */
  record Reopen(Instant at) implements ClockEvent {}

  /** What stopped a clock. */
  enum Cause {
    /** An agent replied. */
    AGENT_REPLY,
    /** The case was solved. */
    SOLVED
  }
}
