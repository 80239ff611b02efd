package io.github.sla4j.holiday;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.Month.FEBRUARY;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HolidayRuleTest {

  private static final HolidayRule THANKSGIVING =
      HolidayRule.nthWeekday("Thanksgiving Day", NOVEMBER, 4, THURSDAY);

  // ----------------------------------------------------------------------- Easter

  @ParameterizedTest(name = "Easter {0}")
  @CsvSource({
    "2024, 2024-03-31, 2024-03-29, 2024-04-01",
    "2025, 2025-04-20, 2025-04-18, 2025-04-21",
    "2026, 2026-04-05, 2026-04-03, 2026-04-06",
    "2027, 2027-03-28, 2027-03-26, 2027-03-29",
    "2028, 2028-04-16, 2028-04-14, 2028-04-17",
    "2029, 2029-04-01, 2029-03-30, 2029-04-02",
    "2030, 2030-04-21, 2030-04-19, 2030-04-22",
    "2031, 2031-04-13, 2031-04-11, 2031-04-14",
    "2032, 2032-03-28, 2032-03-26, 2032-03-29",
    "2033, 2033-04-17, 2033-04-15, 2033-04-18",
    "2034, 2034-04-09, 2034-04-07, 2034-04-10",
    "2035, 2035-03-25, 2035-03-23, 2035-03-26"
  })
  void easterOffset_table2024To2035(
      int year, LocalDate easter, LocalDate goodFriday, LocalDate easterMonday) {
    assertThat(HolidayRule.easterSunday(year)).isEqualTo(easter);
    assertThat(HolidayRule.easterOffset("Easter Sunday", 0).inYear(year).map(Holiday::date))
        .contains(easter);
    assertThat(HolidayRule.easterOffset("Good Friday", -2).inYear(year).map(Holiday::date))
        .contains(goodFriday);
    assertThat(HolidayRule.easterOffset("Easter Monday", 1).inYear(year).map(Holiday::date))
        .contains(easterMonday);
  }

  @Test
  void easterSunday_knownHistoricalDates() {
    assertThat(HolidayRule.easterSunday(1818)).isEqualTo(LocalDate.of(1818, 3, 22));
    assertThat(HolidayRule.easterSunday(1943)).isEqualTo(LocalDate.of(1943, 4, 25));
    assertThat(HolidayRule.easterSunday(2000)).isEqualTo(LocalDate.of(2000, 4, 23));
  }

  @Test
  void easterSunday_extremeYears_staysInMarch22ToApril25() {
    for (int year : new int[] {Year.MIN_VALUE, -1, 0, 1, Year.MAX_VALUE}) {
      LocalDate easter = HolidayRule.easterSunday(year);
      assertThat(easter.getDayOfWeek()).isEqualTo(java.time.DayOfWeek.SUNDAY);
      assertThat(MonthDay.from(easter)).isBetween(MonthDay.of(3, 22), MonthDay.of(4, 25));
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {-367, 367, Integer.MIN_VALUE})
  void easterOffset_outOfRange_throwsWithValueAndFix(int days) {
    assertThatThrownBy(() -> HolidayRule.easterOffset("X", days))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(String.valueOf(days))
        .hasMessageContaining("-366 to 366")
        .hasMessageContaining("Use a fixed or one-off rule");
  }

  // ----------------------------------------------------------------------- fixed

  @Test
  void fixed_nearestWeekday_saturdayToFriday_sundayToMonday() {
    HolidayRule july4 =
        HolidayRule.fixed("Independence Day", MonthDay.of(7, 4), Observance.NEAREST_WEEKDAY);
    assertThat(july4.inYear(2026))
        .contains(
            Holiday.of("Independence Day", LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 4)));
    assertThat(july4.inYear(2027).map(Holiday::date)).contains(LocalDate.of(2027, 7, 5));
    assertThat(july4.inYear(2025).map(Holiday::date)).contains(LocalDate.of(2025, 7, 4));
  }

  @Test
  void fixed_newYear2028_observedInPreviousCalendarYear() {
    HolidayRule newYear =
        HolidayRule.fixed("New Year's Day", MonthDay.of(1, 1), Observance.NEAREST_WEEKDAY);
    assertThat(newYear.inYear(2028).map(Holiday::date)).contains(LocalDate.of(2027, 12, 31));
  }

  @Test
  void fixed_observanceNone_staysOnWeekend() {
    assertThat(HolidayRule.fixed("X", MonthDay.of(7, 4)).inYear(2026).map(Holiday::date))
        .contains(LocalDate.of(2026, 7, 4));
  }

  @Test
  void fixed_saturdayNotObserved_yieldsNothingOnSaturday_mondayForSunday() {
    HolidayRule rule =
        HolidayRule.fixed(
            "New Year's Day", MonthDay.of(1, 1), Observance.SATURDAY_NOT_OBSERVED_SUNDAY_TO_MONDAY);
    assertThat(rule.inYear(2028)).isEmpty();
    assertThat(rule.inYear(2023).map(Holiday::date)).contains(LocalDate.of(2023, 1, 2));
    assertThat(rule.inYear(2027).map(Holiday::date)).contains(LocalDate.of(2027, 1, 1));
  }

  @Test
  void fixed_sundayToMonday_keepsSaturday() {
    HolidayRule rule = HolidayRule.fixed("X", MonthDay.of(7, 4), Observance.SUNDAY_TO_MONDAY);
    assertThat(rule.inYear(2026).map(Holiday::date)).contains(LocalDate.of(2026, 7, 4));
    assertThat(rule.inYear(2027).map(Holiday::date)).contains(LocalDate.of(2027, 7, 5));
  }

  @Test
  void fixed_february29_onlyInLeapYears() {
    HolidayRule leapDay = HolidayRule.fixed("Leap Day", MonthDay.of(2, 29));
    assertThat(leapDay.inYear(2028).map(Holiday::date)).contains(LocalDate.of(2028, 2, 29));
    assertThat(leapDay.inYear(2027)).isEmpty();
  }

  // ----------------------------------------------------------------------- weekdays

  @Test
  void nthWeekday_fifthMondayOfFebruary2026_isEmptyNotMarch2() {
    HolidayRule fifth = HolidayRule.nthWeekday("X", FEBRUARY, 5, MONDAY);
    assertThat(fifth.inYear(2026)).isEmpty();
    assertThat(fifth.inYear(2027)).isEmpty();
    // 2032 is a leap year whose February 1 is a Sunday: February has five Sundays, four Mondays.
    assertThat(fifth.inYear(2032)).isEmpty();
    assertThat(HolidayRule.nthWeekday("X", FEBRUARY, 5, MONDAY).inYear(2016).map(Holiday::date))
        .contains(LocalDate.of(2016, 2, 29));
  }

  @Test
  void nthWeekday_thanksgiving2028_isNovember23() {
    assertThat(THANKSGIVING.inYear(2028))
        .contains(Holiday.of("Thanksgiving Day", LocalDate.of(2028, 11, 23)));
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  void nthWeekday_nOutOfRange_throwsWithValueAndFix(int n) {
    assertThatThrownBy(() -> HolidayRule.nthWeekday("X", MAY, n, MONDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("n = " + n)
        .hasMessageContaining("from 1 to 5")
        .hasMessageContaining("lastWeekday");
  }

  @Test
  void lastWeekday_memorialDay2027_isMay31() {
    assertThat(HolidayRule.lastWeekday("Memorial Day", MAY, MONDAY).inYear(2027).map(Holiday::date))
        .contains(LocalDate.of(2027, 5, 31));
  }

  // ----------------------------------------------------------------------- relative, one-off

  @Test
  void relativeTo_dayAfterThanksgiving() {
    HolidayRule rule = HolidayRule.relativeTo("Day after Thanksgiving", THANKSGIVING, 1);
    assertThat(rule.inYear(2026))
        .contains(Holiday.of("Day after Thanksgiving", LocalDate.of(2026, 11, 27)));
  }

  @Test
  void relativeTo_countsFromObservedDate() {
    HolidayRule christmas =
        HolidayRule.fixed("Christmas Day", MonthDay.of(12, 25), Observance.NEAREST_WEEKDAY);
    HolidayRule eve = HolidayRule.relativeTo("Christmas Eve", christmas, -1);
    assertThat(eve.inYear(2027).map(Holiday::date)).contains(LocalDate.of(2027, 12, 23));
  }

  @Test
  void relativeTo_baseWithoutHoliday_yieldsNothing() {
    HolidayRule base = THANKSGIVING.withYears(2030, null);
    assertThat(HolidayRule.relativeTo("After", base, 1).inYear(2029)).isEmpty();
  }

  @Test
  void oneOff_onlyInItsYear() {
    HolidayRule closure = HolidayRule.oneOff("Closure", LocalDate.of(2024, 12, 24));
    assertThat(closure.inYear(2024)).contains(Holiday.of("Closure", LocalDate.of(2024, 12, 24)));
    assertThat(closure.inYear(2025)).isEmpty();
    assertThat(closure.inYear(2023)).isEmpty();
  }

  // ----------------------------------------------------------------------- years

  @Test
  void withYears_restrictsHolidayYears() {
    HolidayRule rule = THANKSGIVING.withYears(2020, 2022);
    assertThat(rule.firstYear()).isEqualTo(2020);
    assertThat(rule.lastYear()).isEqualTo(2022);
    assertThat(rule.inYear(2019)).isEmpty();
    assertThat(rule.inYear(2020)).isPresent();
    assertThat(rule.inYear(2022)).isPresent();
    assertThat(rule.inYear(2023)).isEmpty();
    assertThat(rule.withYears(null, null)).isEqualTo(THANKSGIVING);
  }

  @Test
  void withYears_firstAfterLast_throwsWithValuesAndFix() {
    assertThatThrownBy(() -> THANKSGIVING.withYears(2030, 2020))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "First year 2030 is after last year 2020: a rule must apply in at least one year."
                + " Swap them, or pass null for an open end.");
  }

  @Test
  void withYears_outsideLocalDateRange_throws() {
    assertThatThrownBy(() -> THANKSGIVING.withYears(null, 1_000_000_000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Last year 1000000000");
  }

  @Test
  void inYear_yearsOutsideLocalDateRange_areEmptyNotThrowing() {
    assertThat(THANKSGIVING.inYear(Integer.MAX_VALUE)).isEmpty();
    assertThat(HolidayRule.easterOffset("E", 0).inYear(Integer.MIN_VALUE)).isEmpty();
    assertThat(
            HolidayRule.fixed("X", MonthDay.of(12, 31), Observance.NEAREST_WEEKDAY)
                .inYear(Year.MAX_VALUE))
        .isPresent();
  }

  // ----------------------------------------------------------------------- validation, values

  @Test
  void factories_blankName_throwsWithValueAndFix() {
    assertThatThrownBy(() -> HolidayRule.fixed("  ", MonthDay.of(1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'  '")
        .hasMessageContaining("is blank")
        .hasMessageContaining("Pass a name");
    assertThatThrownBy(() -> HolidayRule.oneOff("", LocalDate.of(2025, 1, 9)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void factories_nulls_throwNpeNamingTheParameter() {
    assertThatThrownBy(() -> HolidayRule.fixed(null, MonthDay.of(1, 1))).hasMessage("name");
    assertThatThrownBy(() -> HolidayRule.fixed("X", null)).hasMessage("monthDay");
    assertThatThrownBy(() -> HolidayRule.fixed("X", MonthDay.of(1, 1), null))
        .hasMessage("observance");
    assertThatThrownBy(() -> HolidayRule.nthWeekday("X", null, 1, MONDAY)).hasMessage("month");
    assertThatThrownBy(() -> HolidayRule.lastWeekday("X", MAY, null)).hasMessage("dayOfWeek");
    assertThatThrownBy(() -> HolidayRule.relativeTo("X", null, 1)).hasMessage("base");
    assertThatThrownBy(() -> HolidayRule.oneOff("X", null)).hasMessage("date");
    assertThatThrownBy(() -> Observance.NONE.observedDate(null)).hasMessage("scheduledDate");
  }

  @Test
  void rules_equalsHashCodeToString_byValue() {
    HolidayRule a = HolidayRule.relativeTo("After", THANKSGIVING, 1);
    HolidayRule b =
        HolidayRule.relativeTo(
            "After", HolidayRule.nthWeekday("Thanksgiving Day", NOVEMBER, 4, THURSDAY), 1);
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(HolidayRule.relativeTo("After", THANKSGIVING, 2));
    assertThat(THANKSGIVING).isNotEqualTo(THANKSGIVING.withYears(2000, null));
    assertThat(HolidayRule.lastWeekday("X", MAY, FRIDAY))
        .hasToString(
            "LastWeekday[name=X, month=MAY, dayOfWeek=FRIDAY, firstYear=null, lastYear=null]");
  }

  @Test
  void holiday_valueSemantics() {
    Holiday moved =
        Holiday.of("Independence Day", LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 4));
    assertThat(moved.isMoved()).isTrue();
    assertThat(moved).hasToString("2026-07-03 Independence Day (scheduled 2026-07-04)");
    assertThat(Holiday.of("Labor Day", LocalDate.of(2026, 9, 7)))
        .hasToString("2026-09-07 Labor Day")
        .isEqualTo(Holiday.of("Labor Day", LocalDate.of(2026, 9, 7), LocalDate.of(2026, 9, 7)))
        .hasSameHashCodeAs(Holiday.of("Labor Day", LocalDate.of(2026, 9, 7)))
        .isNotEqualTo(moved);
    assertThat(moved)
        .isNotEqualTo(Holiday.of("Independence Day", LocalDate.of(2026, 7, 3)))
        .isLessThan(Holiday.of("Independence Day", LocalDate.of(2026, 7, 4)));
    assertThatThrownBy(() -> Holiday.of(" ", LocalDate.of(2026, 9, 7)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Holiday.of("X", null)).hasMessage("date");
    assertThatThrownBy(() -> Holiday.of("X", LocalDate.of(2026, 9, 7), null))
        .hasMessage("scheduledDate");
  }
}
