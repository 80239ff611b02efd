package io.github.sla4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every command, run in-process on the seed policy and on policy files. */
class SlaCliTest {

  @TempDir Path dir;

  private static JsonNode json(CliRun run) throws IOException {
    assertThat(run.exitCode()).as(run.err()).isZero();
    return Inputs.MAPPER.readTree(run.out());
  }

  // ------------------------------------------------------------------------------------------
  // deadline

  @Test
  void deadline_premierUrgentBeforeThanksgiving_printsDeadlineInBothZonesAndExplanation() {
    CliRun run =
        CliRun.of(
            "deadline",
            "--tier",
            "premier",
            "--severity",
            "urgent",
            "--opened",
            "2026-11-25T17:00-05:00",
            "--zone",
            "Europe/Berlin");

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Deadline   2026-11-27T11:00:00Z")
        .contains("Fri 2026-11-27 06:00 America/New_York (-05:00)")
        .contains("Fri 2026-11-27 12:00 Europe/Berlin (+01:00)")
        .contains("Skipped the holiday Thanksgiving Day")
        .contains("4 h of business time");
  }

  @Test
  void deadline_instantAndLocalForms_giveTheSameDeadline() {
    String[] base = {"deadline", "--tier", "premier", "--severity", "high", "--zone", "UTC"};
    String offset = run(base, "--opened", "2026-11-25T17:00-05:00").out();
    String instant = run(base, "--opened", "2026-11-25T22:00Z").out();
    String zoned = run(base, "--opened", "2026-11-25T17:00-05:00[America/New_York]").out();
    CliRun local =
        CliRun.of(
            "deadline", "--tier", "premier", "--severity", "high", "--opened", "2026-11-25T17:00");

    assertThat(instant).isEqualTo(offset).isEqualTo(zoned);
    assertThat(offset).contains("Deadline   2026-11-27T22:00:00Z");
    assertThat(local.out()).contains("Deadline   2026-11-27T22:00:00Z");
  }

