package io.github.sla4j.holiday;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class HolidaySourceTest {

  /** Two holidays a year: March 3 ("Spring day") and December 31 ("Year end"). */
  private static final class CountingSource implements HolidaySource {
    final AtomicInteger calls = new AtomicInteger();

    @Override
    public List<Holiday> holidaysIn(int year) {
      calls.incrementAndGet();
      return List.of(
          Holiday.of("Year end", LocalDate.of(year, 12, 31)),
          Holiday.of("Spring day", LocalDate.of(year, 3, 3)));
    }
  }

  @Test
  void sourceBacked_answersLikeRules() {
    HolidayCalendar calendar = HolidayCalendar.of("Test", new CountingSource());

    assertThat(calendar.isHoliday(LocalDate.of(2027, 3, 3))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2027, 3, 4))).isFalse();
    assertThat(calendar.holidayOn(LocalDate.of(2027, 12, 31)).map(Holiday::name))
        .contains("Year end");
    assertThat(calendar.holidaysIn(2027))
        .extracting(Holiday::date)
        .containsExactly(LocalDate.of(2027, 3, 3), LocalDate.of(2027, 12, 31));
    assertThat(calendar.holidaysBetween(LocalDate.of(2027, 12, 1), LocalDate.of(2028, 6, 1)))
        .extracting(Holiday::name)
        .containsExactly("Year end", "Spring day");
    assertThat(calendar.rules()).isEmpty();
    assertThat(calendar.isEmpty()).isFalse();
    assertThat(HolidayCalendar.none().isEmpty()).isTrue();
  }

  @Test
  void sourceBacked_asksTheSourceOncePerYear() {
    CountingSource source = new CountingSource();
    HolidayCalendar calendar = HolidayCalendar.of("Test", source);

    for (int day = 0; day < 365 * 3; day++) {
      calendar.isHoliday(LocalDate.of(2030, 1, 1).plusDays(day));
    }

    assertThat(source.calls).hasValue(3);
  }

  @Test
  void sourceBacked_concurrentQueries_agree() throws Exception {
    CountingSource source = new CountingSource();
    HolidayCalendar calendar = HolidayCalendar.of("Test", source);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        results.add(
            pool.submit(
                () -> {
                  int found = 0;
                  for (int year = 2000; year < 2100; year++) {
                    found += calendar.isHoliday(LocalDate.of(year, 3, 3)) ? 1 : 0;
                    found += calendar.isHoliday(LocalDate.of(year, 3, 4)) ? 1 : 0;
                  }
                  return found;
                }));
      }
      for (Future<Integer> result : results) {
        assertThat(result.get(30, TimeUnit.SECONDS)).isEqualTo(100);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void plusAndWithClosure_keepTheSource() {
    CountingSource source = new CountingSource();
    HolidayCalendar calendar =
        HolidayCalendar.of("Test", source)
            .withClosure(LocalDate.of(2027, 5, 5), "Office move")
            .plus(HolidayCalendar.usFederal());

    assertThat(calendar.name()).isEqualTo("Test + US federal");
    assertThat(calendar.sources()).containsExactly(source);
    assertThat(calendar.isHoliday(LocalDate.of(2027, 3, 3))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2027, 5, 5))).isTrue();
    assertThat(calendar.isHoliday(LocalDate.of(2027, 11, 25))).isTrue();
    assertThat(calendar.plus(HolidayCalendar.of("Again", source)).sources())
        .containsExactly(source);
  }

  @Test
  void holidayOn_sameDate_rulesComeBeforeSources() {
    HolidayCalendar calendar =
        HolidayCalendar.of(
            "Test",
            List.of(HolidayRule.oneOff("Rule day", LocalDate.of(2027, 3, 3))),
            List.of(new CountingSource()));

    assertThat(calendar.holidayOn(LocalDate.of(2027, 3, 3)).map(Holiday::name))
        .contains("Rule day");
    assertThat(calendar.holidaysIn(2027)).hasSize(3);
  }

  @Test
  void source_returningAnotherYear_throwsNamingTheSourceAndYear() {
    HolidaySource wrong =
        new HolidaySource() {
          @Override
          public List<Holiday> holidaysIn(int year) {
            return List.of(Holiday.of("Stray", LocalDate.of(year + 1, 1, 1)));
          }

          @Override
          public String toString() {
            return "WrongSource";
          }
        };
    HolidayCalendar calendar = HolidayCalendar.of("Test", wrong);

    assertThatThrownBy(() -> calendar.isHoliday(LocalDate.of(2027, 1, 1)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "Holiday source WrongSource of calendar 'Test' returned 2028-01-01 Stray for year"
                + " 2027: a source must return only holidays observed in the year asked for. Fix"
                + " the source.");
  }

  @Test
  void of_nulls_throwNpeNamingTheParameter() {
    assertThatThrownBy(() -> HolidayCalendar.of("Test", (HolidaySource) null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("source");
    List<HolidaySource> withNull = new ArrayList<>();
    withNull.add(null);
    assertThatThrownBy(() -> HolidayCalendar.of("Test", List.of(), withNull))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("sources");
  }

  @Test
  void equality_includesSources() {
    CountingSource source = new CountingSource();
    assertThat(HolidayCalendar.of("Test", source)).isEqualTo(HolidayCalendar.of("Test", source));
    assertThat(HolidayCalendar.of("Test", source))
        .isNotEqualTo(HolidayCalendar.of("Test", new CountingSource()));
    assertThat(HolidayCalendar.of("Test", source))
        .isNotEqualTo(HolidayCalendar.of("Test", List.of()));
  }

  @Test
  void businessCalendar_closesOnSourceHolidays_andBuilderCombines() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BusinessCalendar calendar =
        BusinessCalendar.builder(berlin)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(HolidayCalendar.of("Test", new CountingSource()))
            .holiday(LocalDate.of(2027, 3, 4))
            .build();

    // Wednesday 2027-03-03 (source) and Thursday 03-04 (builder) are closed.
    assertThat(calendar.isWorkingDate(LocalDate.of(2027, 3, 3))).isFalse();
    assertThat(calendar.isWorkingDate(LocalDate.of(2027, 3, 4))).isFalse();
    ZonedDateTime tuesdayNoon = ZonedDateTime.of(2027, 3, 2, 12, 0, 0, 0, berlin);
    assertThat(calendar.addBusinessTime(tuesdayNoon.toInstant(), Duration.ofHours(8)))
        .isEqualTo(ZonedDateTime.of(2027, 3, 5, 12, 0, 0, 0, berlin).toInstant());
  }

  @Test
  void businessCalendar_allDaySchedule_withSourceHolidays_isNotAlwaysOpen() {
    BusinessCalendar calendar =
        BusinessCalendar.builder(ZoneId.of("UTC"))
            .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .holidays(HolidayCalendar.of("Test", new CountingSource()))
            .build();

    assertThat(calendar.isWorkingDate(LocalDate.of(2027, 3, 3))).isFalse();
  }

  // ----------------------------------------------------------------------- regions

  @Test
  void region_normalisesCodesAndDefaultsToObservedPublicHolidays() {
    HolidayRegion region = HolidayRegion.of(" DE ", "By");

    assertThat(region).isEqualTo(HolidayRegion.of("de", "by"));
    assertThat(region.dates()).isEqualTo(HolidayRegion.Dates.OBSERVED);
    assertThat(region.bankHolidays()).isFalse();
    assertThat(region.code()).isEqualTo("DE-BY");
    assertThat(region.withDates(HolidayRegion.Dates.ACTUAL).withBankHolidays(true))
        .isEqualTo(new HolidayRegion("de", List.of("by"), HolidayRegion.Dates.ACTUAL, true));
  }

  @Test
  void region_blankSubdivision_throwsWithValueAndFix() {
    assertThatThrownBy(() -> HolidayRegion.of("de", ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Subdivision code '' of holiday region 'de' is blank: a region needs an ISO 3166 code"
                + " such as \"de\" or \"by\". Leave an empty subdivision out, or list the valid"
                + " codes with JollydayHolidays.countries() and"
                + " JollydayHolidays.subdivisions(country).");
  }

  @Test
  void region_calendar_withoutProvider_throwsNamingTheDependency() {
    assertThatThrownBy(() -> HolidayRegion.of("de", "by").calendar())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(
            "No holiday provider is installed to compute the holidays of region DE-BY: a"
                + " calendar by country and subdivision needs one on the class path or module"
                + " path. Add the dependency io.github.sla4j:sla-jollyday.");
  }
}
