package io.github.sla4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.jollyday.JollydayHolidays;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line with holidays from Jollyday, by country and subdivision. */
class JollydayCliTest {

  @TempDir Path dir;

  @Test
  void holidays_bavaria2027_listsEpiphanyAndCorpusChristi() {
    CliRun run = CliRun.of("holidays", "--country", "de", "--subdivision", "by", "--year", "2027");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .startsWith("DE-BY: 12 holidays observed in 2027")
        .contains("Wed 2027-01-06  Epiphany")
        .contains("Thu 2027-05-27  Corpus Christi");
  }

  @Test
  void holidays_unknownSubdivision_isAUsageErrorWithTheValidCodes() {
    CliRun run =
        CliRun.of("holidays", "--country", "de", "--subdivision", "bayern", "--year", "2027");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("Invalid value for option '--subdivision': Subdivision code 'bayern' is unknown")
        .contains("by, ");
  }

  @Test
  void holidays_unknownCountry_isAUsageError() {
    CliRun run = CliRun.of("holidays", "--country", "zz", "--year", "2027");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Invalid value for option '--country': Country code 'zz'");
  }

  @Test
  void json_regionCalendar_roundTripsByReference() throws IOException {
    HolidayCalendar bavaria = JollydayHolidays.of("de", "by");
    String json = Inputs.MAPPER.writeValueAsString(bavaria);

    assertThat(json)
        .isEqualTo(
            "{\"formatVersion\":2,\"name\":\"DE-BY\",\"rules\":[],"
                + "\"regions\":[{\"country\":\"de\",\"subdivisions\":[\"by\"]}]}");
    assertThat(Inputs.MAPPER.readValue(json, HolidayCalendar.class)).isEqualTo(bavaria);
  }

  @Test
  void deadline_policyFileWithBavarianHolidays_skipsEpiphany() throws IOException {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BusinessCalendar hours =
        BusinessCalendar.builder(berlin)
            .name("Munich office")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(JollydayHolidays.of("de", "by"))
            .build();
    SlaPolicy policy =
        SlaPolicy.threekit().toBuilder()
            .name("Munich desk")
            .target(
                SupportTier.PREMIER,
                Severity.URGENT,
                ResponseTarget.ofBusinessTime(Duration.ofHours(2), hours))
            .build();
    Path file = CliFiles.write(dir.resolve("policy.json"), policy);
    assertThat(Files.readString(file)).contains("\"regions\"");

    CliRun run =
        CliRun.of(
            "deadline",
            "--tier",
            "premier",
            "--severity",
            "urgent",
            "--opened",
            "2027-01-05T16:00+01:00",
            "--policy",
            file.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    // Tue 16:00-17:00, Wed 01-06 is Epiphany in Bavaria, Thu 09:00-10:00.
    assertThat(run.out()).contains("2027-01-07T09:00:00Z").contains("Epiphany");
  }
}
