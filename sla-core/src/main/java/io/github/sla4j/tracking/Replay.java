package io.github.sla4j.tracking;

import io.github.sla4j.policy.Coverage;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.NotCoveredReason;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Replays a case timeline up to {@code now}: one pass over the case events translates them, metric
 * by metric, into the clock events of each cycle (the start, stop and pause rules of the metrics);
 * then each cycle's clock is replayed by {@link ClockReplay}. Used once, by one thread.
 *
 * <p>The metrics' rules, as applied here:
 *
 * <ul>
 *   <li>First response: one cycle from the opening to the first agent reply, or to a solve before
 *       any agent reply (for good: a reopen does not restart it).
 *   <li>Next reply: a cycle starts at a customer reply after the first agent reply when none is
 *       running; the next agent reply or the solve stops it.
 *   <li>Periodic update: a cycle starts at each agent reply; the next agent reply or the solve
 *       stops it; after a reopen none runs until the next agent reply.
 *   <li>Resolution: one cycle from the opening to the solve; a reopen resumes it, the time while
 *       solved excluded.
 *   <li>Pauses stop a clock only if the policy says pauses stop its metric; a cycle that starts
 *       while the case is paused starts paused. A severity change re-targets every running or
 *       paused clock; a cycle started later uses the severity at its start.
 * </ul>
 */
final class Replay {

  /** The clock events of one cycle of a metric. */
  private static final class Script {
    final int number;
    final Instant start;
    final Severity severity;
    final StartCause cause;
    final List<ClockEvent> events = new ArrayList<>(2);

    Script(int number, Instant start, Severity severity, StartCause cause) {
      this.number = number;
      this.start = start;
      this.severity = severity;
      this.cause = cause;
    }
  }

  /** The case event that started a cycle. */
  enum StartCause {
    /** The case was opened. */
    OPENED,
    /** A customer replied. */
    CUSTOMER_REPLY,
    /** An agent replied. */
    AGENT_REPLY
  }

  /** The cycles of one metric, the last one possibly running. */
  private static final class Track {
    final Metric metric;
    final boolean pausable;
    final List<Script> done = new ArrayList<>(1);
    @Nullable Script running;

    Track(Metric metric, boolean pausable) {
      this.metric = metric;
      this.pausable = pausable;
    }

    void add(ClockEvent event) {
      Script script = running;
      if (script != null) {
        script.events.add(event);
      }
    }

    void start(Script script, boolean paused, @Nullable String reason) {
      running = script;
      if (paused && pausable) {
        script.events.add(new ClockEvent.Pause(script.start, reason));
      }
    }

    void stop(Instant at, ClockEvent.Cause cause) {
      Script script = running;
      if (script != null) {
        script.events.add(new ClockEvent.Stop(at, cause));
        done.add(script);
        running = null;
      }
    }

    int cycles() {
      return done.size() + (running == null ? 0 : 1);
    }
  }

  private final SlaPolicy policy;
  private final SeverityChangeRule rule;
  private final CaseTimeline timeline;
  private final CaseEvent.Opened opened;
  private final Instant now;

  Replay(SlaPolicy policy, SeverityChangeRule rule, CaseTimeline timeline, Instant now) {
    this.policy = policy;
    this.rule = rule;
    this.timeline = timeline;
    this.opened = timeline.opened();
    this.now = now;
  }

