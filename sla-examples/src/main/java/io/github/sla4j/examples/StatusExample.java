package io.github.sla4j.examples;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import io.github.sla4j.tracking.Threshold;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The status of a case from its timeline: a Premier Medium case about the API, paused while waiting
 * for the customer, then escalated to Urgent; and the warning instants a scheduler needs.
 */
public final class StatusExample {

  /** Schedules a warning; a stand-in for a real job scheduler. */
  @FunctionalInterface
  public interface WarningScheduler {
    /**
     * Schedules a warning.
     *
     * @param caseId the case
     * @param fraction the fraction of the target used at that instant
     * @param at when to warn
     */
    void schedule(String caseId, double fraction, Instant at);
  }

  private StatusExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out, (id, fraction, at) -> System.out.println(id + " " + fraction + " at " + at));
  }

  /**
   * Prints the status of the example case on Thu 2026-11-19 10:30 New York time.
   *
   * @param out where to print
   * @param scheduler receives the warning instants
   * @return the status
   */
  public static CaseStatus run(PrintStream out, WarningScheduler scheduler) {
    Instant openedAt = newYork("2026-11-18T10:00");
    Instant waitingForCustomer = newYork("2026-11-18T12:00");
    Instant customerReplied = newYork("2026-11-19T09:00");
    Instant escalatedAt = newYork("2026-11-19T10:00");
    Instant now = newYork("2026-11-19T10:30");
    SlaPolicy policy = SlaPolicy.threekit();
    String caseId = "CASE-1042";

    // tag::track-case[]
    CaseTimeline timeline =
        CaseTimeline.opened(
                openedAt,
                SupportTier.PREMIER,
                Severity.MEDIUM,
                Channel.SUPPORT_PORTAL,
                ApplicationArea.API)
            .withPause(waitingForCustomer)
            .withResume(customerReplied)
            .withSeverityChange(escalatedAt, Severity.URGENT);

    SlaTracker tracker = SlaTracker.of(policy); // RETROACTIVE severity changes
    CaseStatus status = tracker.status(timeline, now);
    // end::track-case[]

    // tag::status-fields[]
    status.state(); // RUNNING, PAUSED, MET, BREACHED, NOT_APPLICABLE
    status.deadline(); // Optional<Instant>
    status.elapsed(); // time used on the target's own clock (business or 24/7)
    status.remaining();
    status.fractionUsed(); // for display only
    status.breachedAt(); // Optional<Instant>
    status.lateness(); // Optional<Duration>, wall clock
    status.latenessOnClock(); // Optional<Duration>, target's clock
    out.println(status.explanation());
    // end::status-fields[]

    out.println(
        status.state()
            + ", deadline "
            + status.deadline().orElseThrow()
            + ", elapsed "
            + status.elapsed()
            + ", remaining "
            + status.remaining());

    // tag::thresholds[]
    for (Threshold t : status.thresholds(0.5, 0.75, 0.9, 1.0)) {
      scheduler.schedule(caseId, t.fraction(), t.instant());
    }
    // end::thresholds[]
    return status;
  }

  private static Instant newYork(String local) {
    return LocalDateTime.parse(local).atZone(SlaPolicy.THREEKIT_ZONE).toInstant();
  }
}
