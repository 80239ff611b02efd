package io.github.sla4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.github.sla4j.jackson.SlaModule;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.NotCoveredReason;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.MetricStatus;
import io.github.sla4j.tracking.SlaState;
import io.github.sla4j.tracking.SlaTracker;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class BerlinHelpDeskPolicyTest {

  static final Path JSON = Path.of("../docs/examples/berlin-helpdesk-policy.json");
  static final ObjectMapper MAPPER =
      new ObjectMapper().registerModule(new SlaModule()).enable(SerializationFeature.INDENT_OUTPUT);

  private static Instant berlin(String local) {
    return LocalDateTime.parse(local).atZone(BerlinHelpDeskPolicy.BERLIN).toInstant();
  }

  @Test
  void run_enterpriseP2BeforeEaster_isDueTuesdayAfterEasterMonday() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Instant due = BerlinHelpDeskPolicy.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(due).isEqualTo(Instant.parse("2027-03-30T07:00:00Z"));
    assertThat(due).isEqualTo(berlin("2027-03-30T09:00"));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Enterprise P2 - major: 2 h of business time")
        .contains("Basic P4 - question: 3 business days");
  }

  @Test
  void track_enterpriseP2_firstResponseMet_resolutionBreachedAfterTheReopen() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    CaseStatus status =
        BerlinHelpDeskPolicy.track(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    MetricStatus first = status.metric(Metric.FIRST_RESPONSE);
    assertThat(first.state()).isEqualTo(SlaState.MET);
    assertThat(first.deadline()).contains(berlin("2026-11-16T11:00"));
    assertThat(first.remaining()).isEqualTo(Duration.ofMinutes(30));
    MetricStatus resolution = status.metric(Metric.RESOLUTION);
    // 2 business days from Mon 09:00 = 20 business hours; the pause Mon 11:00 to Tue 09:00 holds
    // 8 of them (Mon 11-18, Tue 08-09), so due Wed 17:00; solved Wed 12:00 with 5 h left;
    // reopened Thu 09:00, so due Thu 14:00; solved Thu 15:00, 1 h late.
    assertThat(resolution.state()).isEqualTo(SlaState.BREACHED);
    assertThat(resolution.targetLength()).isEqualTo(Duration.ofHours(20));
    assertThat(resolution.deadline()).contains(berlin("2026-11-19T14:00"));
    assertThat(resolution.breachedAt()).contains(berlin("2026-11-19T14:00"));
    assertThat(resolution.stoppedAt()).contains(berlin("2026-11-19T15:00"));
    assertThat(resolution.lateness()).contains(Duration.ofHours(1));
    assertThat(resolution.cyclesMet()).isZero();
    assertThat(resolution.cyclesBreached()).isOne();
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("waiting for customer: 22 h that do not count (8 h of business time)")
        .contains("the 21 h while solved do not count")
        .contains("Case solved at Thu 2026-11-19 15:00 CET: late by 1 h");
  }

  @Test
  void userGuide_showsTheResolutionExplanationExactly() throws java.io.IOException {
    CaseStatus status =
        BerlinHelpDeskPolicy.track(
            new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    String guide = java.nio.file.Files.readString(Path.of("../docs/user-guide.md"));
    assertThat(guide).contains(status.metric(Metric.RESOLUTION).explanation().toString());
  }

  @Test
  void emptyResolutionCell_notApplicable_andAChangeOutOfItAppliesFromTheOpening() {
    SlaPolicy policy = BerlinHelpDeskPolicy.policy();
    SlaTracker tracker = SlaTracker.of(policy);
    CaseTimeline question =
        CaseTimeline.opened(
            berlin("2026-11-16T09:00"),
            policy.tier("enterprise"),
            policy.severity("P4"),
            policy.channel("chat"),
            ApplicationArea.of("api"));
    CaseStatus status = tracker.status(question, berlin("2026-11-16T10:00"));
    assertThat(status.metric(Metric.RESOLUTION).state()).isEqualTo(SlaState.NOT_APPLICABLE);
    assertThat(status.metric(Metric.RESOLUTION).coverage().message())
        .isEqualTo("the policy has no resolution target for Enterprise P4 - question cases");
    assertThat(status.metric(Metric.FIRST_RESPONSE).state()).isEqualTo(SlaState.RUNNING);

    CaseTimeline changed =
        CaseTimeline.opened(
                berlin("2026-11-16T09:00"),
                policy.tier("enterprise"),
                policy.severity("P2"),
                policy.channel("chat"),
                ApplicationArea.of("api"))
            .withSeverityChange(berlin("2026-11-16T10:00"), policy.severity("P4"))
            .withSeverityChange(berlin("2026-11-16T11:00"), policy.severity("P2"));
    assertThat(
            tracker.status(changed, berlin("2026-11-16T10:30")).metric(Metric.RESOLUTION).state())
        .isEqualTo(SlaState.NOT_APPLICABLE);
    MetricStatus back =
        tracker.status(changed, berlin("2026-11-16T12:00")).metric(Metric.RESOLUTION);
    assertThat(back.state()).isEqualTo(SlaState.RUNNING);
    assertThat(back.deadline()).contains(berlin("2026-11-18T09:00"));
    assertThat(back.elapsed()).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void policy_speaksItsOwnWords() {
    SlaPolicy policy = BerlinHelpDeskPolicy.policy();
    assertThat(policy.severities()).extracting(s -> s.id()).containsExactly("P1", "P2", "P3", "P4");
    assertThat(policy.tiers())
        .extracting(t -> t.id())
        .containsExactly("basic", "business", "enterprise");
    Instant thu = berlin("2027-03-25T17:00");
    // Enterprise P1 on the 24/7 clock: one real hour.
    assertThat(policy.responseDeadline(policy.tier("enterprise"), policy.severity("P1"), thu))
        .isEqualTo(thu.plusSeconds(3600));
    // Business P3, one business day from Thu 17:00: Tue 17:00 (Fri and Mon are holidays).
    assertThat(policy.responseDeadline(policy.tier("business"), policy.severity("P3"), thu))
        .isEqualTo(berlin("2027-03-30T17:00"));
    assertThat(
            policy
                .coverage(
                    policy.tier("basic"), policy.channel("community"), ApplicationArea.of("x"))
                .reason())
        .contains(NotCoveredReason.CHANNEL_NOT_COVERED);
    var holidays = BerlinHelpDeskPolicy.germanHolidays();
    assertThat(holidays.isHoliday(LocalDate.of(2027, 5, 6))).as("Ascension 2027").isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2027, 5, 17))).as("Whit Monday 2027").isTrue();
    assertThat(holidays.isHoliday(LocalDate.of(2027, 10, 4))).as("no observance").isFalse();
  }

  @Test
  void docsExample_isExactlyWhatTheModuleWrites_andReadsBackWithTheSameDeadlines()
      throws Exception {
    SlaPolicy policy = BerlinHelpDeskPolicy.policy();
    String json = MAPPER.writeValueAsString(policy) + "\n";
    if (!Files.exists(JSON)) {
      Files.writeString(JSON, json);
    }
    assertThat(Files.readString(JSON))
        .as("docs/examples/berlin-helpdesk-policy.json is out of date; delete it and rerun")
        .isEqualTo(json);
    SlaPolicy back = MAPPER.readValue(JSON.toFile(), SlaPolicy.class);
    assertThat(back).isEqualTo(policy);
    Instant t = Instant.parse("2027-01-01T00:00:00Z");
    for (int i = 0; i < 500; i++) {
      t = t.plusSeconds(1381 * 60);
      for (var tier : policy.tiers()) {
        for (var severity : policy.severities()) {
          assertThat(back.responseDeadline(tier, severity, t))
              .isEqualTo(policy.responseDeadline(tier, severity, t));
        }
      }
    }
  }
}