  CaseStatus run() {
    Coverage coverage = policy.coverage(opened.tier(), opened.channel(), opened.area());
    List<Metric> metrics = policy.metrics();
    Track[] tracks = new Track[metrics.size()];
    for (int i = 0; i < tracks.length; i++) {
      tracks[i] = new Track(metrics.get(i), policy.pausesStop(metrics.get(i)));
    }
    Severity severity = opened.severity();
    for (Track track : tracks) {
      if (!track.metric.isCyclic()) {
        track.start(new Script(1, opened.at(), severity, StartCause.OPENED), false, null);
      }
    }
    boolean paused = false;
    @Nullable String pauseReason = null;
    boolean agentReplied = false;
    @Nullable Instant firstAgentReply = null;
    List<CaseEvent> events = timeline.events();
    for (int e = 1; e < events.size(); e++) {
      CaseEvent event = events.get(e);
      Instant at = event.at();
      if (at.isAfter(now)) {
        break;
      }
      if (event instanceof CaseEvent.SeverityChanged change) {
        severity = change.severity();
        for (Track track : tracks) {
          track.add(new ClockEvent.Retarget(at, severity));
        }
      } else if (event instanceof CaseEvent.Paused pause) {
        paused = true;
        pauseReason = pause.reason();
        for (Track track : tracks) {
          if (track.pausable) {
            track.add(new ClockEvent.Pause(at, pause.reason()));
          }
        }
      } else if (event instanceof CaseEvent.Resumed resume) {
        paused = false;
        pauseReason = null;
        for (Track track : tracks) {
          if (track.pausable) {
            track.add(new ClockEvent.Resume(at, resume.reason()));
          }
        }
      } else if (event instanceof CaseEvent.AgentReplied) {
        if (firstAgentReply == null) {
          firstAgentReply = at;
        }
        agentReplied = true;
        for (Track track : tracks) {
          if (track.metric.equals(Metric.FIRST_RESPONSE)
              || track.metric.equals(Metric.NEXT_REPLY)) {
            track.stop(at, ClockEvent.Cause.AGENT_REPLY);
          } else if (track.metric.equals(Metric.PERIODIC_UPDATE)) {
            track.stop(at, ClockEvent.Cause.AGENT_REPLY);
            track.start(
                new Script(track.cycles() + 1, at, severity, StartCause.AGENT_REPLY),
                paused,
                pauseReason);
          }
        }
      } else if (event instanceof CaseEvent.CustomerReplied) {
        if (agentReplied) {
          for (Track track : tracks) {
            if (track.metric.equals(Metric.NEXT_REPLY) && track.running == null) {
              track.start(
                  new Script(track.cycles() + 1, at, severity, StartCause.CUSTOMER_REPLY),
                  paused,
                  pauseReason);
            }
          }
        }
      } else if (event instanceof CaseEvent.Solved) {
        paused = false;
        pauseReason = null;
        for (Track track : tracks) {
          if (track.metric.equals(Metric.RESOLUTION)) {
            track.add(new ClockEvent.Stop(at, ClockEvent.Cause.SOLVED));
          } else {
            track.stop(at, ClockEvent.Cause.SOLVED);
          }
        }
      } else if (event instanceof CaseEvent.Reopened) {
        for (Track track : tracks) {
          if (track.metric.equals(Metric.RESOLUTION)) {
            track.add(new ClockEvent.Reopen(at));
          }
        }
      }
    }
    MetricStatus[] statuses = new MetricStatus[tracks.length];
    for (int i = 0; i < tracks.length; i++) {
      statuses[i] = status(tracks[i], coverage, severity);
    }
    return new CaseStatus(now, severity, coverage, firstAgentReply, statuses);
  }

  private MetricStatus status(Track track, Coverage coverage, Severity severity) {
    Metric metric = track.metric;
    Narration.Context context = new Narration.Context(policy, opened, metric, rule, now);
    if (!coverage.isCovered()) {
      return MetricStatus.notApplicable(context, coverage, severity);
    }
    Script shown = track.running;
    if (shown == null && !track.done.isEmpty()) {
      shown = track.done.get(track.done.size() - 1);
    }
    if (shown == null) {
      return MetricStatus.notApplicable(
          context,
          Coverage.notCovered(
              NotCoveredReason.NO_CYCLE_YET,
              "no "
                  + metric.displayName().toLowerCase(java.util.Locale.ROOT)
                  + " cycle has started yet"
                  + (metric.equals(Metric.NEXT_REPLY)
                      ? " (a cycle starts when the customer replies after an agent has replied)"
                      : " (a cycle starts at each agent reply)")),
          severity);
    }
    ClockReplay.Targets targets =
        s -> policy.target(metric, opened.tier(), s).orElse((ResponseTarget) null);
    int met = 0;
    int breached = 0;
    for (Script earlier : track.done) {
      if (earlier == shown) {
        continue;
      }
      SlaState state =
          ClockReplay.run(earlier.start, earlier.severity, earlier.events, targets, rule, now)
              .state();
      if (state == SlaState.MET) {
        met++;
      } else if (state == SlaState.BREACHED) {
        breached++;
      }
    }
    ClockReplay.Outcome outcome =
        ClockReplay.run(shown.start, shown.severity, shown.events, targets, rule, now);
    if (outcome.state() == SlaState.MET) {
      met++;
    } else if (outcome.state() == SlaState.BREACHED) {
      breached++;
    }
    Coverage metricCoverage =
        outcome.state() == SlaState.NOT_APPLICABLE
            ? policy.coverage(metric, opened.tier(), outcome.severity())
            : coverage;
    return MetricStatus.of(
        context,
        metricCoverage,
        outcome,
        severity,
        shown.number,
        met,
        breached,
        shown.start,
        shown.cause);
  }
}
