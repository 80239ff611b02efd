package io.github.sla4j.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The worked examples of the calendar rules with exact instants. Instants are hard-coded only for
 * America/New_York and settled history; for other zones the expectations are derived from {@link
 * ZoneRules} at run time (tzdb versions differ between JDKs).
 */
class BusinessCalendarExamplesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalTime T03 = LocalTime.of(3, 0);
  private static final LocalTime T18 = LocalTime.of(18, 0);

  /** Monday–Friday 03:00–18:00 New York, the seed policy's support calendar. */
  private static BusinessCalendar.Builder support() {
    return BusinessCalendar.builder(NEW_YORK)
        .name("support")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, T03, T18);
  }

  private static Instant at(String instant) {
    return Instant.parse(instant);
  }

  // ---------------------------------------------------------------------------------------------
  // Business time

  @Test
  void addBusinessTime_acrossSpringForwardWeekend_landsMondayAt0600Edt() {
    BusinessCalendar cal = support().build();
    Instant friday17Est = at("2024-03-08T22:00:00Z");

    Instant due = cal.addBusinessTime(friday17Est, Duration.ofHours(4));

    assertThat(due).isEqualTo(at("2024-03-11T10:00:00Z")); // Mon 06:00 EDT
    assertThat(Duration.between(friday17Est, due)).isEqualTo(Duration.ofHours(60));
    assertThat(cal.businessTimeBetween(friday17Est, due)).isEqualTo(Duration.ofHours(4));
  }

  @Test
  void addBusinessTime_exactFill_returnsWindowClose() {
    BusinessCalendar cal = support().build();
    Instant tuesday14 = at("2024-03-12T18:00:00Z");

    assertThat(cal.addBusinessTime(tuesday14, Duration.ofHours(4)))
        .as("Tue 18:00 EDT, not Wed 03:00")
        .isEqualTo(at("2024-03-12T22:00:00Z"));
    assertThat(cal.addBusinessTime(tuesday14, Duration.ofHours(4).plusNanos(1)))
        .as("one nanosecond more starts Wednesday")
        .isEqualTo(at("2024-03-13T07:00:00.000000001Z"));
  }

  @Test
  void subtractBusinessTime_exactFill_returnsWindowOpen() {
    BusinessCalendar cal = support().build();
    Instant wednesday07 = at("2024-03-13T11:00:00Z");

    Instant start = cal.subtractBusinessTime(wednesday07, Duration.ofHours(4));

    assertThat(start).as("Wed 03:00 EDT, not Tue 18:00").isEqualTo(at("2024-03-13T07:00:00Z"));
    assertThat(cal.addBusinessTime(start, Duration.ofHours(4))).isEqualTo(wednesday07);
    assertThat(cal.addBusinessTime(wednesday07, Duration.ofHours(-4))).isEqualTo(start);
  }

  @Test
  void addBusinessTime_backToWindowOpen_landsOnPreviousClose() {
    BusinessCalendar cal = support().build();
    Instant wednesday03 = at("2024-03-13T07:00:00Z");
    Instant start = cal.subtractBusinessTime(wednesday03, Duration.ofHours(2));

    assertThat(start).isEqualTo(at("2024-03-12T20:00:00Z")); // Tue 16:00 EDT
    assertThat(cal.addBusinessTime(start, Duration.ofHours(2)))
        .as("the earliest instant with 2 h: Tue 18:00, not Wed 03:00")
        .isEqualTo(at("2024-03-12T22:00:00Z"));
  }

  @Test
  void holiday_thanksgiving_isSkipped() {
    LocalDate thanksgiving = LocalDate.of(2026, 11, 26);
    BusinessCalendar cal = support().holiday(thanksgiving, "Thanksgiving Day").build();
    Instant wednesday17 = at("2026-11-25T22:00:00Z");

    assertThat(cal.isWorkingDate(thanksgiving)).isFalse();
    assertThat(cal.holidayOn(thanksgiving)).isPresent();
    assertThat(cal.holidayOn(thanksgiving.plusDays(1))).isEmpty();
    assertThat(cal.openPeriodsOn(thanksgiving)).isEmpty();
    assertThat(cal.isOpen(at("2026-11-26T15:00:00Z"))).isFalse();
    assertThat(cal.addBusinessTime(wednesday17, Duration.ofHours(2)))
        .as("Fri 04:00 EST")
        .isEqualTo(at("2026-11-27T09:00:00Z"));
    assertThat(cal.nextOpen(wednesday17.plus(Duration.ofHours(1))))
        .isEqualTo(at("2026-11-27T08:00:00Z"));
    assertThat(cal.addBusinessDays(at("2026-11-25T15:00:00Z"), 1))
        .as("Wed 10:00 + 1 business day is Fri 10:00")
        .isEqualTo(at("2026-11-27T15:00:00Z"));
  }

  @Test
  void specialHours_onHoliday_winOverTheHoliday() {
    LocalDate thanksgiving = LocalDate.of(2026, 11, 26);
    BusinessCalendar cal =
        support()
            .holiday(thanksgiving, "Thanksgiving Day")
            .specialHours(thanksgiving, LocalTime.of(9, 0), LocalTime.of(13, 0))
            .build();

    assertThat(cal.isWorkingDate(thanksgiving)).isTrue();
    assertThat(cal.holidayOn(thanksgiving)).isEmpty();
    assertThat(cal.openPeriodsOn(thanksgiving))
        .containsExactly(OpenPeriod.of(at("2026-11-26T14:00:00Z"), at("2026-11-26T18:00:00Z")));
    assertThat(cal.isOpen(at("2026-11-26T13:59:59.999999999Z"))).isFalse();
    assertThat(cal.isOpen(at("2026-11-26T14:00:00Z"))).isTrue();
  }

  @Test
  void specialHours_onWeekend_openAnExtraWorkingSaturday() {
    LocalDate saturday = LocalDate.of(2024, 3, 16);
    BusinessCalendar cal =
        support().specialHours(saturday, LocalTime.of(10, 0), LocalTime.of(12, 0)).build();

    assertThat(cal.isWorkingDate(saturday)).isTrue();
    assertThat(cal.addBusinessTime(at("2024-03-15T21:00:00Z"), Duration.ofHours(2)))
        .as("Fri 17:00 EDT + 2 h: 1 h Friday, 1 h Saturday")
        .isEqualTo(at("2024-03-16T15:00:00Z"));
  }

  // ---------------------------------------------------------------------------------------------
  // 24/7 in New York: 23- and 25-hour days

  @Test
  void alwaysOpen_newYork_springForwardDayHas23Hours() {
    BusinessCalendar cal = BusinessCalendar.alwaysOpen(NEW_YORK);
    Instant start = at("2024-03-10T05:00:00Z");
    Instant end = at("2024-03-11T04:00:00Z");

    assertThat(cal.businessTimeBetween(start, end)).isEqualTo(Duration.ofHours(23));
    assertThat(cal.openPeriodsOn(LocalDate.of(2024, 3, 10)))
        .containsExactly(OpenPeriod.of(start, end));
    assertThat(cal.addBusinessDays(start, 1)).as("k = 0: the close of that day").isEqualTo(end);
    assertThat(cal.addBusinessDays(at("2024-03-09T05:00:00Z"), 2))
        .as("Sat 00:00 + 2 days, 47 h")
        .isEqualTo(end);
    assertThat(cal.addBusinessDays(at("2024-03-09T17:00:00Z"), 1))
        .as("Sat 12:00 EST: 12 h into the 23-hour Sunday is 13:00 EDT")
        .isEqualTo(at("2024-03-10T17:00:00Z"));
  }

  @Test
  void alwaysOpen_newYork_fallBackDayHas25Hours() {
    BusinessCalendar cal = BusinessCalendar.alwaysOpen(NEW_YORK);
    Instant start = at("2024-11-03T04:00:00Z");
    Instant end = at("2024-11-04T05:00:00Z");

    assertThat(cal.businessTimeBetween(start, end)).isEqualTo(Duration.ofHours(25));
    assertThat(cal.addBusinessDays(at("2024-11-02T04:00:00Z"), 2))
        .as("Sat 00:00 + 2 days, 49 h")
        .isEqualTo(end);
    assertThat(cal.addBusinessDays(at("2024-11-02T16:00:00Z"), 1))
        .as("Sat 12:00 EDT: 12 h into the 25-hour Sunday is 11:00 EST")
        .isEqualTo(at("2024-11-03T16:00:00Z"));
    assertThat(cal.addBusinessTime(start, Duration.ofHours(25))).isEqualTo(end);
  }

  // ---------------------------------------------------------------------------------------------
  // Windows in DST gaps and overlaps

  @Test
  void window_inSpringForwardGap_closesAtTheJumpTo0300() {
    BusinessCalendar cal =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(2, 30))
            .build();
    LocalDate springForward = LocalDate.of(2024, 3, 10);

    assertThat(cal.openPeriodsOn(springForward))
        .as("01:00 EST to the jump to 03:00 EDT, not 03:30")
        .containsExactly(OpenPeriod.of(at("2024-03-10T06:00:00Z"), at("2024-03-10T07:00:00Z")));
    assertThat(cal.nextClose(at("2024-03-10T06:30:00Z"))).isEqualTo(at("2024-03-10T07:00:00Z"));
    assertThat(cal.isOpen(at("2024-03-10T07:00:00Z"))).isFalse();
    assertThat(cal.isOpen(at("2024-03-10T06:59:59.999999999Z"))).isTrue();
    assertThat(cal.businessTimeBetween(at("2024-03-10T00:00:00Z"), at("2024-03-11T00:00:00Z")))
        .isEqualTo(Duration.ofHours(1));
    assertThat(cal.addBusinessTime(at("2024-03-10T06:00:00Z"), Duration.ofMinutes(90)))
        .as("the rest comes a week later, Sun 2024-03-17 01:30 EDT")
        .isEqualTo(at("2024-03-17T05:30:00Z"));
  }

  @Test
  void window_endingInFallBackOverlap_closesAtFirstPass_andRepeatedHourStaysClosed() {
    BusinessCalendar cal =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(1, 30))
            .build();
    LocalDate fallBack = LocalDate.of(2024, 11, 3);

    assertThat(cal.openPeriodsOn(fallBack))
        .containsExactly(OpenPeriod.of(at("2024-11-03T04:00:00Z"), at("2024-11-03T05:30:00Z")));
    assertThat(cal.nextClose(at("2024-11-03T04:00:00Z"))).isEqualTo(at("2024-11-03T05:30:00Z"));
    assertThat(cal.isOpen(at("2024-11-03T06:15:00Z"))).as("01:15 EST, second pass").isFalse();
    assertThat(cal.nextOpen(at("2024-11-03T05:30:00Z")))
        .as("next Sunday 00:00 EST")
        .isEqualTo(at("2024-11-10T05:00:00Z"));
    assertThat(cal.businessTimeBetween(at("2024-11-03T00:00:00Z"), at("2024-11-04T00:00:00Z")))
        .isEqualTo(Duration.ofMinutes(90));
  }

  @Test
  void santiago_fallBackAtMidnight_givesSaturday25HoursAndNoSecondPass() {
    ZoneId santiago = ZoneId.of("America/Santiago");
    ZoneOffsetTransition tr = transitionIn(santiago, 2022, true);
    // Settled history: the clock went from Sunday 00:00 back to Saturday 23:00.
    assertThat(tr.getDateTimeBefore().toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
    assertThat(tr.getDuration()).isEqualTo(Duration.ofHours(-1));
    LocalDate saturday = tr.getDateTimeAfter().toLocalDate();
    Instant saturdayStart = saturday.atStartOfDay(santiago).toInstant();
    Instant sundayStart = tr.getInstant().plus(Duration.ofHours(1)); // Sunday 00:00, once

    BusinessCalendar allDay = BusinessCalendar.alwaysOpen(santiago);
    assertThat(allDay.businessTimeBetween(saturdayStart, sundayStart))
        .isEqualTo(Duration.ofHours(25));
    assertThat(allDay.openPeriodsOn(saturday))
        .containsExactly(OpenPeriod.of(saturdayStart, sundayStart));

    BusinessCalendar cal =
        BusinessCalendar.builder(santiago)
            .hours(DayOfWeek.SATURDAY, LocalTime.of(23, 0), LocalTime.of(23, 30))
            .build();
    assertThat(cal.openPeriodsOn(saturday))
        .as("first pass of 23:00-23:30 only")
        .containsExactly(
            OpenPeriod.of(
                tr.getInstant().minus(Duration.ofHours(1)),
                tr.getInstant().minus(Duration.ofMinutes(30))));
    assertThat(cal.isOpen(tr.getInstant().plus(Duration.ofMinutes(15))))
        .as("23:15 again")
        .isFalse();

    // A window whose close (24:00) comes after the overlap spans both passes of 23:00-24:00:
    // the clock first reads Sunday 00:00 one hour after the transition.
    BusinessCalendar evening =
        BusinessCalendar.builder(santiago)
            .hours(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)
            .build();
    assertThat(evening.openPeriodsOn(saturday))
        .containsExactly(OpenPeriod.of(tr.getInstant().minus(Duration.ofHours(2)), sundayStart));
    assertThat(dayLength(evening, saturday)).isEqualTo(Duration.ofHours(3));
  }

  @Test
  void window_spanningTheWholeFallBackOverlap_countsTheRepeatedHour() {
    BusinessCalendar cal =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(3, 0))
            .build();

    assertThat(cal.openPeriodsOn(LocalDate.of(2024, 11, 3)))
        .as("00:00 EDT to 03:00 EST: four hours of elapsed time")
        .containsExactly(OpenPeriod.of(at("2024-11-03T04:00:00Z"), at("2024-11-03T08:00:00Z")));
    assertThat(cal.isOpen(at("2024-11-03T06:15:00Z"))).as("01:15 EST, second pass").isTrue();
  }

  @Test
  void santiago_springForwardAtMidnight_dropsSundayMidnightWindow() {
    ZoneId santiago = ZoneId.of("America/Santiago");
    ZoneOffsetTransition tr = transitionIn(santiago, 2022, false);
    assertThat(tr.getDateTimeBefore().toLocalTime()).isEqualTo(LocalTime.MIDNIGHT);
    LocalDate sunday = tr.getDateTimeBefore().toLocalDate();
    assertThat(sunday.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);

    BusinessCalendar cal =
        BusinessCalendar.builder(santiago)
            .hours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, tr.getDateTimeAfter().toLocalTime())
            .hours(DayOfWeek.SATURDAY, LocalTime.of(23, 0), LocalTime.MIDNIGHT)
            .build();
    assertThat(cal.isWorkingDate(sunday)).as("its only window is in the gap").isFalse();
    assertThat(cal.isWorkingDate(sunday.plusDays(7))).isTrue();
    assertThat(cal.openPeriodsOn(sunday.minusDays(1)))
        .as("Saturday 23:00 to the jump")
        .containsExactly(
            OpenPeriod.of(tr.getInstant().minus(Duration.ofHours(1)), tr.getInstant()));
    Instant sundayStart = tr.getInstant();
    assertThat(
            BusinessCalendar.alwaysOpen(santiago)
                .businessTimeBetween(
                    sundayStart, sunday.plusDays(1).atStartOfDay(santiago).toInstant()))
        .isEqualTo(Duration.ofHours(23));
  }

  @Test
  void lordHowe_thirtyMinuteShift_givesDaysOf23h30And24h30() {
    ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
    ZoneOffsetTransition gap = transitionIn(lordHowe, 2022, false);
    ZoneOffsetTransition overlap = transitionIn(lordHowe, 2022, true);
    assertThat(gap.getDuration()).isEqualTo(Duration.ofMinutes(30));
    assertThat(overlap.getDuration()).isEqualTo(Duration.ofMinutes(-30));
    BusinessCalendar allDay = BusinessCalendar.alwaysOpen(lordHowe);
    assertThat(dayLength(allDay, gap.getDateTimeBefore().toLocalDate()))
        .isEqualTo(Duration.ofMinutes(23 * 60 + 30));
    assertThat(dayLength(allDay, overlap.getDateTimeBefore().toLocalDate()))
        .isEqualTo(Duration.ofMinutes(24 * 60 + 30));

    // A window around the gap loses the skipped half hour.
    LocalTime gapStart = gap.getDateTimeBefore().toLocalTime();
    BusinessCalendar cal =
        BusinessCalendar.builder(lordHowe)
            .hours(DayOfWeek.SUNDAY, gapStart.minusHours(1), gapStart.plusHours(1))
            .build();
    LocalDate gapDay = gap.getDateTimeBefore().toLocalDate();
    assertThat(dayLength(cal, gapDay)).isEqualTo(Duration.ofMinutes(90));
    assertThat(cal.openPeriodsOn(gapDay))
        .containsExactly(
            OpenPeriod.of(
                gap.getInstant().minus(Duration.ofHours(1)),
                gap.getInstant().plus(Duration.ofMinutes(30))));
  }

  @Test
  void apia_missingDate_isNotWorking_andBusinessTimeSkipsIt() {
    ZoneId apia = ZoneId.of("Pacific/Apia");
    LocalDate missing = LocalDate.of(2011, 12, 30); // a Friday that never happened in Samoa
    BusinessCalendar cal =
        BusinessCalendar.builder(apia)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    Instant thursdayNoon = LocalDateTime.of(2011, 12, 29, 12, 0).atZone(apia).toInstant();
    Instant mondayNoon = LocalDateTime.of(2012, 1, 2, 12, 0).atZone(apia).toInstant();

    assertThat(cal.isWorkingDate(missing)).isFalse();
    assertThat(cal.openPeriodsOn(missing)).isEmpty();
    assertThat(cal.businessTimeBetween(thursdayNoon, mondayNoon)).isEqualTo(Duration.ofHours(8));
    assertThat(cal.addBusinessTime(thursdayNoon, Duration.ofHours(6)))
        .as("5 h Thursday, then Monday 09:00 + 1 h")
        .isEqualTo(LocalDateTime.of(2012, 1, 2, 10, 0).atZone(apia).toInstant());
    assertThat(cal.addBusinessDays(thursdayNoon, 1)).isEqualTo(mondayNoon);
    assertThat(cal.nextOpen(LocalDateTime.of(2011, 12, 29, 17, 0).atZone(apia).toInstant()))
        .isEqualTo(LocalDateTime.of(2012, 1, 2, 9, 0).atZone(apia).toInstant());
  }

  // ---------------------------------------------------------------------------------------------
  // Touching windows

  @Test
  void touchingWindows_mergeWithinADayAndAcrossMidnight() {
    BusinessCalendar cal =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT)
            .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(18, 0))
            .hours(DayOfWeek.TUESDAY, LocalTime.MIDNIGHT, T03)
            .build();

    assertThat(cal.weeklyHours(DayOfWeek.MONDAY))
        .containsExactly(TimeWindow.of(LocalTime.of(9, 0), LocalTime.MIDNIGHT));
    Instant tuesday03 = at("2024-03-19T07:00:00Z");
    assertThat(cal.nextClose(at("2024-03-18T14:00:00Z"))).as("from Mon 10:00").isEqualTo(tuesday03);
    assertThat(cal.nextClose(at("2024-03-18T22:00:00Z"))).as("from Mon 18:00").isEqualTo(tuesday03);
    assertThat(cal.nextClose(at("2024-03-17T12:00:00Z"))).as("from Sunday").isEqualTo(tuesday03);
    assertThat(cal.businessTimeBetween(at("2024-03-18T21:00:00Z"), tuesday03))
        .isEqualTo(Duration.ofHours(10));
    assertThat(cal.addBusinessTime(at("2024-03-18T21:00:00Z"), Duration.ofHours(10)))
        .isEqualTo(tuesday03);
  }

  // ---------------------------------------------------------------------------------------------
  // Business days

  @Test
  void addBusinessDays_oneFromSaturdayOrMondayOpen_isMondayClose() {
    BusinessCalendar cal = support().build();
    Instant monday18 = at("2024-03-18T22:00:00Z");

    assertThat(cal.addBusinessDays(at("2024-03-16T16:00:00Z"), 1)).isEqualTo(monday18);
    assertThat(cal.addBusinessDays(at("2024-03-18T07:00:00Z"), 1)).isEqualTo(monday18);
    assertThat(cal.addBusinessDays(at("2024-03-18T06:59:59Z"), 1)).isEqualTo(monday18);
    assertThat(cal.addBusinessDays(at("2024-03-16T16:00:00Z"), 2))
        .isEqualTo(at("2024-03-19T22:00:00Z"));
  }

  @Test
  void addBusinessDays_fromMidDay_keepsTheLocalTime() {
    BusinessCalendar cal = support().build();

    assertThat(cal.addBusinessDays(at("2024-03-06T15:30:00Z"), 3))
        .as("Wed 10:30 EST + 3 is Mon 10:30 EDT, across the spring-forward weekend")
        .isEqualTo(at("2024-03-11T14:30:00Z"));
    assertThat(cal.addBusinessDays(at("2024-03-15T21:59:59.5Z"), 1))
        .as("Fri 17:59:59.5 + 1 is Mon 17:59:59.5")
        .isEqualTo(at("2024-03-18T21:59:59.5Z"));
    assertThat(cal.addBusinessDays(at("2024-03-06T15:30:00Z"), 3))
        .isEqualTo(cal.addBusinessTime(at("2024-03-06T15:30:00Z"), Duration.ofHours(45)));
  }

  @Test
  void addBusinessDays_zero_returnsTheInstant() {
    BusinessCalendar cal = support().build();
    Instant saturday = at("2024-03-16T16:00:00.123Z");

    assertThat(cal.addBusinessDays(saturday, 0)).isEqualTo(saturday);
    assertThat(cal.addBusinessDays(at("2024-03-18T14:00:00Z"), 0))
        .isEqualTo(at("2024-03-18T14:00:00Z"));
  }

  @Test
  void addBusinessDays_negative_throwsIllegalArgumentException() {
    BusinessCalendar cal = support().build();

    assertThatThrownBy(() -> cal.addBusinessDays(at("2024-03-18T14:00:00Z"), -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  // ---------------------------------------------------------------------------------------------

  /** The first gap ({@code overlap == false}) or overlap transition of a year. */
  private static ZoneOffsetTransition transitionIn(ZoneId zone, int year, boolean overlap) {
    List<ZoneOffsetTransition> found = new ArrayList<>();
    ZoneRules rules = zone.getRules();
    ZoneOffsetTransition tr =
        rules.nextTransition(LocalDate.of(year, 1, 1).atStartOfDay(zone).toInstant());
    while (tr != null && tr.getDateTimeBefore().getYear() == year) {
      if (tr.isOverlap() == overlap) {
        found.add(tr);
      }
      tr = rules.nextTransition(tr.getInstant());
    }
    assertThat(found)
        .as("%s %s transitions in %d", zone, overlap ? "overlap" : "gap", year)
        .isNotEmpty();
    return found.get(0);
  }

  private static Duration dayLength(BusinessCalendar cal, LocalDate date) {
    return cal.openPeriodsOn(date).stream()
        .map(OpenPeriod::duration)
        .reduce(Duration.ZERO, Duration::plus);
  }
}
