package io.github.sla4j.examples;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Answers that do not depend on when they are computed: a fixed {@link Clock}, and local times
 * built in the policy's zone. {@code SlaMonitorTest} uses the same in a JUnit test.
 */
public final class FixedClockExample {

  private FixedClockExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the status of a Premier High case at a fixed instant.
   *
   * @param out where to print
   * @return the status
   */
  public static CaseStatus run(PrintStream out) {
    // tag::local-opened-at[]
    Instant openedAt =
        LocalDateTime.parse("2026-11-18T09:00").atZone(SlaPolicy.THREEKIT_ZONE).toInstant();
    // end::local-opened-at[]
    CaseTimeline timeline =
        CaseTimeline.opened(
            openedAt,
            SupportTier.PREMIER,
            Severity.HIGH,
            Channel.SUPPORT_PORTAL,
            ApplicationArea.PLAYER);
    // tag::fixed-clock[]
    Clock clock = Clock.fixed(Instant.parse("2026-11-18T17:00:00Z"), ZoneOffset.UTC);
    CaseStatus status = SlaTracker.of(SlaPolicy.threekit()).status(timeline, clock);
    // status.state() is SlaState.RUNNING on every run, whatever the time of day
    // end::fixed-clock[]
    SlaMonitor monitor = new SlaMonitor(SlaTracker.of(SlaPolicy.threekit()), clock);
    out.println(
        status.state()
            + " at "
            + clock.instant()
            + ", deadline "
            + status.deadline().orElseThrow()
            + ", breached: "
            + monitor.isBreached(timeline));
    return status;
  }
}
