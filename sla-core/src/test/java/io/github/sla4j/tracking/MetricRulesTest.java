package io.github.sla4j.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.NotCoveredReason;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One example per rule of the metrics, with instants computed by hand. The business hours are the
 * seed's: Monday–Friday 03:00–18:00 America/New_York (15 h a day), closed on U.S. federal holidays;
 * in November 2026 New York is on EST, and Thanksgiving is Thursday 2026-11-26. Monday 2026-11-16
 * starts the week most examples use.
 */
class MetricRulesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final BusinessCalendar HOURS =
      SlaPolicy.threekitBusinessHours(HolidayCalendar.usFederal());
  private static final Severity P1 = Severity.of("P1");
  private static final Severity P2 = Severity.of("P2");
  private static final Severity P3 = Severity.of("P3");
  private static final SupportTier GOLD = SupportTier.of("GOLD");
  private static final Channel PHONE = Channel.of("PHONE");

  private static Instant ny(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  private static ResponseTarget businessHours(int hours) {
    return ResponseTarget.ofBusinessTime(Duration.ofHours(hours), HOURS);
  }

  private static ResponseTarget elapsedHours(int hours) {
    return ResponseTarget.ofElapsed(Duration.ofHours(hours), NEW_YORK);
  }

  private static SlaPolicy.Builder policy() {
    return SlaPolicy.builder()
        .name("rules")
        .severities(P1, P2, P3)
        .tiers(GOLD)
        .channels(PHONE)
        .coveredChannels(Set.of(PHONE));
  }

  /** The same target for every severity of a metric. */
  private static SlaPolicy.Builder all(SlaPolicy.Builder b, Metric m, ResponseTarget target) {
    return b.target(m, GOLD, P1, target).target(m, GOLD, P2, target).target(m, GOLD, P3, target);
  }

  private static CaseTimeline opened(String at, Severity severity) {
    return CaseTimeline.opened(ny(at), GOLD, severity, PHONE, ApplicationArea.EDITOR);
  }

  private static MetricStatus status(SlaPolicy policy, CaseTimeline t, Metric m, String now) {
    return SlaTracker.of(policy).status(t, ny(now)).metric(m);
  }

  private static MetricStatus restarted(SlaPolicy policy, CaseTimeline t, Metric m, String now) {
    return SlaTracker.of(policy, SeverityChangeRule.RESTART).status(t, ny(now)).metric(m);
  }

  @Test
  void nextReply_oneCyclePerWaitingCustomerMessage_laterMessagesJoinIt() {
    SlaPolicy policy = all(policy(), Metric.NEXT_REPLY, businessHours(2)).build();
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withCustomerReply(ny("2026-11-16T09:30")) // before any agent reply: starts nothing
            .withAgentReply(ny("2026-11-16T10:00"))
            .withCustomerReply(ny("2026-11-16T11:00")) // cycle 1 starts; due 11:00 + 2 h = 13:00
            .withCustomerReply(ny("2026-11-16T11:30")) // joins cycle 1
            .withAgentReply(ny("2026-11-16T12:30")) // stops cycle 1, on time
            .withCustomerReply(ny("2026-11-16T14:00")); // cycle 2; due 16:00

    MetricStatus beforeAny = status(policy, t, Metric.NEXT_REPLY, "2026-11-16T10:30");
    assertThat(beforeAny.state()).isEqualTo(SlaState.NOT_APPLICABLE);
    assertThat(beforeAny.coverage().reason()).contains(NotCoveredReason.NO_CYCLE_YET);
    assertThat(beforeAny.cycle()).isZero();

    MetricStatus first = status(policy, t, Metric.NEXT_REPLY, "2026-11-16T12:00");
    assertThat(first.state()).isEqualTo(SlaState.RUNNING);
    assertThat(first.cycle()).isEqualTo(1);
    assertThat(first.clockStart()).contains(ny("2026-11-16T11:00"));
    assertThat(first.deadline()).contains(ny("2026-11-16T13:00"));
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(1));

    MetricStatus answered = status(policy, t, Metric.NEXT_REPLY, "2026-11-16T12:30");
    assertThat(answered.state()).isEqualTo(SlaState.MET);
    assertThat(answered.stoppedAt()).contains(ny("2026-11-16T12:30"));
    assertThat(answered.elapsed()).isEqualTo(Duration.ofMinutes(90));
    assertThat(answered.cyclesMet()).isEqualTo(1);

    // At 17:00: cycle 2 (from 14:00) passed 16:00 unanswered: breached at 16:00, 1 h late.
    MetricStatus second = status(policy, t, Metric.NEXT_REPLY, "2026-11-16T17:00");
    assertThat(second.state()).isEqualTo(SlaState.BREACHED);
    assertThat(second.cycle()).isEqualTo(2);
    assertThat(second.deadline()).contains(ny("2026-11-16T16:00"));
    assertThat(second.breachedAt()).contains(ny("2026-11-16T16:00"));
    assertThat(second.elapsed()).isEqualTo(Duration.ofHours(3));
    assertThat(second.lateness()).contains(Duration.ofHours(1));
    assertThat(second.cyclesMet()).isEqualTo(1);
    assertThat(second.cyclesBreached()).isEqualTo(1);
  }

  @Test
  void periodicUpdate_eachAgentReplyStartsACycle_theSolveStopsIt_noneAfterAReopen() {
    SlaPolicy policy = all(policy(), Metric.PERIODIC_UPDATE, elapsedHours(4)).build();
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withAgentReply(ny("2026-11-16T10:00")) // cycle 1, due 14:00
            .withAgentReply(ny("2026-11-16T13:00")) // cycle 1 met; cycle 2, due 17:00
            .withSolved(ny("2026-11-16T15:00")) // cycle 2 met at the solve
            .withReopened(ny("2026-11-16T16:00")); // no cycle until the next agent reply

    MetricStatus running = status(policy, t, Metric.PERIODIC_UPDATE, "2026-11-16T14:00");
    assertThat(running.state()).isEqualTo(SlaState.RUNNING);
    assertThat(running.cycle()).isEqualTo(2);
    assertThat(running.clockStart()).contains(ny("2026-11-16T13:00"));
    assertThat(running.deadline()).contains(ny("2026-11-16T17:00"));
    assertThat(running.cyclesMet()).isEqualTo(1);

    // At 22:00, six hours after the reopen, no cycle runs: the last one is shown, met at 15:00.
    MetricStatus solved = status(policy, t, Metric.PERIODIC_UPDATE, "2026-11-16T22:00");
    assertThat(solved.state()).isEqualTo(SlaState.MET);
    assertThat(solved.cycle()).isEqualTo(2);
    assertThat(solved.stoppedAt()).contains(ny("2026-11-16T15:00"));
    assertThat(solved.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(solved.cyclesMet()).isEqualTo(2);
    assertThat(solved.cyclesBreached()).isZero();

    // An agent reply at 23:00 starts cycle 3, due 23:00 + 4 h = Tue 03:00.
    CaseTimeline replied = t.withAgentReply(ny("2026-11-16T23:00"));
    MetricStatus third = status(policy, replied, Metric.PERIODIC_UPDATE, "2026-11-16T23:30");
    assertThat(third.state()).isEqualTo(SlaState.RUNNING);
    assertThat(third.cycle()).isEqualTo(3);
    assertThat(third.deadline()).contains(ny("2026-11-17T03:00"));
  }

  @Test
  void resolution_reopenResumesTheSameClock_solvedTimeExcluded_metVoided() {
    SlaPolicy policy = all(policy(), Metric.RESOLUTION, businessHours(8)).build();
    // Opened Mon 09:00, due Mon 17:00; solved Mon 12:00 with 3 h used.
    CaseTimeline solved = opened("2026-11-16T09:00", P2).withSolved(ny("2026-11-16T12:00"));
    MetricStatus met = status(policy, solved, Metric.RESOLUTION, "2026-11-16T20:00");
    assertThat(met.state()).isEqualTo(SlaState.MET);
    assertThat(met.deadline()).contains(ny("2026-11-16T17:00"));
    assertThat(met.elapsed()).isEqualTo(Duration.ofHours(3));
    assertThat(met.cyclesMet()).isEqualTo(1);

    // Reopened Tue 10:00: Mon 12:00 to Tue 10:00 does not count; 5 h left from Tue 10:00 = 15:00.
    CaseTimeline reopened = solved.withReopened(ny("2026-11-17T10:00"));
    MetricStatus running = status(policy, reopened, Metric.RESOLUTION, "2026-11-17T11:00");
    assertThat(running.state()).isEqualTo(SlaState.RUNNING);
    assertThat(running.cycle()).isEqualTo(1);
    assertThat(running.clockStart()).contains(ny("2026-11-16T09:00"));
    assertThat(running.deadline()).contains(ny("2026-11-17T15:00"));
    assertThat(running.elapsed()).isEqualTo(Duration.ofHours(4)); // 3 h Monday + 1 h Tuesday
    assertThat(running.cyclesMet()).isZero();

    MetricStatus late = status(policy, reopened, Metric.RESOLUTION, "2026-11-17T16:00");
    assertThat(late.state()).isEqualTo(SlaState.BREACHED);
    assertThat(late.breachedAt()).contains(ny("2026-11-17T15:00"));
    assertThat(late.cyclesBreached()).isEqualTo(1);

    // Solved again Tue 14:00: 3 h + 4 h = 7 h used, on time.
    MetricStatus again =
        status(
            policy,
            reopened.withSolved(ny("2026-11-17T14:00")),
            Metric.RESOLUTION,
            "2026-11-18T09:00");
    assertThat(again.state()).isEqualTo(SlaState.MET);
    assertThat(again.elapsed()).isEqualTo(Duration.ofHours(7));
    assertThat(again.stoppedAt()).contains(ny("2026-11-17T14:00"));
  }

  @Test
  void resolution_solvedTimeNeverCounts_evenWhenPausesDoNotStopIt() {
    SlaPolicy policy =
        all(policy(), Metric.RESOLUTION, elapsedHours(10))
            .pausesStop(Metric.RESOLUTION, false)
            .build();
    // Opened Mon 09:00; paused 10:00-11:00 (counts: pauses ignored); solved 12:00 (3 h used);
    // reopened 20:00: 7 h left from 20:00 = Tue 03:00.
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withPause(ny("2026-11-16T10:00"), "waiting for customer")
            .withResume(ny("2026-11-16T11:00"))
            .withSolved(ny("2026-11-16T12:00"))
            .withReopened(ny("2026-11-16T20:00"));
    MetricStatus s = status(policy, t, Metric.RESOLUTION, "2026-11-16T21:00");
    assertThat(s.state()).isEqualTo(SlaState.RUNNING);
    assertThat(s.elapsed()).isEqualTo(Duration.ofHours(4));
    assertThat(s.deadline()).contains(ny("2026-11-17T03:00"));
  }

  @Test
  void pause_stopsResolution_butNotAFirstResponseWhosePausesDoNotStopIt() {
    SlaPolicy policy =
        all(
                all(policy(), Metric.FIRST_RESPONSE, businessHours(4)),
                Metric.RESOLUTION,
                businessHours(8))
            .pausesStop(Metric.FIRST_RESPONSE, false)
            .build();
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withPause(ny("2026-11-16T10:00"), "waiting for customer")
            .withResume(ny("2026-11-16T12:00"));
    CaseStatus s = SlaTracker.of(policy).status(t, ny("2026-11-16T14:00"));

    // First response ignores the pause: due 09:00 + 4 h = 13:00, breached then; 5 h used by 14:00.
    MetricStatus first = s.metric(Metric.FIRST_RESPONSE);
    assertThat(first.state()).isEqualTo(SlaState.BREACHED);
    assertThat(first.deadline()).contains(ny("2026-11-16T13:00"));
    assertThat(first.breachedAt()).contains(ny("2026-11-16T13:00"));
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(5));

    // Resolution excludes 10:00-12:00: 1 h + 12:00-18:00 6 h = 7 h by Mon 18:00, 1 h more from
    // Tue 03:00 = Tue 04:00. By 14:00, 1 h + 2 h = 3 h used.
    MetricStatus resolution = s.metric(Metric.RESOLUTION);
    assertThat(resolution.state()).isEqualTo(SlaState.RUNNING);
    assertThat(resolution.deadline()).contains(ny("2026-11-17T04:00"));
    assertThat(resolution.elapsed()).isEqualTo(Duration.ofHours(3));

    MetricStatus paused =
        SlaTracker.of(policy).status(t, ny("2026-11-16T11:00")).metric(Metric.RESOLUTION);
    // While paused, the deadline is as if the clock resumed now (11:00): 7 h left, exactly
    // 11:00-18:00, so due at Monday's close (an exact fill ends at the close, not at Tue 03:00).
    assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
    assertThat(paused.deadline()).contains(ny("2026-11-16T18:00"));
    assertThat(paused.elapsed()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void breach_standsAfterADeEscalation() {
    SlaPolicy policy =
        policy()
            .target(GOLD, P1, elapsedHours(2))
            .target(GOLD, P2, ResponseTarget.ofBusinessDays(2, HOURS))
            .target(GOLD, P3, ResponseTarget.ofBusinessDays(2, HOURS))
            .build();
    // Opened Wed 10:00 as P1: due 12:00, missed; de-escalated to P2 at 13:00 (2 business days).
    CaseTimeline t = opened("2026-11-18T10:00", P1).withSeverityChange(ny("2026-11-18T13:00"), P2);
    MetricStatus s = status(policy, t, Metric.FIRST_RESPONSE, "2026-11-18T14:00");
    assertThat(s.state()).isEqualTo(SlaState.BREACHED);
    assertThat(s.deadline()).contains(ny("2026-11-18T12:00"));
    assertThat(s.breachedAt()).contains(ny("2026-11-18T12:00"));
    assertThat(s.targetLength()).isEqualTo(Duration.ofHours(2));
    assertThat(s.elapsed()).isEqualTo(Duration.ofHours(4));
    assertThat(s.lateness()).contains(Duration.ofHours(2));
  }

  private static SlaPolicy escalation() {
    return policy()
        .target(GOLD, P1, elapsedHours(2))
        .target(GOLD, P2, businessHours(8))
        .target(GOLD, P3, businessHours(8))
        .build();
  }

  @Test
  void change_whoseNewDeadlineHasPassed_recordsTheBreachAtTheChange() {
    // Opened Mon 10:00 as P2 (due 18:00); escalated to P1 at 12:30: retroactively due 12:00.
    CaseTimeline t = opened("2026-11-16T10:00", P2).withSeverityChange(ny("2026-11-16T12:30"), P1);
    MetricStatus s = status(escalation(), t, Metric.FIRST_RESPONSE, "2026-11-16T13:00");
    assertThat(s.state()).isEqualTo(SlaState.BREACHED);
    assertThat(s.breachedAt()).contains(ny("2026-11-16T12:30"));
    assertThat(s.deadline()).contains(ny("2026-11-16T12:00"));
    assertThat(s.lateness()).contains(Duration.ofHours(1));

    // Under RESTART the P1 clock starts at the change: due 14:30.
    MetricStatus restart = restarted(escalation(), t, Metric.FIRST_RESPONSE, "2026-11-16T13:00");
    assertThat(restart.state()).isEqualTo(SlaState.RUNNING);
    assertThat(restart.clockStart()).contains(ny("2026-11-16T12:30"));
    assertThat(restart.deadline()).contains(ny("2026-11-16T14:30"));
    assertThat(restart.elapsed()).isEqualTo(Duration.ofMinutes(30));
  }

  @Test
  void change_whoseNewDeadlineIsTheChangeInstant_isNotBreached() {
    // Escalated at 12:00 exactly: the new deadline 10:00 + 2 h = 12:00 is not strictly before.
    CaseTimeline t = opened("2026-11-16T10:00", P2).withSeverityChange(ny("2026-11-16T12:00"), P1);
    MetricStatus atChange = status(escalation(), t, Metric.FIRST_RESPONSE, "2026-11-16T12:00");
    assertThat(atChange.state()).isEqualTo(SlaState.RUNNING);
    assertThat(atChange.deadline()).contains(ny("2026-11-16T12:00"));
    assertThat(atChange.remaining()).isZero();

    MetricStatus answered =
        status(
            escalation(),
            t.withAgentReply(ny("2026-11-16T12:00")),
            Metric.FIRST_RESPONSE,
            "2026-11-16T15:00");
    assertThat(answered.state()).isEqualTo(SlaState.MET);

    MetricStatus oneNanoLater =
        SlaTracker.of(escalation())
            .status(t, ny("2026-11-16T12:00").plusNanos(1))
            .metric(Metric.FIRST_RESPONSE);
    assertThat(oneNanoLater.state()).isEqualTo(SlaState.BREACHED);
    assertThat(oneNanoLater.breachedAt()).contains(ny("2026-11-16T12:00"));
  }

  private static SlaPolicy withEmptyCell() {
    return policy()
        .target(GOLD, P1, elapsedHours(4))
        .noTarget(Metric.FIRST_RESPONSE, GOLD, P2)
        .target(GOLD, P3, businessHours(8))
        .build();
  }

  @Test
  void change_intoAnEmptyCell_notApplicable_outOfIt_retroactiveOrRestart() {
    CaseTimeline intoEmpty =
        opened("2026-11-16T09:00", P1).withSeverityChange(ny("2026-11-16T10:00"), P2);
    MetricStatus none =
        status(withEmptyCell(), intoEmpty, Metric.FIRST_RESPONSE, "2026-11-16T11:00");
    assertThat(none.state()).isEqualTo(SlaState.NOT_APPLICABLE);
    assertThat(none.coverage().reason()).contains(NotCoveredReason.NO_TARGET);
    assertThat(none.deadline()).isEmpty();

    CaseTimeline outOfEmpty = intoEmpty.withSeverityChange(ny("2026-11-16T12:00"), P3);
    // Retroactive: 8 business hours from the clock's start, Mon 09:00 -> Mon 17:00; 4 h used at
    // 13:00.
    MetricStatus retro =
        status(withEmptyCell(), outOfEmpty, Metric.FIRST_RESPONSE, "2026-11-16T13:00");
    assertThat(retro.state()).isEqualTo(SlaState.RUNNING);
    assertThat(retro.deadline()).contains(ny("2026-11-16T17:00"));
    assertThat(retro.elapsed()).isEqualTo(Duration.ofHours(4));
    // Restart: from the change, Mon 12:00-18:00 6 h + Tue 03:00-05:00 2 h -> Tue 05:00.
    MetricStatus restart =
        restarted(withEmptyCell(), outOfEmpty, Metric.FIRST_RESPONSE, "2026-11-16T13:00");
    assertThat(restart.deadline()).contains(ny("2026-11-17T05:00"));
    assertThat(restart.clockStart()).contains(ny("2026-11-16T12:00"));
    assertThat(restart.elapsed()).isEqualTo(Duration.ofHours(1));
  }

  @Test
  void change_intoAnEmptyCell_afterABreach_theBreachStands() {
    // P1 due 09:00 + 4 h = 13:00, missed; changed into the empty P2 cell at 14:00.
    CaseTimeline t = opened("2026-11-16T09:00", P1).withSeverityChange(ny("2026-11-16T14:00"), P2);
    MetricStatus s = status(withEmptyCell(), t, Metric.FIRST_RESPONSE, "2026-11-16T15:00");
    assertThat(s.state()).isEqualTo(SlaState.BREACHED);
    assertThat(s.breachedAt()).contains(ny("2026-11-16T13:00"));
    assertThat(s.deadline()).contains(ny("2026-11-16T13:00"));
  }

  @Test
  void cycle_startedWhilePaused_startsPaused() {
    SlaPolicy policy = all(policy(), Metric.NEXT_REPLY, businessHours(2)).build();
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withAgentReply(ny("2026-11-16T09:30"))
            .withPause(ny("2026-11-16T10:00"))
            .withCustomerReply(ny("2026-11-16T11:00")); // a cycle starts, paused; no resume
    MetricStatus paused = status(policy, t, Metric.NEXT_REPLY, "2026-11-16T12:00");
    assertThat(paused.state()).isEqualTo(SlaState.PAUSED);
    assertThat(paused.elapsed()).isZero();
    assertThat(paused.deadline()).contains(ny("2026-11-16T14:00")); // as if resumed at 12:00

    CaseTimeline resumed = t.withResume(ny("2026-11-16T13:00"));
    MetricStatus running = status(policy, resumed, Metric.NEXT_REPLY, "2026-11-16T13:30");
    assertThat(running.state()).isEqualTo(SlaState.RUNNING);
    assertThat(running.clockStart()).contains(ny("2026-11-16T11:00"));
    assertThat(running.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(running.deadline()).contains(ny("2026-11-16T15:00"));
  }

  @Test
  void firstResponse_solveBeforeAnyAgentReply_stopsItForGood() {
    SlaPolicy policy = all(policy(), Metric.FIRST_RESPONSE, businessHours(4)).build();
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withSolved(ny("2026-11-16T10:00"))
            .withReopened(ny("2026-11-16T11:00"))
            .withAgentReply(ny("2026-11-16T16:00"));
    MetricStatus s = status(policy, t, Metric.FIRST_RESPONSE, "2026-11-17T09:00");
    assertThat(s.state()).isEqualTo(SlaState.MET);
    assertThat(s.stoppedAt()).contains(ny("2026-11-16T10:00"));
    assertThat(s.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(s.cycle()).isEqualTo(1);
    assertThat(s.cyclesMet()).isEqualTo(1);
  }

  @Test
  void nextReply_customerRepliesBeforeTheFirstAgentReply_startNothing() {
    SlaPolicy policy = all(policy(), Metric.NEXT_REPLY, businessHours(2)).build();
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withCustomerReply(ny("2026-11-16T09:10"))
            .withCustomerReply(ny("2026-11-16T09:20"))
            .withAgentReply(ny("2026-11-16T15:00"));
    MetricStatus none = status(policy, t, Metric.NEXT_REPLY, "2026-11-16T16:00");
    assertThat(none.state()).isEqualTo(SlaState.NOT_APPLICABLE);
    assertThat(none.coverage().reason()).contains(NotCoveredReason.NO_CYCLE_YET);
    assertThat(none.cycle()).isZero();

    MetricStatus first =
        status(
            policy,
            t.withCustomerReply(ny("2026-11-16T15:30")),
            Metric.NEXT_REPLY,
            "2026-11-16T16:00");
    assertThat(first.cycle()).isEqualTo(1);
    assertThat(first.clockStart()).contains(ny("2026-11-16T15:30"));
    assertThat(first.deadline()).contains(ny("2026-11-16T17:30"));
  }

  @Test
  void nextReply_afterAReopen_theNextCustomerReplyStartsACycle() {
    SlaPolicy policy = all(policy(), Metric.NEXT_REPLY, businessHours(2)).build();
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withAgentReply(ny("2026-11-16T09:30"))
            .withSolved(ny("2026-11-16T10:00"))
            .withReopened(ny("2026-11-16T11:00")); // the reopen itself starts nothing
    assertThat(status(policy, t, Metric.NEXT_REPLY, "2026-11-16T12:00").cycle()).isZero();
    MetricStatus s =
        status(
            policy,
            t.withCustomerReply(ny("2026-11-16T12:00")),
            Metric.NEXT_REPLY,
            "2026-11-16T13:00");
    assertThat(s.state()).isEqualTo(SlaState.RUNNING);
    assertThat(s.cycle()).isEqualTo(1);
    assertThat(s.deadline()).contains(ny("2026-11-16T14:00"));
  }

  @Test
  void eventsAfterNow_areIgnored() {
    SlaPolicy policy =
        all(
                all(policy(), Metric.FIRST_RESPONSE, businessHours(4)),
                Metric.RESOLUTION,
                businessHours(8))
            .build();
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withSeverityChange(ny("2026-11-16T10:30"), P1)
            .withAgentReply(ny("2026-11-16T11:00"))
            .withSolved(ny("2026-11-16T12:00"));
    CaseStatus s = SlaTracker.of(policy).status(t, ny("2026-11-16T10:00"));
    MetricStatus first = s.metric(Metric.FIRST_RESPONSE);
    assertThat(first.state()).isEqualTo(SlaState.RUNNING);
    assertThat(first.deadline()).contains(ny("2026-11-16T13:00"));
    assertThat(first.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(first.stoppedAt()).isEmpty();
    assertThat(s.metric(Metric.RESOLUTION).state()).isEqualTo(SlaState.RUNNING);
    assertThat(s.severity()).isEqualTo(P2);
  }

  @Test
  void businessDays_lengthIsMeasuredWithoutPauses_pausesMoveTheDeadlineByBusinessTime() {
    SlaPolicy policy =
        all(policy(), Metric.FIRST_RESPONSE, ResponseTarget.ofBusinessDays(2, HOURS)).build();
    // Wed 2026-11-25 14:00 + 2 business days: Thanksgiving is closed, Fri the first, Mon 11-30
    // 14:00 the second. Length: Wed 4 h + Fri 15 h + Mon 11 h = 30 h.
    CaseTimeline plain = opened("2026-11-25T14:00", P2);
    MetricStatus s = status(policy, plain, Metric.FIRST_RESPONSE, "2026-11-25T15:00");
    assertThat(s.deadline()).contains(ny("2026-11-30T14:00"));
    assertThat(s.targetLength()).isEqualTo(Duration.ofHours(30));

    // Paused Wed 15:00 to Fri 04:00: 3 h on Wednesday + 1 h on Friday of business time, so the
    // deadline moves 4 business hours: Mon 14:00 -> Mon 18:00. The length stays 30 h.
    CaseTimeline paused =
        plain.withPause(ny("2026-11-25T15:00")).withResume(ny("2026-11-27T04:00"));
    MetricStatus p = status(policy, paused, Metric.FIRST_RESPONSE, "2026-11-27T05:00");
    assertThat(p.deadline()).contains(ny("2026-11-30T18:00"));
    assertThat(p.targetLength()).isEqualTo(Duration.ofHours(30));
    assertThat(p.elapsed()).isEqualTo(Duration.ofHours(2)); // Wed 14-15 + Fri 04-05
  }

  @Test
  void businessDays_underRestart_lengthIsMeasuredFromTheChange() {
    SlaPolicy policy =
        policy()
            .target(GOLD, P1, ResponseTarget.ofBusinessDays(1, HOURS))
            .target(GOLD, P2, businessHours(8))
            .target(GOLD, P3, businessHours(8))
            .build();
    // Changed to P1 at Mon 12:00 under RESTART: 1 business day from Mon 12:00 is Tue 12:00;
    // length Mon 12:00-18:00 6 h + Tue 03:00-12:00 9 h = 15 h.
    CaseTimeline t = opened("2026-11-16T10:00", P2).withSeverityChange(ny("2026-11-16T12:00"), P1);
    MetricStatus s = restarted(policy, t, Metric.FIRST_RESPONSE, "2026-11-16T13:00");
    assertThat(s.deadline()).contains(ny("2026-11-17T12:00"));
    assertThat(s.targetLength()).isEqualTo(Duration.ofHours(15));
    assertThat(s.clockStart()).contains(ny("2026-11-16T12:00"));
  }

  @Test
  void thresholds_areFractionsOfTheLength_pausesExcluded() {
    SlaPolicy policy = all(policy(), Metric.RESOLUTION, businessHours(8)).build();
    // Opened Mon 09:00, paused 10:00-12:00: 50 % (4 h) = 1 h + 3 h from 12:00 = 15:00; 75 % (6 h)
    // = 17:00; 90 % (7 h 12 min) = Mon 18:00 (7 h) + 12 min = Tue 03:12; 100 % = Tue 04:00.
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withPause(ny("2026-11-16T10:00"))
            .withResume(ny("2026-11-16T12:00"));
    MetricStatus s = status(policy, t, Metric.RESOLUTION, "2026-11-16T13:00");
    assertThat(s.thresholds(0.5, 0.75, 0.9, 1.0))
        .extracting(Threshold::instant)
        .containsExactly(
            ny("2026-11-16T15:00"),
            ny("2026-11-16T17:00"),
            ny("2026-11-17T03:12"),
            ny("2026-11-17T04:00"));
  }

  @Test
  void notCovered_everyMetricNotApplicable() {
    SlaPolicy policy =
        all(
                all(policy(), Metric.FIRST_RESPONSE, businessHours(4)),
                Metric.RESOLUTION,
                businessHours(8))
            .channels(PHONE, Channel.FORUM)
            .build();
    CaseTimeline t =
        CaseTimeline.opened(
            ny("2026-11-16T09:00"), GOLD, P2, Channel.FORUM, ApplicationArea.EDITOR);
    CaseStatus s = SlaTracker.of(policy).status(t, ny("2026-11-16T20:00"));
    for (Metric m : policy.metrics()) {
      assertThat(s.metric(m).state()).isEqualTo(SlaState.NOT_APPLICABLE);
      assertThat(s.metric(m).coverage().reason()).contains(NotCoveredReason.CHANNEL_NOT_COVERED);
      assertThat(s.metric(m).cycle()).isZero();
    }
  }

  @Test
  void severity_ofAStoppedMetric_isTheCaseSeverityAtNow() {
    SlaPolicy policy =
        all(
                all(policy(), Metric.FIRST_RESPONSE, businessHours(4)),
                Metric.RESOLUTION,
                businessHours(8))
            .build();
    CaseTimeline t =
        opened("2026-11-16T09:00", P2)
            .withAgentReply(ny("2026-11-16T10:00"))
            .withSeverityChange(ny("2026-11-16T11:00"), P1);
    CaseStatus s = SlaTracker.of(policy).status(t, ny("2026-11-16T12:00"));
    assertThat(s.severity()).isEqualTo(P1);
    assertThat(s.metric(Metric.RESOLUTION).severity()).isEqualTo(P1);
    assertThat(s.metric(Metric.FIRST_RESPONSE).severity()).isEqualTo(P1); // fails: P2
  }
}