  private static CliRun run(String[] base, String... more) {
    String[] args = new String[base.length + more.length];
    System.arraycopy(base, 0, args, 0, base.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  @Test
  void deadline_localTimeWithZone_isReadInThatZone() {
    CliRun run =
        CliRun.of(
            "deadline",
            "--tier",
            "premier",
            "--severity",
            "critical",
            "--opened",
            "2026-11-25T23:00",
            "--zone",
            "Europe/Berlin");

    assertThat(run.out())
        .contains("Opened     2026-11-25T22:00:00Z")
        .contains("2026-11-26T00:00:00Z");
  }

  @Test
  void deadline_forumPost_printsTheReasonForNoDeadline() {
    CliRun run =
        CliRun.of(
            "deadline",
            "--tier",
            "standard",
            "--severity",
            "high",
            "--opened",
            "2026-11-25T17:00-05:00",
            "--channel",
            "forum");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("Deadline   none: cases logged through FORUM are not under the SLA")
        .doesNotContain("Target");
  }

  @Test
  void deadline_standardCaseInPremierOnlyArea_printsTheReason() {
    CliRun run =
        CliRun.of(
            "deadline",
            "--tier",
            "standard",
            "--severity",
            "urgent",
            "--opened",
            "2026-11-25T17:00-05:00",
            "--area",
            "custom-crm-integration");

    assertThat(run.out())
        .contains("Deadline   none: CUSTOM_CRM_INTEGRATION is outside the scope of STANDARD");
  }

  /** Needs the CaseStatus writer of sla-jackson. */
  @Test
  void deadline_json_hasDeadlineLocalTimesAndStatus() throws IOException {
    JsonNode node =
        json(
            CliRun.of(
                "deadline",
                "--tier",
                "premier",
                "--severity",
                "urgent",
                "--opened",
                "2026-11-25T17:00-05:00",
                "--zone",
                "Europe/Berlin",
                "--json"));

    assertThat(node.get("deadline").asText()).isEqualTo("2026-11-27T11:00:00Z");
    assertThat(node.at("/deadlineInCalendarZone/local").asText())
        .isEqualTo("2026-11-27T06:00-05:00");
    assertThat(node.at("/deadlineInDisplayZone/local").asText())
        .isEqualTo("2026-11-27T12:00+01:00");
    assertThat(node.get("explanation")).hasSize(4);
    assertThat(node.get("status").isObject()).isTrue();
  }

  /** Needs the policy writer and reader of sla-jackson. */
  @Test
  void deadline_policyFile_usesThatPolicy() throws IOException {
    Path policy =
        CliFiles.write(
            dir.resolve("policy.json"),
            SlaPolicy.threekit(HolidayCalendar.none()).toBuilder().name("No holidays").build());

    CliRun run =
        CliRun.of(
            "deadline",
            "--tier",
            "premier",
            "--severity",
            "urgent",
            "--opened",
            "2026-11-25T17:00-05:00",
            "--policy",
            policy.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    // Thanksgiving is a working day under this policy: Thu 03:00 + 3 h = 06:00 EST.
    assertThat(run.out()).contains("Policy     No holidays").contains("2026-11-26T11:00:00Z");
  }

  /** The command of the user guide's tour of the Berlin help desk. */
  @Test
  void deadline_berlinHelpDeskJson_inItsWords() {
    CliRun run =
        CliRun.of(
            "deadline",
            "--policy",
            "../docs/examples/berlin-helpdesk-policy.json",
            "--tier",
            "enterprise",
            "--severity",
            "p2",
            "--channel",
            "phone",
            "--area",
            "billing",
            "--opened",
            "2027-03-25T17:00");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Policy     Berlin help desk")
        .contains("enterprise / P2, phone, billing")
        .contains("2027-03-30T07:00:00Z");
  }

  /** A policy in its own words: P1 to P3, basic and enterprise, phone and chat. */
  @Test
  void deadline_policyInItsOwnWords_takesThoseWords() throws IOException {
    io.github.sla4j.policy.ResponseTarget hours =
        io.github.sla4j.policy.ResponseTarget.ofElapsed(
            java.time.Duration.ofHours(2), java.time.ZoneOffset.UTC);
    SlaPolicy.Builder b =
        SlaPolicy.builder()
            .name("Acme")
            .severities(Severity.of("P1"), Severity.of("P2"), Severity.of("P3"))
            .tiers(SupportTier.of("basic"), SupportTier.of("enterprise"))
            .coveredChannels(java.util.Set.of(Channel.of("phone"), Channel.of("chat")));
    for (String tier : new String[] {"basic", "enterprise"}) {
      for (String p : new String[] {"P1", "P2", "P3"}) {
        b.target(SupportTier.of(tier), Severity.of(p), hours);
      }
    }
    Path policy = CliFiles.write(dir.resolve("acme.json"), b.build());

    CliRun run =
        CliRun.of(
            "deadline",
            "--tier",
            "Enterprise",
            "--severity",
            "p2",
            "--channel",
            "chat",
            "--area",
            "billing",
            "--opened",
            "2026-11-25T17:00Z",
            "--policy",
            policy.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Policy     Acme")
        .contains("enterprise / P2, chat, billing")
        .contains("2026-11-25T19:00:00Z");

    CliRun wrong =
        CliRun.of(
            "deadline",
            "--tier",
            "premier",
            "--severity",
            "p2",
            "--channel",
            "chat",
            "--opened",
            "2026-11-25T17:00Z",
            "--policy",
            policy.toString());
    assertThat(wrong.exitCode()).isEqualTo(2);
    assertThat(wrong.err())
        .contains("Invalid value for option '--tier'")
        .contains("does not declare the tier 'premier' (declared: [basic, enterprise])");
  }

  // ------------------------------------------------------------------------------------------
  // status

  @Test
  void statusReport_runningCase_printsStateFiguresThresholdsAndExplanation() {
    StringWriter text = new StringWriter();
    StatusCommand.print(new PrintWriter(text, true), loaded("2026-11-19T10:30"));

    assertThat(text.toString())
        .contains("State      running")
        .contains("Deadline   2026-11-19T16:00:00Z")
        .contains("Elapsed    3h 30m of 4h on the target's clock (87.5% used)")
        .contains("Remaining  30m")
        .containsPattern("50%  2026-11-18T17:00:00Z .* passed")
        .containsPattern("90%  2026-11-19T15:36:00Z .* ahead")
        .contains("re-targeted under the RETROACTIVE rule");
  }

  @Test
  void statusReport_breachedCase_printsBreachAndLateness() {
    StringWriter text = new StringWriter();
    StatusCommand.print(new PrintWriter(text, true), loaded("2026-11-19T12:00"));

    assertThat(text.toString())
        .contains("State      breached")
        .contains("Breached   2026-11-19T16:00:00Z")
        .contains("late 1h (1h on the target's clock)")
        .contains("Remaining  0s");
  }

  private static StatusCommand.CaseOptions.Loaded loaded(String newYorkNow) {
    SlaPolicy policy = SlaPolicy.threekit();
    CaseTimeline timeline = CliFiles.escalatedCase();
    CaseStatus status = SlaTracker.of(policy).status(timeline, CliFiles.newYork(newYorkNow));
    ZoneId zone = SlaPolicy.THREEKIT_ZONE;
    return new StatusCommand.CaseOptions.Loaded(
        policy,
        timeline,
        status,
        List.of(
            new StatusCommand.CaseOptions.Shown(
                status.primary(), status.thresholds(0.5, 0.75, 0.9))),
        zone,
        zone);
  }

  /** Needs the timeline reader and CaseStatus writer of sla-jackson. */
  @Test
  void status_timelineFile_textAndJson() throws IOException {
    Path file = CliFiles.write(dir.resolve("case.json"), CliFiles.escalatedCase());

    CliRun text =
        CliRun.of("status", "--timeline", file.toString(), "--now", "2026-11-19T10:30-05:00");
    JsonNode json =
        json(
            CliRun.of(
                "status",
                "--timeline",
                file.toString(),
                "--now",
                "2026-11-19T15:30Z",
                "--thresholds",
                "0.5,1",
                "--json"));

    assertThat(text.exitCode()).as(text.err()).isZero();
    assertThat(text.out()).contains("State      running").contains("Remaining  30m");
    // One spelling per value: the command's own fields and the nested status agree.
    assertThat(json.at("/metrics/first_response/state").asText()).isEqualTo("running");
    assertThat(json.at("/status/metrics/first_response/state").asText()).isEqualTo("running");
    assertThat(json.at("/metrics/first_response/deadline").asText())
        .isEqualTo("2026-11-19T16:00:00Z");
    assertThat(json.at("/metrics/first_response/thresholds")).hasSize(2);
    assertThat(json.at("/metrics/first_response/thresholds/1/instant").asText())
        .isEqualTo("2026-11-19T16:00:00Z");
  }

  /** Needs the timeline reader of sla-jackson. */
  @Test
  void status_restartRule_restartsTheClockAtTheChange() throws IOException {
    Path file = CliFiles.write(dir.resolve("case.json"), CliFiles.escalatedCase());

    CliRun run =
        CliRun.of(
            "status",
            "--timeline",
            file.toString(),
            "--now",
            "2026-11-19T10:30-05:00",
            "--rule",
            "restart");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // 4 business hours from Thu 10:00 EST: 14:00 EST.
    assertThat(run.out()).contains("Deadline   2026-11-19T19:00:00Z");
  }

  // ------------------------------------------------------------------------------------------
  // calendar

  @Test
  void calendar_november2026_marksHolidaysAndTotals() {
    CliRun run = CliRun.of("calendar", "--month", "2026-11");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("November 2026, times in America/New_York")
        .contains("Mon 2026-11-02    03:00-18:00")
        .containsPattern("Wed 2026-11-11 +closed +holiday: Veterans Day")
        .containsPattern("Thu 2026-11-26 +closed +holiday: Thanksgiving Day")
        .contains("Business time in 2026-11: 285h on 19 working dates");
  }

  @Test
  void calendar_calendarFile_marksSpecialHoursAndShowsDstEffects() throws IOException {
    BusinessCalendar calendar =
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .name("night desk")
            .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(2, 30))
            .specialHours(LocalDate.of(2026, 3, 14), LocalTime.of(9, 0), LocalTime.of(13, 0))
            .build();
    Path file = CliFiles.write(dir.resolve("calendar.json"), calendar);

    CliRun run = CliRun.of("calendar", "--month", "2026-03", "--calendar-file", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Sat 2026-03-14  * 09:00-13:00")
        // Spring forward: the window closes when the clock jumps to 03:00, after 1 h.
        .containsPattern("Sun 2026-03-08    01:00-03:00 +1h\\n")
        .contains("* special hours replace the weekly hours");
  }

  @Test
  void calendar_followTheSunFile_showsComponentsAndTheUnionInBerlinTime() throws IOException {
    Path file =
        CliFiles.write(
            dir.resolve("sun.json"), io.github.sla4j.examples.FollowTheSunExample.calendar());

    CliRun run = CliRun.of("calendar", "--month", "2026-03", "--calendar-file", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Open when any of these is open: Berlin team (Europe/Berlin), New York team")
        .contains("Mon 2026-03-02    09:00-23:00")
        // New York has sprung forward, Berlin not yet: New York closes at 22:00 Berlin time.
        .contains("Mon 2026-03-09    09:00-22:00");
  }

  @Test
  void calendar_json_listsEveryDate() throws IOException {
    JsonNode node = json(CliRun.of("calendar", "--month", "2026-11", "--json"));

    assertThat(node.get("days")).hasSize(30);
    assertThat(node.at("/days/25/holiday").asText()).isEqualTo("Thanksgiving Day");
    assertThat(node.at("/days/1/open/0/open").asText()).isEqualTo("03:00");
    assertThat(node.at("/days/1/open/0/start").asText()).isEqualTo("2026-11-02T08:00:00Z");
    assertThat(node.get("businessTime").asText()).isEqualTo("PT285H");
  }

  // ------------------------------------------------------------------------------------------
  // holidays

  @Test
  void holidays_2027_includesNewYearsDay2028ObservedOnDecember31() {
    CliRun run = CliRun.of("holidays", "--year", "2027");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .contains("US federal: 12 holidays observed in 2027")
        .contains("Fri 2027-12-31  New Year's Day  (falls on Sat 2028-01-01, observed here)")
        .contains("Thu 2027-11-25  Thanksgiving Day");
  }

  @Test
  void holidays_nyseJson_hasGoodFriday() throws IOException {
    JsonNode node = json(CliRun.of("holidays", "--year", "2027", "--calendar", "nyse", "--json"));

    assertThat(node.get("year").asInt()).isEqualTo(2027);
    assertThat(node.get("holidays").findValuesAsText("date")).contains("2027-03-26");
  }

  @Test
  void holidays_holidaysFile_readsTheRules() throws IOException {
    Path file =
        CliFiles.write(
            dir.resolve("holidays.json"),
            HolidayCalendar.none().withClosure(LocalDate.of(2027, 8, 2), "Office move"));

    CliRun run = CliRun.of("holidays", "--year", "2027", "--holidays-file", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Mon 2027-08-02  Office move");
  }

  // ------------------------------------------------------------------------------------------
  // help and version

  @Test
  void help_listsEveryCommand() {
    CliRun run = CliRun.of("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("deadline", "status", "calendar", "holidays", "timeline");
  }

  @Test
  void version_printsTheVersion() {
    assertThat(CliRun.of("--version").out()).startsWith("sla ");
  }
}
