package io.github.sla4j.tracking;

import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Replays one clock: a start, then re-targets, pauses, resumes, stops and reopens, up to {@code
 * now}. It is pure arithmetic: the result is the clock's state and figures plus the {@link Decision
 * decisions} that produced them; no text is written here. Used once, by one thread.
 *
 * <p>The rules: the deadline is the earliest instant at which the clock, paused and stopped time
 * excluded, has run for the target's length; the clock is breached from the first instant after it
 * unless it stopped at or before it; a breach stands whatever later events do; a re-target whose
 * new deadline is strictly before the change records the breach at the change; an empty cell makes
 * the clock not applicable until a re-target gives it a target again.
 */
final class ClockReplay {

  /** The targets of one metric and tier, by severity; null for an empty cell. */
  interface Targets {
    @Nullable ResponseTarget of(Severity severity);
  }

  /**
   * What a replay found: the state, the clock the figures refer to (the breached one after a
   * breach; null when not applicable), its deadline, when the breach was recorded, when the clock
   * stopped, the severity at the end, and the decisions in the order they were made.
   */
  record Outcome(
      SlaState state,
      Severity severity,
      @Nullable ClockRun shown,
      @Nullable Instant deadline,
      @Nullable Instant breachedAt,
      @Nullable Instant stoppedAt,
      List<Decision> decisions) {}

  /** A breach: the run whose deadline was missed, that deadline, and when it was recorded. */
  private record Breach(ClockRun run, Instant deadline, Instant at) {}

  private final Instant start;
  private final Targets targets;
  private final SeverityChangeRule rule;
  private final List<ClockRun.Pause> pauses = new ArrayList<>();
  private final List<Decision> decisions = new ArrayList<>(4);
  private Severity severity;
  private @Nullable ClockRun run;
  private @Nullable Instant pausedSince;
  private @Nullable String pauseReason;
  private @Nullable Instant stoppedAt;
  private @Nullable Breach breach;

  private ClockReplay(Instant start, Severity severity, Targets targets, SeverityChangeRule rule) {
    this.start = start;
    this.severity = severity;
    this.targets = targets;
    this.rule = rule;
  }

  /**
   * Replays a clock.
   *
   * @param start the clock's start
   * @param severity the severity at the start
   * @param events the clock's events after the start, in order, none after {@code now}
   * @param targets the targets by severity
   * @param rule how a severity change re-targets
   * @param now the instant of the answer
   * @return the outcome
   */
  static Outcome run(
      Instant start,
      Severity severity,
      List<ClockEvent> events,
      Targets targets,
      SeverityChangeRule rule,
      Instant now) {
    return new ClockReplay(start, severity, targets, rule).replay(events, now);
  }

  private Outcome replay(List<ClockEvent> events, Instant now) {
    ResponseTarget target = targets.of(severity);
    run = target == null ? null : ClockRun.start(target, start);
    decisions.add(new Decision.Started(start, severity, run));
    for (ClockEvent event : events) {
      checkBreach(event.at());
      apply(event);
    }
    checkBreach(now);
    return finish(now);
  }

  private void apply(ClockEvent event) {
    if (event instanceof ClockEvent.Retarget change) {
      retarget(change);
    } else if (event instanceof ClockEvent.Pause pause) {
      pausedSince = pause.at();
      pauseReason = pause.reason();
    } else if (event instanceof ClockEvent.Resume) {
      endPause(event.at(), Decision.PauseEnd.RESUMED);
    } else if (event instanceof ClockEvent.Stop stop) {
      if (pausedSince != null) {
        endPause(stop.at(), Decision.PauseEnd.STOPPED);
      }
      stoppedAt = stop.at();
      decisions.add(new Decision.Stopped(stop.at(), stop.cause()));
    } else {
      Instant solvedAt = stoppedAt;
      if (solvedAt == null) {
        throw new IllegalStateException("reopen of a running clock in a checked timeline");
      }
      pauses.add(new ClockRun.Pause(solvedAt, event.at()));
      stoppedAt = null;
      decisions.add(new Decision.Reopened(event.at(), solvedAt));
    }
  }

  private void endPause(Instant end, Decision.PauseEnd how) {
    Instant since = pausedSince;
    if (since == null) {
      throw new IllegalStateException("resume without a pause in a checked timeline");
    }
    decisions.add(new Decision.Paused(since, end, pauseReason, how));
    pauses.add(new ClockRun.Pause(since, end));
    pausedSince = null;
    pauseReason = null;
  }

  private void checkBreach(Instant t) {
    ClockRun clock = run;
    if (breach != null || stoppedAt != null || clock == null) {
      return;
    }
    Instant deadline = closedAt(clock, t).deadline();
    if (deadline.isBefore(t)) {
      breach = new Breach(clock, deadline, deadline);
      decisions.add(new Decision.Breached(deadline));
    }
  }

  private void retarget(ClockEvent.Retarget change) {
    Severity from = severity;
    severity = change.severity();
    Breach standing = breach;
    ResponseTarget target = targets.of(severity);
    if (target == null) {
      run = null;
      decisions.add(
          new Decision.Retargeted(
              change.at(),
              from,
              severity,
              rule,
              null,
              null,
              standing == null ? null : standing.at(),
              false));
      return;
    }
    ClockRun next =
        ClockRun.start(target, rule == SeverityChangeRule.RETROACTIVE ? start : change.at());
    ClockRun projected = closedAt(next, change.at());
    Instant deadline = projected.deadline();
    boolean late = standing == null && deadline.isBefore(change.at());
    if (late) {
      breach = new Breach(next, deadline, change.at());
    }
    decisions.add(
        new Decision.Retargeted(
            change.at(),
            from,
            severity,
            rule,
            projected,
            deadline,
            standing == null ? null : standing.at(),
            late));
    run = next;
  }

  private Outcome finish(Instant now) {
    Instant end = stoppedAt != null ? stoppedAt : now;
    if (pausedSince != null) {
      decisions.add(new Decision.Paused(pausedSince, now, pauseReason, Decision.PauseEnd.OPEN));
    }
    Breach missed = breach;
    ClockRun clock = missed != null ? missed.run() : run;
    if (clock == null) {
      return new Outcome(
          SlaState.NOT_APPLICABLE,
          severity,
          null,
          null,
          null,
          stoppedAt,
          Collections.unmodifiableList(decisions));
    }
    ClockRun shown = closedAt(clock, end);
    SlaState state;
    if (missed != null) {
      state = SlaState.BREACHED;
    } else if (stoppedAt != null) {
      state = SlaState.MET;
    } else {
      state = pausedSince != null ? SlaState.PAUSED : SlaState.RUNNING;
    }
    return new Outcome(
        state,
        severity,
        shown,
        missed != null ? missed.deadline() : shown.deadline(),
        missed != null ? missed.at() : null,
        stoppedAt,
        Collections.unmodifiableList(decisions));
  }

  /**
   * The clock with the closed pauses so far and one still open closed at {@code t}. Without any,
   * the clock itself.
   */
  private ClockRun closedAt(ClockRun clock, Instant t) {
    Instant since = pausedSince;
    boolean open = since != null && t.isAfter(since);
    if (!open) {
      return pauses.isEmpty() ? clock : clock.withPauses(pauses);
    }
    List<ClockRun.Pause> all = new ArrayList<>(pauses.size() + 1);
    all.addAll(pauses);
    all.add(new ClockRun.Pause(since, t));
    return clock.withPauses(all);
  }
}
