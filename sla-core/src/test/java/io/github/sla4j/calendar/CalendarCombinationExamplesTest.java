package io.github.sla4j.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Hand-computed examples of unions and intersections, and their errors. */
class CalendarCombinationExamplesTest {

  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static BusinessCalendar nineToFive(String name, ZoneId zone) {
    return BusinessCalendar.builder(zone)
        .name(name)
        .hours(MONDAY, FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
        .build();
  }

  private static final BusinessCalendar BERLIN_TEAM = nineToFive("Berlin team", BERLIN);
  private static final BusinessCalendar NEW_YORK_TEAM = nineToFive("New York team", NEW_YORK);
  private static final BusinessCalendar FOLLOW_THE_SUN =
      BusinessCalendar.union(BERLIN, BERLIN_TEAM, NEW_YORK_TEAM);

  private static Instant weekStart(LocalDate monday) {
    return monday.atStartOfDay(BERLIN).toInstant();
  }

  private static Duration week(BusinessCalendar calendar, LocalDate monday) {
    return calendar.businessTimeBetween(weekStart(monday), weekStart(monday.plusDays(7)));
  }

  @Test
  void union_berlinAndNewYork_coversFourteenHoursADay_thirteenWhenOnlyTheUsHasChanged() {
    // Usual weeks: Berlin 08:00-16:00 UTC (winter) or 07:00-15:00 (summer), New York six hours
    // later, so the union is 08:00-22:00 UTC: 14 h a day, 70 h a week.
    assertThat(week(FOLLOW_THE_SUN, LocalDate.of(2026, 3, 2))).isEqualTo(Duration.ofHours(70));
    assertThat(week(FOLLOW_THE_SUN, LocalDate.of(2026, 3, 30))).isEqualTo(Duration.ofHours(70));
    // New York springs forward on 2026-03-08, Berlin only on 2026-03-29: for three weeks New York
    // opens at 13:00 UTC, five hours after Berlin, so the union is 08:00-21:00 UTC, 65 h a week.
    assertThat(week(FOLLOW_THE_SUN, LocalDate.of(2026, 3, 9))).isEqualTo(Duration.ofHours(65));
    assertThat(week(FOLLOW_THE_SUN, LocalDate.of(2026, 3, 23))).isEqualTo(Duration.ofHours(65));
  }

  @Test
  void intersection_berlinAndNewYork_overlapGrowsFromTwoToThreeHours() {
    BusinessCalendar both = BusinessCalendar.intersection(BERLIN, BERLIN_TEAM, NEW_YORK_TEAM);
    assertThat(week(both, LocalDate.of(2026, 3, 2))).isEqualTo(Duration.ofHours(10));
    assertThat(week(both, LocalDate.of(2026, 3, 9))).isEqualTo(Duration.ofHours(15));
    assertThat(both.nextOpen(Instant.parse("2026-03-10T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-10T13:00:00Z"));
    assertThat(both.nextClose(Instant.parse("2026-03-10T13:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-10T16:00:00Z"));
  }

  @Test
  void union_deadlineRunsFromNewYorkFridayIntoBerlinMonday() {
    Instant fridayAfternoonInNewYork = Instant.parse("2026-03-13T20:00:00Z"); // 16:00 EDT
    Instant due = FOLLOW_THE_SUN.addBusinessTime(fridayAfternoonInNewYork, Duration.ofHours(2));
    // One hour until New York closes at 21:00 UTC, one from Berlin's Monday open at 08:00 UTC.
    assertThat(due).isEqualTo(Instant.parse("2026-03-16T09:00:00Z"));
    assertThat(FOLLOW_THE_SUN.businessTimeBetween(fridayAfternoonInNewYork, due))
        .isEqualTo(Duration.ofHours(2));
    assertThat(FOLLOW_THE_SUN.subtractBusinessTime(due, Duration.ofHours(2)))
        .isEqualTo(fridayAfternoonInNewYork);
  }

  @Test
  void union_businessDaysAreTheResultZonesDates() {
    // One business day from Monday's first open is Monday's last close: New York's 17:00 EDT,
    // 22:00 in Berlin, still Monday there.
    Instant mondayOpen = Instant.parse("2026-03-09T08:00:00Z");
    assertThat(FOLLOW_THE_SUN.addBusinessDays(mondayOpen, 1))
        .isEqualTo(Instant.parse("2026-03-09T21:00:00Z"));
    assertThat(FOLLOW_THE_SUN.isWorkingDate(LocalDate.of(2026, 3, 14))).isFalse();
    // Read in Tokyo, New York's Friday afternoon falls on Saturday: a working Saturday there.
    BusinessCalendar inTokyo =
        BusinessCalendar.union(ZoneId.of("Asia/Tokyo"), BERLIN_TEAM, NEW_YORK_TEAM);
    assertThat(inTokyo.isWorkingDate(LocalDate.of(2026, 3, 14))).isTrue();
    assertThat(inTokyo.openPeriodsOn(LocalDate.of(2026, 3, 14)))
        .containsExactly(
            OpenPeriod.of(
                Instant.parse("2026-03-13T15:00:00Z"), Instant.parse("2026-03-13T21:00:00Z")));
  }

  @Test
  void union_holidayOfOneTeamIsCoveredByTheOther() {
    BusinessCalendar usTeam = NEW_YORK_TEAM.withHolidays(HolidayCalendar.usFederal());
    BusinessCalendar sun = BusinessCalendar.union(BERLIN, BERLIN_TEAM, usTeam);
    // Thanksgiving 2026-11-26: only Berlin's 08:00-16:00 UTC.
    LocalDate thanksgiving = LocalDate.of(2026, 11, 26);
    Instant start = thanksgiving.atStartOfDay(BERLIN).toInstant();
    Instant end = thanksgiving.plusDays(1).atStartOfDay(BERLIN).toInstant();
    assertThat(sun.businessTimeBetween(start, end)).isEqualTo(Duration.ofHours(8));
    assertThat(sun.holidayOn(thanksgiving)).isEmpty();
  }

  @Test
  void combinationsNest_andDescribeThemselves() {
    BusinessCalendar tokyo = nineToFive("Tokyo team", ZoneId.of("Asia/Tokyo"));
    BusinessCalendar nested =
        BusinessCalendar.union(ZoneId.of("UTC"), FOLLOW_THE_SUN, tokyo).withName("round the clock");
    assertThat(nested.name()).isEqualTo("round the clock");
    assertThat(FOLLOW_THE_SUN.name()).isEqualTo("union of Berlin team, New York team");
    assertThat(nested.combination()).isPresent();
    assertThat(nested.combination().get().components()).containsExactly(FOLLOW_THE_SUN, tokyo);
    assertThat(nested.toString())
        .startsWith("BusinessCalendar['round the clock' (UTC), union of [BusinessCalendar[");
    // Tokyo 09:00-17:00 is 00:00-08:00 UTC: with Berlin and New York, Monday 00:00-22:00 UTC.
    assertThat(
            nested.businessTimeBetween(
                Instant.parse("2026-03-02T00:00:00Z"), Instant.parse("2026-03-03T00:00:00Z")))
        .isEqualTo(Duration.ofHours(22));
    assertThat(BusinessCalendar.union(BERLIN, BERLIN_TEAM, NEW_YORK_TEAM))
        .isEqualTo(FOLLOW_THE_SUN)
        .hasSameHashCodeAs(FOLLOW_THE_SUN)
        .isNotEqualTo(BusinessCalendar.union(NEW_YORK, BERLIN_TEAM, NEW_YORK_TEAM))
        .isNotEqualTo(BusinessCalendar.intersection(BERLIN, BERLIN_TEAM, NEW_YORK_TEAM));
  }

  @Test
  void union_ofNoCalendars_isRejected() {
    assertThatThrownBy(() -> BusinessCalendar.union(BERLIN))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A union of no calendars is undefined");
  }

  @Test
  void union_ofCalendarsWithoutHours_isRejected() {
    BusinessCalendar closed = BusinessCalendar.builder(BERLIN).name("closed").build();
    assertThatThrownBy(() -> BusinessCalendar.union(BERLIN, closed, closed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "has no open time: none of the calendars has weekly or special hours");
    assertThatThrownBy(() -> BusinessCalendar.intersection(BERLIN, BERLIN_TEAM, closed))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a calendar has no weekly or special hours");
  }

  @Test
  void intersection_neverOpenTogether_throwsInsteadOfLooping() {
    BusinessCalendar mondays =
        BusinessCalendar.builder(BERLIN)
            .hours(MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    BusinessCalendar tuesdays =
        BusinessCalendar.builder(BERLIN)
            .hours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    BusinessCalendar never = BusinessCalendar.intersection(BERLIN, mondays, tuesdays);
    Instant t = Instant.parse("2026-03-02T00:00:00Z");
    assertThatThrownBy(() -> never.nextOpen(t))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("has no open time in the 10 years after");
    assertThatThrownBy(() -> never.addBusinessTime(t, Duration.ofHours(1)))
        .isInstanceOf(DateTimeException.class);
    assertThat(never.businessTimeBetween(t, t.plus(Duration.ofDays(30)))).isZero();
  }

  @Test
  void withHolidays_onACombination_isRejected() {
    assertThatThrownBy(() -> FOLLOW_THE_SUN.withHolidays(HolidayCalendar.usFederal()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("combines other calendars and has no holidays of its own");
  }
}
