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
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The worked example of the semantics page for the four metrics: a case with two customer waits,
 * three agent replies and a solve, on the seed's business hours (Mon–Fri 03:00–18:00 New York).
 */
class CyclicMetricsExampleTest {

  static final ZoneId NY = ZoneId.of("America/New_York");
  static final SupportTier STANDARD = SupportTier.of("standard", "Standard");
  static final Severity P2 = Severity.of("P2");

  static Instant ny(String local) {
    return LocalDateTime.parse(local).atZone(NY).toInstant();
  }

  static SlaPolicy policy() {
    BusinessCalendar hours = SlaPolicy.threekitBusinessHours(HolidayCalendar.usFederal());
    SlaPolicy.Builder builder =
        SlaPolicy.builder()
            .name("Acme")
            .severities(Severity.of("P1"), P2)
            .tiers(STANDARD)
            .channels(Channel.EMAIL)
            .coveredChannels(Set.of(Channel.EMAIL));
    for (Severity s : List.of(Severity.of("P1"), P2)) {
      builder
          .target(STANDARD, s, ResponseTarget.ofBusinessTime(Duration.ofHours(4), hours))
          .target(
              Metric.NEXT_REPLY,
              STANDARD,
              s,
              ResponseTarget.ofBusinessTime(Duration.ofHours(2), hours))
          .target(
              Metric.PERIODIC_UPDATE,
              STANDARD,
              s,
              ResponseTarget.ofElapsed(Duration.ofHours(24), NY))
          .target(Metric.RESOLUTION, STANDARD, s, ResponseTarget.ofBusinessDays(5, hours));
    }
    return builder.build();
  }

  static CaseTimeline timeline() {
    return CaseTimeline.opened(
            ny("2026-11-16T10:00"), STANDARD, P2, Channel.EMAIL, ApplicationArea.of("api"))
        .withAgentReply(ny("2026-11-16T11:00"))
        .withCustomerReply(ny("2026-11-16T17:00"))
        .withCustomerReply(ny("2026-11-16T17:30"))
        .withAgentReply(ny("2026-11-17T05:00"))
        .withCustomerReply(ny("2026-11-17T09:00"))
        .withAgentReply(ny("2026-11-17T10:00"))
        .withSolved(ny("2026-11-17T12:00"));
  }

  static CaseStatus at(String local) {
    return SlaTracker.of(policy()).status(timeline(), ny(local));
  }

  @Test
  void beforeTheFirstReply_cyclicMetricsHaveNoCycleYet() {
    MetricStatus next = at("2026-11-16T10:30").metric(Metric.NEXT_REPLY);
    assertThat(next.state()).isEqualTo(SlaState.NOT_APPLICABLE);
    assertThat(next.coverage().reason()).contains(NotCoveredReason.NO_CYCLE_YET);
    assertThat(next.cycle()).isZero();
  }

  @Test
  void nextReply_firstWaitBreachesAtTuesdayFour_secondReplyJoinsIt() {
    // Customer at Mon 17:00: 1 h to the close, then 1 h from Tue 03:00, due Tue 04:00. The 17:30
    // reply joins the running cycle.
    MetricStatus next = at("2026-11-17T04:30").metric(Metric.NEXT_REPLY);
    assertThat(next.state()).isEqualTo(SlaState.BREACHED);
    assertThat(next.cycle()).isOne();
    assertThat(next.deadline()).contains(ny("2026-11-17T04:00"));
    assertThat(next.breachedAt()).contains(ny("2026-11-17T04:00"));
    assertThat(next.elapsed()).isEqualTo(Duration.ofMinutes(150));
  }

  @Test
  void afterTheSolve_countsAndStates() {
    CaseStatus status = at("2026-11-17T13:00");
    MetricStatus next = status.metric(Metric.NEXT_REPLY);
    assertThat(next.state()).isEqualTo(SlaState.MET);
    assertThat(next.cycle()).isEqualTo(2);
    assertThat(next.deadline()).contains(ny("2026-11-17T11:00"));
    assertThat(next.stoppedAt()).contains(ny("2026-11-17T10:00"));
    assertThat(next.cyclesMet()).isOne();
    assertThat(next.cyclesBreached()).isOne();
    MetricStatus update = status.metric(Metric.PERIODIC_UPDATE);
    // Cycles from each agent reply: Mon 11:00, Tue 05:00, Tue 10:00; the last stopped by the solve.
    assertThat(update.state()).isEqualTo(SlaState.MET);
    assertThat(update.cycle()).isEqualTo(3);
    assertThat(update.deadline()).contains(ny("2026-11-18T10:00"));
    assertThat(update.stoppedAt()).contains(ny("2026-11-17T12:00"));
    assertThat(update.cyclesMet()).isEqualTo(3);
    assertThat(update.cyclesBreached()).isZero();
    MetricStatus resolution = status.metric(Metric.RESOLUTION);
    // 5 business days from Mon 10:00 = Mon 2026-11-23 10:00, 75 business hours.
    assertThat(resolution.state()).isEqualTo(SlaState.MET);
    assertThat(resolution.targetLength()).isEqualTo(Duration.ofHours(75));
    assertThat(resolution.deadline()).contains(ny("2026-11-23T10:00"));
    assertThat(resolution.remaining()).isEqualTo(Duration.ofHours(58));
    assertThat(status.primary().metric()).isEqualTo(Metric.FIRST_RESPONSE);
    assertThat(status.respondedAt()).contains(ny("2026-11-16T11:00"));
    assertThat(next.explanation().toString())
        .contains(
            "Next reply cycle 2 started at Tue 2026-11-17 09:00 EST, at the customer's reply;")
        .contains("of the 1 before it, 0 met, 1 breached");
  }

  @Test
  void aClosureOnTheWay_isNamedInTheExplanation_andMovesTheDeadline() {
    BusinessCalendar office =
        BusinessCalendar.builder(NY)
            .hours(
                java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.FRIDAY,
                java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(17, 0))
            .closure(ny("2026-11-16T12:00"), ny("2026-11-16T15:00"), "Office event")
            .build();
    SlaPolicy policy =
        SlaPolicy.builder()
            .severities(P2)
            .tiers(STANDARD)
            .coveredChannels(Set.of(Channel.EMAIL))
            .target(STANDARD, P2, ResponseTarget.ofBusinessTime(Duration.ofHours(4), office))
            .build();
    CaseTimeline timeline =
        CaseTimeline.opened(
            ny("2026-11-16T10:00"), STANDARD, P2, Channel.EMAIL, ApplicationArea.of("api"));
    CaseStatus status = SlaTracker.of(policy).status(timeline, ny("2026-11-16T11:00"));
    // 10:00-12:00 is 2 h, the office event closes 12:00-15:00, then 15:00-17:00: due 17:00.
    assertThat(status.deadline()).contains(ny("2026-11-16T17:00"));
    ExplanationStep closure =
        status.explanation().steps().stream()
            .filter(s -> s.kind() == StepKind.CLOSURE_SKIPPED)
            .findFirst()
            .orElseThrow();
    assertThat(closure.text())
        .isEqualTo(
            "Skipped the closure 'Office event' from Mon 2026-11-16 12:00 EST to Mon 2026-11-16"
                + " 15:00 EST: business hours are closed then.");
    assertThat(closure.facts()).containsEntry("reason", "Office event");
  }

  @Test
  void equalStatuses_areEqualWithoutRenderingText() {
    assertThat(at("2026-11-17T13:00")).isEqualTo(at("2026-11-17T13:00"));
    assertThat(at("2026-11-17T13:00")).isNotEqualTo(at("2026-11-17T12:59"));
  }
}
