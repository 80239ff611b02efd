package io.github.sla4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseTimeline;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a new user meets first: bounds, conflicting options, exact but short texts. */
class FirstUseTest {

  @TempDir static Path dir;

  private static Path escalatedCase() throws Exception {
    return CliFiles.write(dir.resolve("case.json"), CliFiles.escalatedCase());
  }

  private static void assertBadInput(CliRun run, String... expected) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(SlaCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains(expected).doesNotContain("internal error", "Exception");
  }

  @Test
  void status_thresholdsOutOfRange_exit2() throws Exception {
    String file = escalatedCase().toString();
    for (String fractions : new String[] {"1e6", "500000", "0", "10.5", "0.5,NaN"}) {
      CliRun run =
          CliRun.of(
              "status",
              "--timeline",
              file,
              "--now",
              "2026-11-19T15:30Z",
              "--thresholds",
              fractions);

      assertBadInput(run, "'--thresholds'", "greater than 0 and at most 10", "'");
    }
  }

  @Test
  void status_thresholdOfTenTimesTheTarget_isDrawn() throws Exception {
    CliRun run =
        CliRun.of(
            "status",
            "--timeline",
            escalatedCase().toString(),
            "--now",
            "2026-11-19T15:30Z",
            "--thresholds",
            "0.5,10");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("  1000%  2026-11-23T22:00:00Z");
  }

  @Test
  void deadline_openedAtTheEndOfTime_blamesOpened_notAnAbsentPolicy() {
    CliRun run =
        CliRun.of(
            "deadline",
            "--tier",
            "premier",
            "--severity",
            "urgent",
            "--opened",
            "+999999999-12-31T23:00Z");

    assertBadInput(run, "'--opened'", "no answer for a case opened at +999999999-12-31T23:00:00Z");
    assertThat(run.err()).doesNotContain("--policy");
  }

  @Test
  void status_nowAtTheEndOfTime_blamesNow() throws Exception {
    CliRun run =
        CliRun.of(
            "status", "--timeline", escalatedCase().toString(), "--now", "+999999999-01-01T00:00Z");

    assertBadInput(run, "'--now'", "no answer for +999999999-01-01T00:00:00Z");
    assertThat(run.err()).doesNotContain("--policy");
  }

  @Test
  void explanation_secondsAndFractions_shortestExactForm() throws Exception {
    Instant opened = Instant.parse("2026-11-18T15:00:37Z");
    CaseTimeline timeline =
        CaseTimeline.opened(
                opened,
                SupportTier.PREMIER,
                Severity.MEDIUM,
                Channel.SUPPORT_PORTAL,
                ApplicationArea.API)
            .withPause(Instant.parse("2026-11-18T16:00:00Z"))
            .withResume(Instant.parse("2026-11-18T16:47:54.750Z"));
    Path file = CliFiles.write(dir.resolve("seconds.json"), timeline);

    CliRun run = CliRun.of("status", "--timeline", file.toString(), "--now", "2026-11-18T17:00Z");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Case opened at Wed 2026-11-18 10:00:37 EST")
        .contains("47 min 54.75 s")
        .doesNotContain("000000", " ns");
  }

