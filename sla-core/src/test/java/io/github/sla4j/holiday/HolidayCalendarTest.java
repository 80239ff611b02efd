package io.github.sla4j.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class HolidayCalendarTest {

  private static final HolidayCalendar FEDERAL = HolidayCalendar.usFederal();
  private static final HolidayCalendar NYSE = HolidayCalendar.nyse();

  // ----------------------------------------------------------------------- NYSE

  @ParameterizedTest(name = "Good Friday {0}")
  @CsvSource({"2024-03-29", "2025-04-18", "2026-04-03", "2027-03-26", "2028-04-14"})
  void nyse_goodFriday_isHoliday(LocalDate goodFriday) {
    assertThat(NYSE.holidayOn(goodFriday).map(Holiday::name)).contains("Good Friday");
    assertThat(FEDERAL.isHoliday(goodFriday)).isFalse();
  }

  @Test
  void nyse_newYear2028_onSaturday_isNotObserved() {
    assertThat(NYSE.isHoliday(LocalDate.of(2027, 12, 31))).isFalse();
    assertThat(NYSE.isHoliday(LocalDate.of(2028, 1, 1))).isFalse();
    assertThat(NYSE.holidaysIn(2028)).noneMatch(h -> h.name().equals("New Year's Day"));
    assertThat(NYSE.holidaysIn(2028)).hasSize(9);
  }

  @Test
  void nyse_2027_matchesPublishedClosures() {
    assertThat(NYSE.holidaysIn(2027))
        .extracting(Holiday::date)
        .containsExactly(
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 1, 18),
            LocalDate.of(2027, 2, 15),
            LocalDate.of(2027, 3, 26),
            LocalDate.of(2027, 5, 31),
            LocalDate.of(2027, 6, 18),
            LocalDate.of(2027, 7, 5),
            LocalDate.of(2027, 9, 6),
            LocalDate.of(2027, 11, 25),
            LocalDate.of(2027, 12, 24));
  }

  @Test
  void nyse_juneteenth_firstObservedIn2022() {
    assertThat(NYSE.isHoliday(LocalDate.of(2021, 6, 18))).isFalse();
    assertThat(NYSE.isHoliday(LocalDate.of(2022, 6, 20))).isTrue();
  }

  @Test
  void nyse_columbusAndVeteransDay_areTradingDays() {
    assertThat(NYSE.isHoliday(LocalDate.of(2026, 10, 12))).isFalse();
    assertThat(NYSE.isHoliday(LocalDate.of(2026, 11, 11))).isFalse();
    assertThat(FEDERAL.isHoliday(LocalDate.of(2026, 10, 12))).isTrue();
  }

  // ----------------------------------------------------------------------- none, of

  @Test
  void none_hasNoHolidays() {
    HolidayCalendar none = HolidayCalendar.none();
    assertThat(none.name()).isEqualTo("none");
    assertThat(none.rules()).isEmpty();
    assertThat(none.isHoliday(LocalDate.of(2027, 12, 25))).isFalse();
    assertThat(none.holidaysIn(2027)).isEmpty();
    assertThat(none.holidayOn(LocalDate.of(2027, 1, 1))).isEmpty();
  }

  @Test
  void of_listAndVarargs_areEqual() {
    HolidayRule a = HolidayRule.fixed("A", MonthDay.of(3, 1));
    HolidayRule b = HolidayRule.lastWeekday("B", Month.MARCH, DayOfWeek.FRIDAY);
    assertThat(HolidayCalendar.of("X", a, b)).isEqualTo(HolidayCalendar.of("X", List.of(a, b)));
  }

  @Test
  void of_copiesTheList() {
    List<HolidayRule> rules = new ArrayList<>();
    rules.add(HolidayRule.fixed("A", MonthDay.of(3, 1)));
    HolidayCalendar calendar = HolidayCalendar.of("X", rules);
    rules.clear();
    assertThat(calendar.rules()).hasSize(1);
    assertThatThrownBy(() -> calendar.rules().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void of_blankName_throwsWithValueAndFix() {
    assertThatThrownBy(() -> HolidayCalendar.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("' '")
        .hasMessageContaining("blank")
        .hasMessageContaining("Pass a name");
  }

  @Test
  void of_nulls_throwNpeNamingTheParameter() {
    HolidayRule rule = HolidayRule.fixed("A", MonthDay.of(3, 1));
    assertThatThrownBy(() -> HolidayCalendar.of(null, rule))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("name");
    assertThatThrownBy(() -> HolidayCalendar.of("X", (List<HolidayRule>) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules");
    assertThatThrownBy(() -> HolidayCalendar.of("X", Arrays.asList(rule, null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("rules");
  }

  @Test
  void queries_nulls_throwNpeNamingTheParameter() {
    LocalDate date = LocalDate.of(2026, 1, 1);
    assertThatThrownBy(() -> FEDERAL.isHoliday(null)).hasMessage("date");
    assertThatThrownBy(() -> FEDERAL.holidayOn(null)).hasMessage("date");
    assertThatThrownBy(() -> FEDERAL.holidaysBetween(null, date)).hasMessage("startInclusive");
    assertThatThrownBy(() -> FEDERAL.holidaysBetween(date, null)).hasMessage("endExclusive");
    assertThatThrownBy(() -> FEDERAL.plus(null)).hasMessage("other");
    assertThatThrownBy(() -> FEDERAL.withRule(null)).hasMessage("rule");
    assertThatThrownBy(() -> FEDERAL.withClosure(null, "X")).hasMessage("date");
    assertThatThrownBy(() -> FEDERAL.withClosure(date, null)).hasMessage("name");
  }

  // ----------------------------------------------------------------------- queries

  @Test
  void holidayOn_twoHolidaysOnOneDate_returnsFirstRulesAndListsBoth() {
    LocalDate mlk2025 = LocalDate.of(2025, 1, 20);
    HolidayCalendar dc = FEDERAL.withClosure(mlk2025, "Inauguration Day");
    assertThat(dc.holidayOn(mlk2025).map(Holiday::name))
        .contains("Birthday of Martin Luther King, Jr.");
    assertThat(dc.holidaysBetween(mlk2025, mlk2025.plusDays(1)))
        .extracting(Holiday::name)
        .containsExactly("Birthday of Martin Luther King, Jr.", "Inauguration Day");
    assertThat(dc.holidaysIn(2025)).hasSize(12);
  }

  @Test
  void holidaysBetween_isHalfOpen() {
    assertThat(FEDERAL.holidaysBetween(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 3)))
        .isEmpty();
    assertThat(FEDERAL.holidaysBetween(LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 4)))
        .extracting(Holiday::name)
        .containsExactly("Independence Day");
    assertThat(FEDERAL.holidaysBetween(LocalDate.of(2026, 7, 4), LocalDate.of(2026, 9, 7)))
        .isEmpty();
  }

  @Test
  void holidaysBetween_acrossYears_isSortedAndIncludesYearEnd() {
    assertThat(FEDERAL.holidaysBetween(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 1, 18)))
        .extracting(Holiday::date)
        .containsExactly(
            LocalDate.of(2027, 12, 24), LocalDate.of(2027, 12, 31), LocalDate.of(2028, 1, 17));
  }

  @Test
  void holidaysBetween_endBeforeStart_throwsWithValuesAndFix() {
    assertThatThrownBy(
            () -> FEDERAL.holidaysBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2026-02-01")
        .hasMessageContaining("2026-01-01")
        .hasMessageContaining("Swap");
  }

  @Test
  void holidaysIn_yearOutsideLocalDateRange_throwsDateTimeException() {
    assertThatThrownBy(() -> FEDERAL.holidaysIn(1_000_000_000))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("1000000000");
  }

  @Test
  void isHoliday_atEndsOfLocalDateRange_doesNotThrow() {
    assertThat(FEDERAL.isHoliday(LocalDate.MAX)).isFalse();
    boolean minIsWeekday = LocalDate.MIN.getDayOfWeek().getValue() <= 5;
    assertThat(FEDERAL.isHoliday(LocalDate.MIN)).isEqualTo(minIsWeekday);
    assertThat(FEDERAL.holidaysIn(LocalDate.MAX.getYear())).hasSizeBetween(10, 12);
    assertThat(FEDERAL.holidaysIn(LocalDate.MIN.getYear())).hasSizeBetween(10, 12);
  }

  @Test
  void holidaysIn_returnsUnmodifiableList() {
    assertThatThrownBy(() -> FEDERAL.holidaysIn(2026).clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void isHoliday_manyYears_cacheEvictionKeepsAnswersRight() {
    HolidayCalendar calendar = HolidayCalendar.of("Christmas", FEDERAL.rules().get(10));
    IntStream.rangeClosed(0, 2 * HolidayCalendar.MAX_CACHED_YEARS)
        .forEach(
            i -> {
              int year = 1000 + i;
              LocalDate christmas = LocalDate.of(year, 12, 25);
              assertThat(calendar.isHoliday(christmas))
                  .isEqualTo(christmas.getDayOfWeek().getValue() <= 5);
            });
  }

  @Test
  void isHoliday_concurrentQueries_agreeWithFreshCalendar() {
    HolidayCalendar shared = HolidayCalendar.of("copy", FEDERAL.rules());
    LocalDate start = LocalDate.of(1990, 1, 1);
    List<LocalDate> mismatches =
        IntStream.range(0, 60 * 366)
            .parallel()
            .mapToObj(start::plusDays)
            .filter(
                d ->
                    shared.isHoliday(d)
                        != HolidayCalendar.of("fresh", FEDERAL.rules()).isHoliday(d))
            .toList();
    assertThat(mismatches).isEmpty();
  }

  // ----------------------------------------------------------------------- plus, with

  @Test
  void plus_combinesRulesWithoutDuplicates() {
    HolidayRule dayAfterThanksgiving =
        HolidayRule.relativeTo("Day after Thanksgiving", FEDERAL.rules().get(9), 1);
    HolidayCalendar company = HolidayCalendar.of("Company", dayAfterThanksgiving);
    HolidayCalendar both = FEDERAL.plus(company);
    assertThat(both.name()).isEqualTo("US federal + Company");
    assertThat(both.rules()).hasSize(12).endsWith(dayAfterThanksgiving);
    assertThat(both.isHoliday(LocalDate.of(2026, 11, 27))).isTrue();
    assertThat(FEDERAL.isHoliday(LocalDate.of(2026, 11, 27))).isFalse();
    assertThat(FEDERAL.plus(FEDERAL).rules()).isEqualTo(FEDERAL.rules());
  }

  @Test
  void plus_federalAndNyse_containsBothSetsOfClosures() {
    HolidayCalendar both = FEDERAL.plus(NYSE);
    assertThat(both.isHoliday(LocalDate.of(2027, 3, 26))).isTrue();
    assertThat(both.isHoliday(LocalDate.of(2027, 12, 31))).isTrue();
    assertThat(both.isHoliday(LocalDate.of(2027, 10, 11))).isTrue();
  }

  @Test
  void withClosure_addsOneOffDateAndKeepsName() {
    LocalDate carter = LocalDate.of(2025, 1, 9);
    HolidayCalendar calendar = FEDERAL.withClosure(carter, "National Day of Mourning");
    assertThat(calendar.name()).isEqualTo("US federal");
    assertThat(calendar.holidayOn(carter)).contains(Holiday.of("National Day of Mourning", carter));
    assertThat(calendar.isHoliday(carter.plusYears(1))).isFalse();
    assertThat(FEDERAL.isHoliday(carter)).isFalse();
    assertThat(calendar.holidaysIn(2025)).hasSize(12);
  }

  @Test
  void withRule_existingRule_returnsSameCalendar() {
    assertThat(FEDERAL.withRule(FEDERAL.rules().get(0))).isSameAs(FEDERAL);
  }

  @Test
  void withClosure_blankName_throws() {
    assertThatThrownBy(() -> FEDERAL.withClosure(LocalDate.of(2025, 1, 9), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank");
  }

  // ----------------------------------------------------------------------- value semantics

  @Test
  void equalsAndHashCode_byNameAndRules() {
    HolidayCalendar copy = HolidayCalendar.of("US federal", FEDERAL.rules());
    copy.isHoliday(LocalDate.of(2026, 1, 1));
    assertThat(copy).isEqualTo(FEDERAL).hasSameHashCodeAs(FEDERAL);
    assertThat(HolidayCalendar.of("Other", FEDERAL.rules())).isNotEqualTo(FEDERAL);
    assertThat(FEDERAL).isNotEqualTo(NYSE).isNotEqualTo(null).isNotEqualTo("US federal");
    List<HolidayRule> reversed = new ArrayList<>(FEDERAL.rules());
    java.util.Collections.reverse(reversed);
    assertThat(HolidayCalendar.of("US federal", reversed)).isNotEqualTo(FEDERAL);
  }

  @Test
  void toString_showsNameAndRules() {
    assertThat(HolidayCalendar.none()).hasToString("HolidayCalendar[name=none, rules=[]]");
    assertThat(FEDERAL.toString()).startsWith("HolidayCalendar[name=US federal, rules=[Fixed[");
  }
}
