package io.github.sla4j.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Special hours that recur on the dates of a holiday rule: Dec 24, the day before Thanksgiving. */
class RecurringSpecialHoursTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final HolidayRule CHRISTMAS_EVE =
      HolidayRule.fixed("Christmas Eve", MonthDay.of(12, 24));
  private static final HolidayRule THANKSGIVING =
      HolidayRule.nthWeekday("Thanksgiving", Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
  private static final HolidayRule THANKSGIVING_EVE =
      HolidayRule.relativeTo("Thanksgiving Eve", THANKSGIVING, -1);
  private static final HolidayCalendar HOLIDAYS =
      HolidayCalendar.of(
          "office",
          HolidayRule.fixed("Christmas Day", MonthDay.of(12, 25)),
          THANKSGIVING,
          HolidayRule.relativeTo("Day after Thanksgiving", THANKSGIVING, 1));

  private static BusinessCalendar.Builder weekdays() {
    return BusinessCalendar.builder(NEW_YORK)
        .name("support")
        .hours(MONDAY, FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
        .holidays(HOLIDAYS);
  }

  private static BusinessCalendar office() {
    return weekdays()
        .specialHours(CHRISTMAS_EVE, LocalTime.of(9, 0), LocalTime.of(12, 0))
        .specialHours(THANKSGIVING_EVE, TimeWindow.parse("03:00-14:00"))
        .build();
  }

  @Test
  void christmasEve2026_aThursday_isAHalfDay() {
    BusinessCalendar cal = office();
    LocalDate eve = LocalDate.of(2026, 12, 24);
    assertThat(eve.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
    // 09:00-12:00 EST = 14:00Z-17:00Z.
    assertThat(cal.openPeriodsOn(eve))
        .containsExactly(
            OpenPeriod.of(
                Instant.parse("2026-12-24T14:00:00Z"), Instant.parse("2026-12-24T17:00:00Z")));
    assertThat(cal.recurringSpecialHoursOn(eve)).map(r -> r.rule()).contains(CHRISTMAS_EVE);
    // 4 h from Thu 09:00: 3 h on Thursday, Friday is Christmas, then 1 h on Monday Dec 28.
    assertThat(cal.addBusinessTime(Instant.parse("2026-12-24T14:00:00Z"), Duration.ofHours(4)))
        .isEqualTo(Instant.parse("2026-12-28T15:00:00Z"));
    assertThat(cal.isOpen(Instant.parse("2026-12-24T17:00:00Z"))).isFalse();
  }

  @Test
  void christmasEve_everyYear_evenFarAway_andNotOnWeekendsByWeeklyHours() {
    BusinessCalendar cal = office();
    // Dec 24 2027 is a Friday; 2400 is far in the future: the rule is evaluated for its year.
    assertThat(cal.openPeriodsOn(LocalDate.of(2027, 12, 24))).hasSize(1);
    assertThat(cal.openPeriodsOn(LocalDate.of(2400, 12, 24)).get(0).duration())
        .isEqualTo(Duration.ofHours(3));
    // Dec 24 2022 is a Saturday: the special hours open it anyway.
    assertThat(cal.isWorkingDate(LocalDate.of(2022, 12, 24))).isTrue();
    assertThat(cal.openPeriodsOn(LocalDate.of(2026, 12, 23)).get(0).duration())
        .isEqualTo(Duration.ofHours(8));
  }

  @Test
  void dayBeforeThanksgiving2026_isWedNov25_0300to1400() {
    BusinessCalendar cal = office();
    LocalDate eve = LocalDate.of(2026, 11, 25);
    assertThat(eve.getDayOfWeek()).isEqualTo(DayOfWeek.WEDNESDAY);
    // 03:00-14:00 EST = 08:00Z-19:00Z.
    assertThat(cal.openPeriodsOn(eve))
        .containsExactly(
            OpenPeriod.of(
                Instant.parse("2026-11-25T08:00:00Z"), Instant.parse("2026-11-25T19:00:00Z")));
    assertThat(cal.openPeriodsOn(LocalDate.of(2026, 11, 24)).get(0).duration())
        .isEqualTo(Duration.ofHours(8));
    assertThat(cal.isWorkingDate(LocalDate.of(2026, 11, 26))).isFalse();
    // 2027: Thanksgiving is Nov 25, so the eve is Wed Nov 24.
    assertThat(cal.recurringSpecialHoursOn(LocalDate.of(2027, 11, 24))).isPresent();
    assertThat(cal.recurringSpecialHoursOn(LocalDate.of(2027, 11, 25))).isEmpty();
    // From Tue 17:00 EST, 12 h: 11 h on Wednesday, then Thu-Fri closed, weekend, Mon 10:00.
    assertThat(cal.addBusinessTime(Instant.parse("2026-11-24T22:00:00Z"), Duration.ofHours(12)))
        .isEqualTo(Instant.parse("2026-11-30T15:00:00Z"));
  }

  @Test
  void recurringHours_winOverAHoliday_onTheSameDate() {
    BusinessCalendar cal =
        weekdays()
            .holiday(LocalDate.of(2026, 12, 24), "Office closed")
            .specialHours(CHRISTMAS_EVE, LocalTime.of(9, 0), LocalTime.of(12, 0))
            .build();
    LocalDate eve = LocalDate.of(2026, 12, 24);
    assertThat(cal.holidayOn(eve)).isEmpty();
    assertThat(cal.openPeriodsOn(eve).get(0).duration()).isEqualTo(Duration.ofHours(3));
    assertThat(cal.holidayOn(LocalDate.of(2026, 12, 25))).isPresent();
  }

  @Test
  void dateSpecialHours_winOverRecurringOnes() {
    BusinessCalendar cal =
        weekdays()
            .specialHours(CHRISTMAS_EVE, LocalTime.of(9, 0), LocalTime.of(12, 0))
            .specialHours(LocalDate.of(2026, 12, 24), LocalTime.of(10, 0), LocalTime.of(11, 0))
            .build();
    assertThat(cal.openPeriodsOn(LocalDate.of(2026, 12, 24)).get(0).duration())
        .isEqualTo(Duration.ofHours(1));
    assertThat(cal.recurringSpecialHoursOn(LocalDate.of(2026, 12, 24))).isEmpty();
    assertThat(cal.openPeriodsOn(LocalDate.of(2027, 12, 24)).get(0).duration())
        .isEqualTo(Duration.ofHours(3));
  }

  @Test
  void firstRuleGiven_winsOnADateSeveralFallOn_andEqualRulesAddWindows() {
    HolidayRule alsoDec24 = HolidayRule.fixed("Another", MonthDay.of(12, 24));
    BusinessCalendar cal =
        weekdays()
            .specialHours(CHRISTMAS_EVE, LocalTime.of(9, 0), LocalTime.of(10, 0))
            .specialHours(alsoDec24, LocalTime.of(13, 0), LocalTime.of(17, 0))
            .specialHours(CHRISTMAS_EVE, LocalTime.of(11, 0), LocalTime.of(12, 0))
            .build();
    assertThat(cal.recurringSpecialHours()).hasSize(2);
    assertThat(cal.recurringSpecialHours().get(0).windows())
        .containsExactly(TimeWindow.parse("09:00-10:00"), TimeWindow.parse("11:00-12:00"));
    assertThat(cal.openPeriodsOn(LocalDate.of(2026, 12, 24))).hasSize(2);
    assertThat(cal.toString()).contains("'Christmas Eve' 09:00-10:00 11:00-12:00");
  }

  @Test
  void equality_includesRecurringHours() {
    assertThat(office()).isEqualTo(office()).hasSameHashCodeAs(office());
    assertThat(office()).isNotEqualTo(weekdays().build());
    assertThat(office().withName("x").recurringSpecialHours()).hasSize(2);
    assertThat(office().withHolidays(HolidayCalendar.none()).recurringSpecialHours()).hasSize(2);
    assertThat(office().isAlwaysOpen()).isFalse();
  }

  @Test
  void noWindows_isRefused() {
    assertThatThrownBy(() -> weekdays().specialHours(CHRISTMAS_EVE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("recurring special hours 'Christmas Eve' have no windows");
    assertThatThrownBy(() -> new RecurringSpecialHours(CHRISTMAS_EVE, List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("have no windows");
  }

  @Test
  void overlappingWindows_areRefused_alsoAcrossCalls() {
    assertThatThrownBy(
            () ->
                weekdays()
                    .specialHours(
                        CHRISTMAS_EVE,
                        TimeWindow.parse("09:00-12:00"),
                        TimeWindow.parse("11:00-13:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Window 11:00-13:00 on recurring special hours 'Christmas Eve'")
        .hasMessageContaining("overlaps 09:00-12:00");
    BusinessCalendar.Builder b =
        weekdays().specialHours(CHRISTMAS_EVE, TimeWindow.parse("09:00-12:00"));
    assertThatThrownBy(() -> b.specialHours(CHRISTMAS_EVE, TimeWindow.parse("10:00-11:00")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("overlaps");
  }

  @Test
  void overnightWindow_isRefused() {
    assertThatThrownBy(
            () ->
                weekdays()
                    .specialHours(
                        CHRISTMAS_EVE,
                        TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(2, 0))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "crosses midnight: recurring special hours must lie within their date");
  }

  @Test
  void weeklyNightShift_thatMayRunIntoRecurringHours_isRefused() {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(NEW_YORK)
            .hours(SATURDAY, TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)))
            .specialHours(CHRISTMAS_EVE, LocalTime.of(5, 0), LocalTime.of(12, 0));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("runs into the window 05:00-12:00")
        .hasMessageContaining("recurring special hours 'Christmas Eve'");
    // Opening at or after the night shift's close is fine.
    BusinessCalendar ok =
        BusinessCalendar.builder(NEW_YORK)
            .hours(SATURDAY, TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)))
            .specialHours(CHRISTMAS_EVE, LocalTime.of(6, 0), LocalTime.of(12, 0))
            .build();
    assertThat(ok.isWorkingDate(LocalDate.of(2022, 12, 24))).isTrue();
  }

  @Test
  void dateNightShift_intoARecurringDate_isRefused() {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(NEW_YORK)
            .specialHours(
                LocalDate.of(2026, 12, 23),
                TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(8, 0)))
            .specialHours(CHRISTMAS_EVE, LocalTime.of(7, 0), LocalTime.of(12, 0));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("runs into the window 07:00-12:00 of the next day, 2026-12-24");
  }
}
