package io.github.sla4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.policy.FieldProblem;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.SlaState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs every example and checks what it computes. */
class ExamplesTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

  private String output() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void deadlineExample_premierUrgentAcrossThanksgiving_dueFriday0600() {
    Instant due = DeadlineExample.run(out);

    // Wed 17:00-18:00 is 1 h, Thanksgiving is closed, Fri 03:00 + 3 h = 06:00 EST.
    assertThat(due).isEqualTo(Instant.parse("2026-11-27T11:00:00Z"));
    assertThat(output())
        .contains("No SLA: CHANNEL_NOT_COVERED (cases logged through FORUM are not under the SLA");
  }

  @Test
  void followTheSunExample_65HoursInTheMarchMismatchWeek_deadlineInBerlinMonday() {
    Instant due = FollowTheSunExample.run(out);

    assertThat(due).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
    assertThat(output()).contains("Week of 2026-03-02: 70 h").contains("Week of 2026-03-09: 65 h");
  }

  @Test
  void statusExample_escalatedAfterPause_runningWithRetroactiveDeadline() {
    List<String> scheduled = new ArrayList<>();
    CaseStatus status =
        StatusExample.run(out, (id, fraction, at) -> scheduled.add(id + " " + fraction + " " + at));

    assertThat(status.state()).isEqualTo(SlaState.RUNNING);
    assertThat(status.deadline()).contains(Instant.parse("2026-11-19T16:00:00Z"));
    assertThat(status.elapsed()).hasMinutes(210);
    assertThat(status.remaining()).hasMinutes(30);
    assertThat(scheduled)
        .containsExactly(
            "CASE-1042 0.5 2026-11-18T17:00:00Z",
            "CASE-1042 0.75 2026-11-19T15:00:00Z",
            "CASE-1042 0.9 2026-11-19T15:36:00Z",
            "CASE-1042 1.0 2026-11-19T16:00:00Z");
    assertThat(output()).contains("re-targeted under the RETROACTIVE rule");
  }

  @Test
  void customPolicyExample_urgentOverEaster_skipsGoodFridayAndEasterMonday() {
    Instant due = CustomPolicyExample.run(out);

    // Thu 2027-03-25 15:00-17:00 GMT is 2 h; Good Friday and Easter Monday are closed; Tue 09:00
    // BST + 2 h = 11:00 BST.
    assertThat(due).isEqualTo(Instant.parse("2027-03-30T10:00:00Z"));
    assertThat(output()).contains("CRITICAL: 2 h on the 24/7 clock -> 2027-03-25T17:00Z");
  }

  @Test
  void fixedClockExample_sameAnswerEveryRun() {
    CaseStatus status = FixedClockExample.run(out);

    assertThat(status.state()).isEqualTo(SlaState.RUNNING);
    assertThat(status.now()).isEqualTo(Instant.parse("2026-11-18T17:00:00Z"));
    // Premier High: 1 business day from Wed 09:00 is Thu 09:00 EST.
    assertThat(status.deadline()).contains(Instant.parse("2026-11-19T14:00:00Z"));
    assertThat(output()).contains("breached: false");
  }

  @Test
  void caseIntakeExample_reportsEveryProblemAtOnce() {
    List<FieldProblem> problems =
        CaseIntakeExample.validate(
            new CaseIntakeExample.SupportForm("not a link", null, null, ""), out);

    assertThat(problems)
        .extracting(FieldProblem::field)
        .containsExactly("links[0]", "stepsToReproduce", "firstNoticedAt", "expectedBehaviour");
  }

  @Test
  void caseIntakeExample_validForm_hasNoProblems() {
    CaseIntakeExample.SupportForm form =
        new CaseIntakeExample.SupportForm(
            "https://admin.example.com/catalog",
            "Open the player",
            Instant.parse("2026-11-20T10:00:00Z"),
            "The model loads");

    assertThat(CaseIntakeExample.validate(form, out)).isEmpty();
  }

  @Test
  void caseIntakeExample_maintenanceWindowIsHalfOpen() {
    assertThat(CaseIntakeExample.underMaintenance(Instant.parse("2026-11-21T07:00:00Z"), out))
        .isTrue();
    assertThat(CaseIntakeExample.underMaintenance(Instant.parse("2026-11-21T09:00:00Z"), out))
        .isFalse();
  }

  /** Needs the policy reader and writer of sla-jackson. */
  @Test
  void policyJsonExample_roundTripsThePolicy(@TempDir Path dir) {
    SlaPolicy policy = PolicyJsonExample.run(out, dir.resolve("emea.json"));

    assertThat(policy).isEqualTo(CustomPolicyExample.emeaPolicy());
    assertThat(
            policy.responseDeadline(
                SupportTier.PREMIER, Severity.URGENT, Instant.parse("2027-03-25T15:00:00Z")))
        .isEqualTo(Instant.parse("2027-03-30T10:00:00Z"));
  }
}
