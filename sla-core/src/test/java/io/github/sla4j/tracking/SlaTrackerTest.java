package io.github.sla4j.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.NotCoveredReason;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlaTrackerTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final SlaTracker RETRO = SlaTracker.of(SlaPolicy.threekit());
  private static final SlaTracker RESTART =
      RETRO.withSeverityChangeRule(SeverityChangeRule.RESTART);

  static Instant ny(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  static CaseTimeline opened(String at, SupportTier tier, Severity severity) {
    return CaseTimeline.opened(
        ny(at), tier, severity, Channel.SUPPORT_PORTAL, ApplicationArea.EDITOR);
  }

  @Test
  void status_caseOnSaturday_clockStartsAtMondayOpen() {
    CaseStatus status =
        RETRO.status(
            opened("2026-11-21T10:00", SupportTier.PREMIER, Severity.URGENT),
            ny("2026-11-23T05:00"));
    assertThat(status.state()).isEqualTo(SlaState.RUNNING);
    assertThat(status.deadline()).contains(ny("2026-11-23T07:00"));
    assertThat(status.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(status.remaining()).isEqualTo(Duration.ofHours(2));
    assertThat(status.fractionUsed()).isEqualTo(0.5);
    ExplanationStep start = step(status, StepKind.CLOCK_STARTS_AT_NEXT_OPEN);
    assertThat(start.text())
        .contains("on Saturday")
        .contains("next open, Mon 2026-11-23 03:00 EST");
  }

  @Test
  void status_friday1700UrgentPremier_dueMonday0600() {
    CaseStatus status =
        RETRO.status(
            opened("2026-11-20T17:00", SupportTier.PREMIER, Severity.URGENT),
            ny("2026-11-20T17:30"));
    assertThat(status.deadline()).contains(ny("2026-11-23T06:00"));
    assertThat(status.thresholds(0.25, 0.5, 1.0))
        .extracting(Threshold::instant)
        .containsExactly(ny("2026-11-20T18:00"), ny("2026-11-23T04:00"), ny("2026-11-23T06:00"));
  }

  @Test
  void status_dayBeforeThanksgiving_skipsThanksgivingDayByName() {
    CaseStatus status =
        RETRO.status(
            opened("2026-11-25T12:00", SupportTier.PREMIER, Severity.HIGH), ny("2026-11-25T12:00"));
    assertThat(status.deadline()).contains(ny("2026-11-27T12:00"));
    assertThat(status.targetLength()).isEqualTo(Duration.ofHours(15));
    assertThat(step(status, StepKind.HOLIDAY_SKIPPED).text())
        .contains("Thanksgiving Day")
        .contains("Thu 2026-11-26");
  }

  @Test
  void status_criticalAcrossFallBack_isElapsedTimeAndExplainsTheWallClock() {
    CaseStatus status =
        RETRO.status(
            opened("2026-11-01T00:30", SupportTier.STANDARD, Severity.CRITICAL),
            ny("2026-11-01T01:00"));
    assertThat(status.deadline()).contains(ny("2026-11-01T00:30").plus(Duration.ofHours(4)));
    assertThat(status.elapsed()).isEqualTo(Duration.ofMinutes(30));
    assertThat(step(status, StepKind.WALL_CLOCK_CHANGE).text()).contains("-04:00 to -05:00");
  }

  @Test
  void status_escalationMediumToCritical_retroactive_measuresFromOpening() {
    CaseTimeline timeline =
        opened("2026-11-16T10:00", SupportTier.STANDARD, Severity.MEDIUM)
            .withSeverityChange(ny("2026-11-16T12:00"), Severity.CRITICAL);
    CaseStatus status = RETRO.status(timeline, ny("2026-11-16T13:00"));
    assertThat(status.state()).isEqualTo(SlaState.RUNNING);
    assertThat(status.deadline()).contains(ny("2026-11-16T14:00"));
    assertThat(status.elapsed()).isEqualTo(Duration.ofHours(3));
    assertThat(status.remaining()).isEqualTo(Duration.ofHours(1));
    assertThat(step(status, StepKind.SEVERITY_CHANGED).text())
        .contains(
            "from Medium to Critical", "RETROACTIVE", "2 h already used", "Mon 2026-11-16 14:00");
    // The policy's words as people read them, not the ids.
    assertThat(step(status, StepKind.OPENED).text())
        .contains("Standard tier, Medium severity, via Support portal, area Editor");
  }

  @Test
  void status_escalationMediumToCritical_restart_startsAtTheChange() {
    CaseTimeline timeline =
        opened("2026-11-16T10:00", SupportTier.STANDARD, Severity.MEDIUM)
            .withSeverityChange(ny("2026-11-16T12:00"), Severity.CRITICAL);
    CaseStatus status = RESTART.status(timeline, ny("2026-11-16T13:00"));
    assertThat(status.deadline()).contains(ny("2026-11-16T16:00"));
    assertThat(status.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(status.clockStart()).contains(ny("2026-11-16T12:00"));
    assertThat(step(status, StepKind.SEVERITY_CHANGED).text()).contains("RESTART", "afresh");
  }

  @Test
  void status_escalationWhoseDeadlineHasPassed_breachesAtTheChange() {
    CaseTimeline timeline =
        opened("2026-11-16T10:00", SupportTier.STANDARD, Severity.MEDIUM)
            .withSeverityChange(ny("2026-11-16T15:00"), Severity.CRITICAL);
    CaseStatus status = RETRO.status(timeline, ny("2026-11-16T15:00"));
    assertThat(status.state()).isEqualTo(SlaState.BREACHED);
    assertThat(status.deadline()).contains(ny("2026-11-16T14:00"));
    assertThat(status.breachedAt()).contains(ny("2026-11-16T15:00"));
    assertThat(status.lateness()).contains(Duration.ofHours(1));
    assertThat(RESTART.status(timeline, ny("2026-11-16T15:00")).state())
        .isEqualTo(SlaState.RUNNING);
    assertThat(RETRO.status(timeline, ny("2026-11-16T14:59")).state()).isEqualTo(SlaState.RUNNING);
  }

  @Test
  void status_pause_excludesItsTime() {
    CaseTimeline timeline =
        opened("2026-11-18T10:00", SupportTier.PREMIER, Severity.URGENT)
            .withPause(ny("2026-11-18T11:00"))
            .withResume(ny("2026-11-18T13:00"));
    CaseStatus during = RETRO.status(timeline, ny("2026-11-18T12:00"));
    assertThat(during.state()).isEqualTo(SlaState.PAUSED);
    assertThat(during.elapsed()).isEqualTo(Duration.ofHours(1));
    assertThat(during.remaining()).isEqualTo(Duration.ofHours(3));
    assertThat(during.deadline()).contains(ny("2026-11-18T15:00"));
    CaseStatus after = RETRO.status(timeline, ny("2026-11-18T14:00"));
    assertThat(after.state()).isEqualTo(SlaState.RUNNING);
    assertThat(after.deadline()).contains(ny("2026-11-18T16:00"));
    assertThat(after.elapsed()).isEqualTo(Duration.ofHours(2));
    assertThat(after.thresholdInstant(0.5)).isEqualTo(ny("2026-11-18T14:00"));
    assertThat(step(after, StepKind.PAUSED).text()).contains("2 h that do not count");
  }

  @Test
  void status_deEscalationAfterBreach_breachStands() {
    CaseTimeline timeline =
        opened("2026-11-18T10:00", SupportTier.PREMIER, Severity.CRITICAL)
            .withSeverityChange(ny("2026-11-18T13:00"), Severity.MEDIUM);
    CaseStatus status = RETRO.status(timeline, ny("2026-11-18T14:00"));
    assertThat(status.state()).isEqualTo(SlaState.BREACHED);
    assertThat(status.severity()).isEqualTo(Severity.MEDIUM);
    assertThat(status.deadline()).contains(ny("2026-11-18T12:00"));
    assertThat(status.breachedAt()).contains(ny("2026-11-18T12:00"));
    assertThat(status.lateness()).contains(Duration.ofHours(2));
    assertThat(status.latenessOnClock()).contains(Duration.ofHours(2));
    assertThat(status.remaining()).isZero();
    assertThat(step(status, StepKind.SEVERITY_CHANGED).text()).contains("stands");
    assertThat(status.explanation().steps())
        .extracting(ExplanationStep::kind)
        .containsExactly(
            StepKind.OPENED, StepKind.TARGET, StepKind.BREACHED, StepKind.SEVERITY_CHANGED);
  }

  @Test
  void status_responseExactlyAtDeadline_isMet_oneNanosecondLaterBreached() {
    CaseTimeline timeline = opened("2026-11-18T10:00", SupportTier.PREMIER, Severity.URGENT);
    Instant deadline = ny("2026-11-18T14:00");
    CaseStatus atDeadline = RETRO.status(timeline.withFirstResponse(deadline), deadline);
    assertThat(atDeadline.state()).isEqualTo(SlaState.MET);
    assertThat(atDeadline.remaining()).isZero();
    assertThat(atDeadline.fractionUsed()).isEqualTo(1.0);
    CaseStatus late =
        RETRO.status(timeline.withFirstResponse(deadline.plusNanos(1)), deadline.plusNanos(1));
    assertThat(late.state()).isEqualTo(SlaState.BREACHED);
    assertThat(late.lateness()).contains(Duration.ofNanos(1));
    assertThat(late.latenessOnClock()).contains(Duration.ofNanos(1));
    assertThat(RETRO.status(timeline, deadline).state()).isEqualTo(SlaState.RUNNING);
    assertThat(RETRO.status(timeline, deadline.plusNanos(1)).state()).isEqualTo(SlaState.BREACHED);
  }

  @Test
  void status_responseAfterCloseOfDeadlineDay_lateOnWallClockButNotOnBusinessClock() {
    CaseTimeline timeline =
        opened("2026-11-16T03:00", SupportTier.PREMIER, Severity.HIGH)
            .withFirstResponse(ny("2026-11-16T19:00"));
    CaseStatus status = RETRO.status(timeline, ny("2026-11-17T09:00"));
    assertThat(status.deadline()).contains(ny("2026-11-16T18:00"));
    assertThat(status.state()).isEqualTo(SlaState.BREACHED);
    assertThat(status.lateness()).contains(Duration.ofHours(1));
    assertThat(status.latenessOnClock()).contains(Duration.ZERO);
  }

  @Test
  void status_forumPost_notApplicableWithReason() {
    CaseTimeline timeline =
        CaseTimeline.opened(
            ny("2026-11-18T10:00"),
            SupportTier.PREMIER,
            Severity.CRITICAL,
            Channel.FORUM,
            ApplicationArea.EDITOR);
    CaseStatus status = RETRO.status(timeline, ny("2026-11-19T10:00"));
    assertThat(status.state()).isEqualTo(SlaState.NOT_APPLICABLE);
    assertThat(status.deadline()).isEmpty();
    assertThat(status.coverage().reason()).contains(NotCoveredReason.CHANNEL_NOT_COVERED);
    assertThat(step(status, StepKind.NOT_COVERED).text()).contains("FORUM");
    assertThatThrownBy(() -> status.thresholdInstant(0.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("not under the SLA");
  }

  @Test
  void status_standardCaseInPremierArea_notApplicable() {
    CaseTimeline timeline =
        CaseTimeline.opened(
            ny("2026-11-18T10:00"),
            SupportTier.STANDARD,
            Severity.HIGH,
            Channel.EMAIL,
            ApplicationArea.API);
    CaseStatus status = RETRO.status(timeline, ny("2026-11-18T10:00"));
    assertThat(status.state()).isEqualTo(SlaState.NOT_APPLICABLE);
    assertThat(status.coverage().reason()).contains(NotCoveredReason.AREA_OUTSIDE_TIER_SCOPE);
  }

  @Test
  void status_fixedClock_sameAsInstant_eventsAfterNowIgnored() {
    CaseTimeline timeline =
        opened("2026-11-18T10:00", SupportTier.PREMIER, Severity.URGENT)
            .withFirstResponse(ny("2026-11-18T13:00"));
    Clock clock = Clock.fixed(ny("2026-11-18T12:00"), NEW_YORK);
    CaseStatus status = RETRO.status(timeline, clock);
    assertThat(status).isEqualTo(RETRO.status(timeline, ny("2026-11-18T12:00")));
    assertThat(status.state()).isEqualTo(SlaState.RUNNING);
    assertThat(status.respondedAt()).isEmpty();
  }

  @Test
  void status_thresholds_forWarnings() {
    CaseStatus status =
        RETRO.status(
            opened("2026-11-18T10:00", SupportTier.PREMIER, Severity.HIGH), ny("2026-11-18T10:00"));
    assertThat(status.thresholds(0.5, 0.75, 0.9, 1.0))
        .extracting(Threshold::instant)
        .containsExactly(
            ny("2026-11-18T17:30"),
            ny("2026-11-19T06:15"),
            ny("2026-11-19T08:30"),
            ny("2026-11-19T10:00"));
    assertThatThrownBy(() -> status.thresholdInstant(-0.1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-0.1");
  }

  @Test
  void thresholdInstant_range_isZeroToTenTimesTheTarget() {
    CaseStatus status =
        RETRO.status(
            opened("2026-11-18T10:00", SupportTier.PREMIER, Severity.HIGH), ny("2026-11-18T10:00"));
    // One business day of 15 h; ten of them, exactly, from Wed 10:00.
    assertThat(status.thresholdInstant(CaseStatus.MAX_THRESHOLD_FRACTION))
        .isEqualTo(ny("2026-12-03T10:00"));
    assertThat(status.thresholdInstant(0)).isEqualTo(ny("2026-11-18T10:00"));
    for (double bad :
        new double[] {10.000001, 1e6, 500_000, Double.NaN, Double.POSITIVE_INFINITY}) {
      assertThatThrownBy(() -> status.thresholdInstant(bad))
          .as("fraction %s", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("must be from 0 to 10");
    }
  }

  @Test
  void thresholdInstant_beyondTheCalendar_isADateTimeException() {
    CaseStatus status =
        RETRO.status(
            CaseTimeline.opened(
                java.time.Instant.parse("+1000000000-12-31T00:00:00Z"),
                SupportTier.STANDARD,
                Severity.CRITICAL,
                Channel.SUPPORT_PORTAL,
                ApplicationArea.EDITOR),
            java.time.Instant.parse("+1000000000-12-31T00:00:00Z"));
    // 4 h around the clock, ten times over, would end after Instant.MAX.
    assertThatThrownBy(() -> status.thresholdInstant(10))
        .isInstanceOf(java.time.DateTimeException.class);
  }

  @Test
  void timeline_responseBeforeOpening_isRejected() {
    CaseTimeline timeline = opened("2026-11-18T10:00", SupportTier.PREMIER, Severity.URGENT);
    assertThatThrownBy(() -> timeline.withFirstResponse(ny("2026-11-18T09:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AgentReplied")
        .hasMessageContaining("before the case was opened");
  }

  @Test
  void timeline_resumeWithoutPause_isRejected() {
    CaseTimeline timeline = opened("2026-11-18T10:00", SupportTier.PREMIER, Severity.URGENT);
    assertThatThrownBy(() -> timeline.withResume(ny("2026-11-18T11:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not paused")
        .hasMessageContaining("add a pause before it");
  }

  @Test
  void timeline_rulesBroken_areRejectedWithValueRuleAndFix() {
    CaseTimeline timeline =
        opened("2026-11-18T10:00", SupportTier.PREMIER, Severity.URGENT)
            .withPause(ny("2026-11-18T12:00"));
    assertThatThrownBy(() -> timeline.withResume(ny("2026-11-18T11:00")))
        .hasMessageContaining("time order")
        .hasMessageContaining("add events in the order they happened");
    assertThatThrownBy(() -> timeline.withPause(ny("2026-11-18T12:30")))
        .hasMessageContaining("already paused");
    assertThatThrownBy(() -> timeline.withSeverityChange(ny("2026-11-18T12:30"), Severity.URGENT))
        .hasMessageContaining("already Urgent");
    CaseTimeline answered = timeline.withFirstResponse(ny("2026-11-18T13:00"));
    assertThatThrownBy(() -> answered.withFirstResponse(ny("2026-11-18T14:00")))
        .hasMessageContaining("already replied")
        .hasMessageContaining("withAgentReply");
    CaseTimeline solved = answered.withSolved(ny("2026-11-18T13:30"));
    assertThatThrownBy(() -> solved.withResume(ny("2026-11-18T14:00")))
        .hasMessageContaining("Resumed")
        .hasMessageContaining("2026-11-18T19:00:00Z")
        .hasMessageContaining("solved since")
        .hasMessageContaining("only a reopen may follow a solve");
    assertThatThrownBy(() -> timeline.withPause(null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> CaseTimeline.of(List.of(new CaseEvent.Paused(ny("2026-11-18T10:00")))))
        .hasMessageContaining("does not start with an Opened event");
    assertThatThrownBy(() -> RETRO.status(timeline, ny("2026-11-18T09:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before the case was opened");
  }

  @Test
  void timeline_of_rebuildsTheSameTimeline() {
    CaseTimeline timeline =
        opened("2026-11-18T10:00", SupportTier.PREMIER, Severity.URGENT)
            .withPause(ny("2026-11-18T11:00"))
            .withResume(ny("2026-11-18T11:00"))
            .withSeverityChange(ny("2026-11-18T11:00"), Severity.HIGH);
    assertThat(CaseTimeline.of(timeline.events())).isEqualTo(timeline);
    assertThat(timeline.severity()).isEqualTo(Severity.HIGH);
  }

  private static ExplanationStep step(CaseStatus status, StepKind kind) {
    return status.explanation().steps().stream()
        .filter(s -> s.kind() == kind)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + kind + " step in\n" + status.explanation()));
  }
}
