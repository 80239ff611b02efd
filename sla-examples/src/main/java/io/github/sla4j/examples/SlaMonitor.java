package io.github.sla4j.examples;

import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaState;
import io.github.sla4j.tracking.SlaTracker;
import java.time.Clock;
import java.util.Objects;

/**
 * A service that reads "now" from an injected {@link Clock}, so that its tests can fix the time.
 * {@code SlaMonitorTest} is the example of testing it with {@code Clock.fixed}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaMonitor {

  private final SlaTracker tracker;
  private final Clock clock;

  /**
   * Creates the monitor.
   *
   * @param tracker the tracker of the policy in force
   * @param clock the clock giving now: {@code Clock.systemUTC()} in production
   */
  public SlaMonitor(SlaTracker tracker, Clock clock) {
    this.tracker = Objects.requireNonNull(tracker, "tracker");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /**
   * Computes the status of a case now.
   *
   * @param timeline the case
   * @return its status at the clock's instant
   */
  public CaseStatus statusOf(CaseTimeline timeline) {
    return tracker.status(timeline, clock);
  }

  /**
   * Checks whether a case has missed its deadline.
   *
   * @param timeline the case
   * @return true if breached now
   */
  public boolean isBreached(CaseTimeline timeline) {
    return statusOf(timeline).state() == SlaState.BREACHED;
  }
}
