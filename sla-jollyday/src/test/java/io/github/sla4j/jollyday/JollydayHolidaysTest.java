package io.github.sla4j.jollyday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRegion;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class JollydayHolidaysTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Test
  void bavaria_hasEpiphany_germanyDoesNot() {
    LocalDate epiphany = LocalDate.of(2027, 1, 6);

    assertThat(JollydayHolidays.of("de", "by").holidayOn(epiphany).map(Holiday::name))
        .contains("Epiphany");
    assertThat(JollydayHolidays.of("de").isHoliday(epiphany)).isFalse();
    assertThat(JollydayHolidays.of("DE", "BY").name()).isEqualTo("DE-BY");
  }

  @Test
  void munich_addsAssumptionDay() {
    LocalDate assumption = LocalDate.of(2027, 8, 15);

    assertThat(JollydayHolidays.of("de", "by", "mu").isHoliday(assumption)).isTrue();
    assertThat(JollydayHolidays.of("de", "by").isHoliday(assumption)).isFalse();
  }

  @Test
  void of_sameRegion_returnsTheSameCachedCalendar() {
    assertThat(JollydayHolidays.of("de", "by")).isSameAs(JollydayHolidays.of("DE", "by"));
    assertThat(HolidayRegion.of("de", "by").calendar()).isSameAs(JollydayHolidays.of("de", "by"));
    assertThat(JollydayHolidays.of("de", "by").sources().get(0).region())
        .contains(HolidayRegion.of("de", "by"));
  }

  @Test
  void observedAndActualDates_areAnExplicitChoice() {
    // Christmas Day 2027 falls on a Saturday in Scotland: observed on Monday 12-27.
    HolidayRegion scotland = HolidayRegion.of("gb", "sct");
    HolidayCalendar observed = JollydayHolidays.of(scotland);
    HolidayCalendar actual = JollydayHolidays.of(scotland.withDates(HolidayRegion.Dates.ACTUAL));

    assertThat(observed.holidayOn(LocalDate.of(2027, 12, 27)))
        .hasValueSatisfying(
            h -> {
              assertThat(h.isMoved()).isTrue();
              assertThat(h.scheduledDate())
                  .isIn(LocalDate.of(2027, 12, 25), LocalDate.of(2027, 12, 26));
            });
    assertThat(observed.isHoliday(LocalDate.of(2027, 12, 25))).isFalse();
    assertThat(actual.isHoliday(LocalDate.of(2027, 12, 25))).isTrue();
    assertThat(actual.isHoliday(LocalDate.of(2027, 12, 27))).isFalse();
    assertThat(actual.name()).isEqualTo("GB-SCT (actual dates)");
  }

  @Test
  void observances_neverClose() {
    // Jollyday lists Mother's Day in the United States as an observance.
    HolidayCalendar us = JollydayHolidays.of("us");
    assertThat(us.holidaysIn(2027)).noneMatch(h -> h.name().contains("Mother"));
    assertThat(us.isHoliday(LocalDate.of(2027, 7, 5))).isTrue();
  }

  @Test
  void plusAndWithClosure_combineWithRules() {
    HolidayCalendar calendar =
        JollydayHolidays.of("de", "by")
            .withClosure(LocalDate.of(2027, 2, 8), "Rosenmontag (company)")
            .plus(HolidayCalendar.usFederal());

    assertThat(calendar.isHoliday(LocalDate.of(2027, 2, 8))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2027, 1, 6))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2027, 11, 25))).isTrue();
  }

  @Test
  void deadline_acrossBavarianEpiphany_throughThePolicyApi() {
    BusinessCalendar hours =
        BusinessCalendar.builder(BERLIN)
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
    // Tuesday 2027-01-05 16:00; Wednesday 01-06 is Epiphany, a holiday in Bavaria only.
    ZonedDateTime opened = ZonedDateTime.of(2027, 1, 5, 16, 0, 0, 0, BERLIN);

    assertThat(policy.responseDeadline(SupportTier.PREMIER, Severity.URGENT, opened.toInstant()))
        .isEqualTo(ZonedDateTime.of(2027, 1, 7, 10, 0, 0, 0, BERLIN).toInstant());
    BusinessCalendar federal = hours.withHolidays(JollydayHolidays.of("de"));
    assertThat(federal.addBusinessTime(opened.toInstant(), Duration.ofHours(2)))
        .isEqualTo(ZonedDateTime.of(2027, 1, 6, 10, 0, 0, 0, BERLIN).toInstant());
  }

  @Test
  void countriesAndSubdivisions_listTheValidCodes() {
    assertThat(JollydayHolidays.countries()).containsKeys("de", "gb", "jp", "in", "br", "fr");
    assertThat(JollydayHolidays.countries()).hasSizeGreaterThan(200);
    assertThat(JollydayHolidays.subdivisions("de")).containsEntry("by", "Bavaria");
    assertThat(JollydayHolidays.subdivisions("de", "by")).containsKey("mu");
  }

  // ----------------------------------------------------------------------- errors

  @Test
  void unknownCountry_throwsWithValueAndHowToList() {
    assertThatThrownBy(() -> JollydayHolidays.of("xx"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Country code 'xx' is unknown to Jollyday: a country must be an ISO 3166-1 alpha-2"
                + " code such as \"de\", \"gb\" or \"jp\", or a financial calendar such as"
                + " \"nyse\". List the valid codes with JollydayHolidays.countries().");
  }

  @Test
  void unknownSubdivision_throwsListingTheValidOnes() {
    assertThatThrownBy(() -> JollydayHolidays.of("de", "bayern"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Subdivision code 'bayern' is unknown to Jollyday in de: a subdivision must be one of"
                + " [")
        .hasMessageContaining("by, ")
        .hasMessageEndingWith("]. List them with JollydayHolidays.subdivisions(\"de\").");
    assertThatThrownBy(() -> JollydayHolidays.of("de", "by", "mu", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Subdivision code 'x' is unknown to Jollyday in de/by/mu: it has no subdivisions."
                + " Leave the subdivision out. List them with JollydayHolidays.subdivisions(\"de\","
                + " \"by\", \"mu\").");
  }

  @Test
  void emptySubdivision_throwsWithFix() {
    assertThatThrownBy(() -> JollydayHolidays.of("de", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Subdivision code '' of holiday region 'de' is blank");
  }

  @Test
  void yearOutsideRange_throwsDateTimeException() {
    assertThatThrownBy(() -> JollydayHolidays.of("de", "by").isHoliday(LocalDate.of(1500, 1, 1)))
        .isInstanceOf(DateTimeException.class)
        .hasMessage(
            "Year 1500 is outside the range of the Jollyday holidays of DE-BY: they are computed"
                + " from 1583 to 9999. Ask for a year in that range.");
    assertThatThrownBy(() -> JollydayHolidays.of("jp").holidaysIn(1999))
        .isInstanceOf(DateTimeException.class)
        .hasMessage(
            "Year 1999 is outside the range of the corrected Japanese holidays (2000 to 2099):"
                + " Jollyday's Japanese data lacks the equinox and substitute days, which sla4j"
                + " computes only for those years. Ask for a year in that range.");
    assertThatThrownBy(() -> JollydayHolidays.of("in", "dl").holidaysIn(2300))
        .isInstanceOf(DateTimeException.class)
        .hasMessageStartingWith("Year 2300 is outside the range Jollyday can compute for IN-DL (");
  }
}
