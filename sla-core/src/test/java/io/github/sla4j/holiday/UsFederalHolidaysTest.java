package io.github.sla4j.holiday;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** {@link HolidayCalendar#usFederal()} against the published observed dates 2024–2032. */
class UsFederalHolidaysTest {

  private static final HolidayCalendar FEDERAL = HolidayCalendar.usFederal();
  private static final Pattern ROW = Pattern.compile("(\\d{4}),\"(.+) \\(.+\\)\",(\\S+)");

  /** One row of the CSV: the holiday year, the statutory name, the observed date. */
  record Row(int holidayYear, String name, LocalDate observed) {
    @Override
    public String toString() {
      return holidayYear + " " + name + " observed " + observed;
    }
  }

  static List<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(
                UsFederalHolidaysTest.class.getResourceAsStream(
                    "/us-federal-holidays-2024-2032.csv"),
                "test resource us-federal-holidays-2024-2032.csv");
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      reader.readLine();
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        Matcher m = ROW.matcher(line);
        assertThat(m.matches()).as("CSV row %s", line).isTrue();
        rows.add(new Row(Integer.parseInt(m.group(1)), m.group(2), LocalDate.parse(m.group(3))));
      }
    }
    return rows;
  }

  @Test
  void csv_hasNinetyNineRows_elevenHolidaysForNineYears() throws IOException {
    assertThat(rows()).hasSize(99);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void usFederal_csvRow_ruleOfThatNameYieldsObservedDate(Row row) {
    Optional<HolidayRule> rule =
        FEDERAL.rules().stream().filter(r -> r.name().equals(row.name())).findFirst();
    assertThat(rule).as("a rule named '%s'", row.name()).isPresent();
    assertThat(rule.orElseThrow().inYear(row.holidayYear()).map(Holiday::date))
        .contains(row.observed());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void usFederal_csvRow_observedDateIsHolidayOfThatName(Row row) {
    assertThat(FEDERAL.isHoliday(row.observed())).isTrue();
    assertThat(FEDERAL.holidayOn(row.observed()).map(Holiday::name)).contains(row.name());
    assertThat(FEDERAL.holidaysIn(row.observed().getYear()))
        .anySatisfy(
            h -> {
              assertThat(h.name()).isEqualTo(row.name());
              assertThat(h.date()).isEqualTo(row.observed());
            });
  }

  @Test
  void usFederal_holidays2024To2032_areExactlyTheCsvRows() throws IOException {
    List<LocalDate> expected =
        rows().stream()
            .map(Row::observed)
            .filter(d -> d.getYear() >= 2024 && d.getYear() <= 2032)
            .sorted()
            .toList();
    List<LocalDate> actual =
        FEDERAL.holidaysBetween(LocalDate.of(2024, 1, 1), LocalDate.of(2033, 1, 1)).stream()
            .map(Holiday::date)
            .toList();
    // The CSV is keyed by holiday year: 2032-12-31 (New Year's Day 2033) is the one date of the
    // range it does not list.
    assertThat(actual).containsExactlyElementsOf(plus(expected, LocalDate.of(2032, 12, 31)));
  }

  private static List<LocalDate> plus(List<LocalDate> dates, LocalDate extra) {
    List<LocalDate> result = new ArrayList<>(dates);
    result.add(extra);
    return result;
  }

  @ParameterizedTest(name = "holidaysIn({0}) has {1}")
  @CsvSource({
    "2024, 11",
    "2025, 11",
    "2026, 11",
    "2027, 12",
    "2028, 10",
    "2029, 11",
    "2030, 11",
    "2031, 11",
    "2032, 12"
  })
  void usFederal_holidaysIn_calendarYearCounts(int year, int count) {
    assertThat(FEDERAL.holidaysIn(year)).hasSize(count);
  }

  @Test
  void usFederal_newYear2028_observedOnFriday2027_12_31() {
    LocalDate date = LocalDate.of(2027, 12, 31);
    assertThat(date.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(FEDERAL.isHoliday(date)).isTrue();
    assertThat(FEDERAL.holidayOn(date))
        .contains(Holiday.of("New Year's Day", date, LocalDate.of(2028, 1, 1)));
  }

  @Test
  void usFederal_holidaysIn2027_containsBothNewYearsDays() {
    assertThat(FEDERAL.holidaysIn(2027))
        .filteredOn(h -> h.name().equals("New Year's Day"))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31));
  }

  @Test
  void usFederal_holidaysIn2028_hasNoNewYearsDay() {
    assertThat(FEDERAL.holidaysIn(2028)).noneMatch(h -> h.name().equals("New Year's Day"));
    assertThat(FEDERAL.isHoliday(LocalDate.of(2028, 1, 1))).isFalse();
  }

  @Test
  void usFederal_independenceDay2026_observedOnFriday2026_07_03() {
    assertThat(FEDERAL.holidayOn(LocalDate.of(2026, 7, 3)))
        .contains(
            Holiday.of("Independence Day", LocalDate.of(2026, 7, 3), LocalDate.of(2026, 7, 4)));
    assertThat(FEDERAL.isHoliday(LocalDate.of(2026, 7, 4))).isFalse();
  }

  @Test
  void usFederal_veteransDay2029_onSunday_observedOnMonday2029_11_12() {
    assertThat(FEDERAL.holidayOn(LocalDate.of(2029, 11, 12)).map(Holiday::scheduledDate))
        .contains(LocalDate.of(2029, 11, 11));
  }

  @Test
  void usFederal_juneteenth_firstObservedIn2021() {
    assertThat(FEDERAL.isHoliday(LocalDate.of(2020, 6, 19))).isFalse();
    assertThat(FEDERAL.holidayOn(LocalDate.of(2021, 6, 18)).map(Holiday::name))
        .contains("Juneteenth National Independence Day");
  }

  @Test
  void usFederal_thanksgiving2028_isFourthNotLastThursday() {
    assertThat(FEDERAL.isHoliday(LocalDate.of(2028, 11, 23))).isTrue();
    assertThat(FEDERAL.isHoliday(LocalDate.of(2028, 11, 30))).isFalse();
  }

  @Test
  void usFederal_memorialDay2027_isLastNotFourthMonday() {
    assertThat(FEDERAL.isHoliday(LocalDate.of(2027, 5, 31))).isTrue();
    assertThat(FEDERAL.isHoliday(LocalDate.of(2027, 5, 24))).isFalse();
  }

  @Test
  void usFederal_hasElevenRulesWithStatutoryNames() {
    assertThat(FEDERAL.name()).isEqualTo("US federal");
    assertThat(FEDERAL.rules())
        .extracting(HolidayRule::name)
        .containsExactly(
            "New Year's Day",
            "Birthday of Martin Luther King, Jr.",
            "Washington's Birthday",
            "Memorial Day",
            "Juneteenth National Independence Day",
            "Independence Day",
            "Labor Day",
            "Columbus Day",
            "Veterans Day",
            "Thanksgiving Day",
            "Christmas Day");
  }
}
