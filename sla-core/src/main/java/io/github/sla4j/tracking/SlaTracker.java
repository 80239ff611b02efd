package io.github.sla4j.tracking;

import io.github.sla4j.policy.SlaPolicy;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Computes the status of case timelines under a policy, for every metric it measures.
 *
 * <p>The rules, each recorded in the {@link Explanation} when it applies:
 *
 * <ul>
 *   <li>Each metric's clock starts, stops and cycles by its own rule (see {@link
 *       io.github.sla4j.policy.Metric}): the first response and the resolution start at the
 *       opening; a next-reply cycle starts at a customer reply that waits; a periodic-update cycle
 *       at each agent reply. On a business calendar, time outside business hours does not count, so
 *       a case opened on Saturday starts counting at Monday's open.
 *   <li>Pauses exclude their time from the clocks of the metrics the policy says pauses stop; time
 *       while the case is solved never counts. The deadline is the earliest instant at which the
 *       clock, that time excluded, has run for the target's length.
 *   <li>A severity change re-targets every running clock under the tracker's {@link
 *       SeverityChangeRule}: by default {@link SeverityChangeRule#RETROACTIVE RETROACTIVE} (the new
 *       target measured from the clock's start, the time used kept), or {@link
 *       SeverityChangeRule#RESTART RESTART} at the change.
 *   <li>A clock that stops at or before its deadline is met; otherwise it is breached from the
 *       first instant after the deadline. A breach stands whatever later changes do; a change whose
 *       new deadline has already passed records the breach at the change instant.
 *   <li>Only events at or before {@code now} are taken into account.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaTracker {

  private final SlaPolicy policy;
  private final SeverityChangeRule rule;

  private SlaTracker(SlaPolicy policy, SeverityChangeRule rule) {
    this.policy = policy;
    this.rule = rule;
  }

  /**
   * Obtains a tracker that re-targets severity changes retroactively.
   *
   * @param policy the policy, not null
   * @return the tracker, not null
   */
  public static SlaTracker of(SlaPolicy policy) {
    return of(policy, SeverityChangeRule.RETROACTIVE);
  }

  /**
   * Obtains a tracker with a rule for severity changes.
   *
   * @param policy the policy, not null
   * @param rule the severity-change rule, not null
   * @return the tracker, not null
   */
  public static SlaTracker of(SlaPolicy policy, SeverityChangeRule rule) {
    return new SlaTracker(
        Objects.requireNonNull(policy, "policy"), Objects.requireNonNull(rule, "rule"));
  }

  /**
   * Returns a copy with another severity-change rule.
   *
   * @param rule the rule, not null
   * @return the tracker, not null
   */
  public SlaTracker withSeverityChangeRule(SeverityChangeRule rule) {
    return of(policy, rule);
  }

  /**
   * Gets the policy.
   *
   * @return the policy, not null
   */
  public SlaPolicy policy() {
    return policy;
  }

  /**
   * Gets the severity-change rule.
   *
   * @return the rule, not null
   */
  public SeverityChangeRule severityChangeRule() {
    return rule;
  }

  /**
   * Computes the status of a case at an instant, from the events at or before it.
   *
   * @param timeline the case timeline, not null
   * @param now the instant, not before the opening, not null
   * @return the status, not null
   * @throws IllegalArgumentException if {@code now} is before the opening
   * @throws java.time.DateTimeException if a calendar has no open time within its horizon
   */
  public CaseStatus status(CaseTimeline timeline, Instant now) {
    Objects.requireNonNull(timeline, "timeline");
    Objects.requireNonNull(now, "now");
    Instant openedAt = timeline.opened().at();
    if (now.isBefore(openedAt)) {
      throw new IllegalArgumentException(
          "now "
              + now
              + " is before the case was opened at "
              + openedAt
              + ": a status exists from the opening on; pass a later now");
    }
    return new Replay(policy, rule, timeline, now).run();
  }

  /**
   * Computes the status of a case at the instant of a clock; the same as {@code status(timeline,
   * clock.instant())}. Pass a fixed clock in tests.
   *
   * @param timeline the case timeline, not null
   * @param clock the clock giving now, not null
   * @return the status, not null
   * @throws IllegalArgumentException if the clock's instant is before the opening
   */
  public CaseStatus status(CaseTimeline timeline, Clock clock) {
    return status(timeline, Objects.requireNonNull(clock, "clock").instant());
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SlaTracker o && policy.equals(o.policy) && rule == o.rule;
  }

  @Override
  public int hashCode() {
    return policy.hashCode() * 31 + rule.hashCode();
  }

  @Override
  public String toString() {
    return "SlaTracker[" + policy.name() + ", " + rule + "]";
  }
}