  @Test
  void calendar_yearZero_isProleptic() {
    CliRun run = CliRun.of("calendar", "--month", "0000-01");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow()).contains(": January 0000,");
    assertThat(run.out()).contains("Sat 0000-01-01").doesNotContain("0001-01-01");
  }

  @Test
  void deadline_openedBeforeYearOne_showsProlepticYears() {
    CliRun run =
        CliRun.of(
            "deadline",
            "--tier",
            "premier",
            "--severity",
            "urgent",
            "--opened",
            "-000001-01-01T10:00Z",
            "--zone",
            "UTC");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("Fri -0001-01-01 10:00 UTC").doesNotContain("0002-01");
  }

  @Test
  void timeline_fourYears_shadesEveryOpenWindow_andLabelsCarryTheYear() throws Exception {
    Path svg = dir.resolve("long.svg");

    CliRun run =
        CliRun.of(
            "timeline",
            "--timeline",
            escalatedCase().toString(),
            "--svg",
            svg.toString(),
            "--now",
            "2030-11-19T15:30Z");

    assertThat(run.exitCode()).as(run.err()).isZero();
    // Four years of Monday-Friday windows less the holidays: about 1000, not the 400 of a cap.
    int windows = Integer.parseInt(run.out().replaceAll("(?s).*: (\\d+) open windows.*", "$1"));
    assertThat(windows).isGreaterThan(990);
    String picture = Files.readString(svg);
    assertThat(picture).contains("Open 03:00-18:00 2030-11-19");
    assertThat(picture).containsPattern("class=\"day-label\"[^>]*>\\d+ \\w+ 2029<");
  }

  @Test
  void timeline_moreThanTenYears_exit2() throws Exception {
    CliRun run =
        CliRun.of(
            "timeline",
            "--timeline",
            escalatedCase().toString(),
            "--svg",
            dir.resolve("too-long.svg").toString(),
            "--now",
            "2040-01-01T00:00Z");

    assertBadInput(run, "'--now'", "would span", "more than the 3660 (ten years)");
  }

  @Test
  void holidays_calendarAndFile_exit2() throws Exception {
    Path file = CliFiles.write(dir.resolve("us.json"), HolidayCalendar.usFederal());

    CliRun run =
        CliRun.of(
            "holidays", "--year", "2027", "--calendar", "nyse", "--holidays-file", file.toString());

    assertBadInput(run, "'--calendar' and '--holidays-file' cannot be used together");
  }

  @Test
  void deadline_json_speaksTheFormatsWords_andReadsDashes() throws Exception {
    CliRun run =
        CliRun.of(
            "deadline",
            "--tier",
            "premier",
            "--severity",
            "urgent",
            "--channel",
            "support-portal",
            "--area",
            "configuration-logic",
            "--opened",
            "2026-11-25T17:00-05:00",
            "--json");

    assertThat(run.exitCode()).as(run.err()).isZero();
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    assertThat(json.get("tier").asText()).isEqualTo("premier");
    assertThat(json.get("severity").asText()).isEqualTo("urgent");
    assertThat(json.get("channel").asText()).isEqualTo("support_portal");
    assertThat(json.get("area").asText()).isEqualTo("configuration_logic");
    assertThat(json.at("/explanation/0/kind").asText()).isEqualTo("opened");
  }

  @Test
  void holidays_countryAndCalendar_exit2() {
    CliRun run = CliRun.of("holidays", "--year", "2027", "--calendar", "nyse", "--country", "de");

    assertBadInput(run, "'--calendar' and '--country' cannot be used together");
  }

  @Test
  void holidays_subdivisionWithoutCountry_exit2() {
    CliRun run = CliRun.of("holidays", "--year", "2027", "--subdivision", "by");

    assertBadInput(run, "Option '--subdivision' needs '--country'");
  }

  @Test
  void calendar_fileAndPolicy_exit2() throws Exception {
    CliRun run =
        CliRun.of(
            "calendar",
            "--month",
            "2026-11",
            "--calendar-file",
            "cal.json",
            "--policy",
            "missing.json");

    assertBadInput(run, "'--calendar-file' and '--policy' cannot be used together");
  }

  @Test
  void holidays_fileNamedInAnotherLanguage_wordNotDoubled() throws Exception {
    HolidayCalendar berlin =
        HolidayCalendar.of("Feiertage Berlin")
            .withClosure(LocalDate.of(2027, 10, 3), "Tag der Deutschen Einheit");
    Path file = CliFiles.write(dir.resolve("de.json"), berlin);

    CliRun run = CliRun.of("holidays", "--year", "2027", "--holidays-file", file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out().lines().findFirst().orElseThrow())
        .isEqualTo("Feiertage Berlin: 1 holiday observed in 2027");
  }

  @Test
  void misspeltKey_namesItAndTheFix_withoutJacksonsNoise() throws Exception {
    String json = Files.readString(escalatedCase()).replaceFirst("\"at\"", "\"att\"");
    Path file = Files.writeString(dir.resolve("typo.json"), json);

    CliRun run = CliRun.of("status", "--timeline", file.toString(), "--now", "2026-11-19T15:30Z");

    assertBadInput(
        run,
        "'--timeline'",
        "Unknown property 'att' at $.events[0].att: did you mean 'at'?",
        "(line ",
        ", column ");
    assertThat(run.err()).doesNotContain("[Source", "reference chain");
  }
}
