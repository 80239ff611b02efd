package io.github.sla4j.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every worked example of docs/semantics.md §1–§8, with exact instants. (§9 is pinned by the
 * holiday tests, §10 by the policy and tracking tests.)
 */
class SemanticsExamplesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private static BusinessCalendar.Builder supportBuilder() {
    return BusinessCalendar.builder(NEW_YORK)
        .name("support")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
        .holidays(HolidayCalendar.usFederal());
  }

  private static final BusinessCalendar SUPPORT = supportBuilder().build();

  private static Instant ny(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  @Test
  void s1_nanosecondsCarryOverExactly() {
    Instant t = ny("2026-11-24T14:00").plusNanos(1);
    assertThat(SUPPORT.addBusinessTime(t, Duration.ofHours(4)))
        .isEqualTo(ny("2026-11-25T03:00").plusNanos(1));
  }

  @Test
  void s2_specialHours_halfDayAndOpenHoliday() {
    BusinessCalendar cal =
        supportBuilder()
            .specialHours(LocalDate.of(2026, 11, 27), LocalTime.of(3, 0), LocalTime.of(12, 0))
            .specialHours(LocalDate.of(2026, 11, 26), LocalTime.of(9, 0), LocalTime.of(10, 0))
            .build();
    assertThat(cal.openPeriodsOn(LocalDate.of(2026, 11, 27)))
        .containsExactly(OpenPeriod.of(ny("2026-11-27T03:00"), ny("2026-11-27T12:00")));
    assertThat(cal.openPeriodsOn(LocalDate.of(2026, 11, 26)))
        .containsExactly(OpenPeriod.of(ny("2026-11-26T09:00"), ny("2026-11-26T10:00")));
  }

  @Test
  void s2_touchingWindowsMerge_andRangesWrapAroundTheWeek() {
    BusinessCalendar cal =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
            .hours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0))
            .hours(DayOfWeek.FRIDAY, DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(19, 0))
            .build();
    assertThat(cal.weeklyHours(DayOfWeek.MONDAY))
        .containsExactly(
            TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0)),
            TimeWindow.of(LocalTime.of(18, 0), LocalTime.of(19, 0)));
    assertThat(cal.weeklyHours(DayOfWeek.SATURDAY)).hasSize(1);
    assertThat(cal.weeklyHours(DayOfWeek.SUNDAY)).hasSize(1);
    assertThat(cal.weeklyHours(DayOfWeek.TUESDAY)).isEmpty();
  }

  @Test
  void s3_wallClockRule_newYork() {
    BusinessCalendar gap =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(2, 30))
            .build();
    assertThat(gap.openPeriodsOn(LocalDate.of(2024, 3, 10)))
        .containsExactly(
            OpenPeriod.of(
                Instant.parse("2024-03-10T06:00:00Z"), Instant.parse("2024-03-10T07:00:00Z")));
    BusinessCalendar overlap =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.SUNDAY, LocalTime.of(0, 0), LocalTime.of(1, 30))
            .build();
    assertThat(overlap.openPeriodsOn(LocalDate.of(2024, 11, 3)))
        .containsExactly(
            OpenPeriod.of(
                Instant.parse("2024-11-03T04:00:00Z"), Instant.parse("2024-11-03T05:30:00Z")));
    assertThat(overlap.isOpen(Instant.parse("2024-11-03T06:15:00Z"))).isFalse(); // 01:15 EST
    BusinessCalendar repeated =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(2, 0))
            .build();
    assertThat(repeated.openPeriodsOn(LocalDate.of(2024, 11, 3)))
        .containsExactly(
            OpenPeriod.of(
                Instant.parse("2024-11-03T05:00:00Z"), Instant.parse("2024-11-03T07:00:00Z")));
  }

  @Test
  void s3_wallClockRule_santiagoMidnightTransitions() {
    ZoneId santiago = ZoneId.of("America/Santiago");
    assertThat(BusinessCalendar.alwaysOpen(santiago).openPeriodsOn(LocalDate.of(2022, 4, 2)))
        .extracting(OpenPeriod::duration)
        .containsExactly(Duration.ofHours(25));
    BusinessCalendar cal =
        BusinessCalendar.builder(santiago)
            .hours(DayOfWeek.SATURDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT)
            .hours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.of(3, 0))
            .build();
    assertThat(cal.nextClose(Instant.parse("2022-09-10T23:00:00Z"))) // Sat 19:00 -04
        .isEqualTo(Instant.parse("2022-09-11T06:00:00Z")); // Sun 03:00 -03
  }

  @Test
  void s3_wallClockRule_apiaMissingDate() {
    ZoneId apia = ZoneId.of("Pacific/Apia");
    BusinessCalendar cal =
        BusinessCalendar.builder(apia)
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    assertThat(cal.isWorkingDate(LocalDate.of(2011, 12, 30))).isFalse();
    Instant thursday = ZonedDateTime.of(2011, 12, 29, 16, 0, 0, 0, apia).toInstant();
    assertThat(cal.addBusinessTime(thursday, Duration.ofHours(2)))
        .isEqualTo(ZonedDateTime.of(2012, 1, 2, 10, 0, 0, 0, apia).toInstant());
  }

  @Test
  void s3_wallClockRule_lordHoweHalfHourShifts() {
    BusinessCalendar cal =
        BusinessCalendar.builder(ZoneId.of("Australia/Lord_Howe"))
            .hours(DayOfWeek.SUNDAY, LocalTime.of(1, 0), LocalTime.of(3, 0))
            .build();
    assertThat(cal.openPeriodsOn(LocalDate.of(2024, 4, 7)))
        .extracting(OpenPeriod::duration)
        .containsExactly(Duration.ofMinutes(150));
    assertThat(cal.openPeriodsOn(LocalDate.of(2024, 10, 6)))
        .extracting(OpenPeriod::duration)
        .containsExactly(Duration.ofMinutes(90));
  }

  @Test
  void s4_openNextOpenNextClose() {
    assertThat(SUPPORT.isOpen(ny("2026-11-30T03:00"))).isTrue();
    assertThat(SUPPORT.isOpen(ny("2026-11-30T18:00"))).isFalse();
    assertThat(SUPPORT.nextOpen(ny("2026-11-28T10:00"))).isEqualTo(ny("2026-11-30T03:00"));
    assertThat(SUPPORT.nextClose(ny("2026-11-25T12:00"))).isEqualTo(ny("2026-11-25T18:00"));
    BusinessCalendar night =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.MIDNIGHT)
            .hours(DayOfWeek.TUESDAY, LocalTime.MIDNIGHT, LocalTime.of(3, 0))
            .build();
    assertThat(night.nextClose(ny("2026-11-23T20:00"))).isEqualTo(ny("2026-11-24T03:00"));
  }

  @Test
  void s5_businessTime() {
    assertThat(SUPPORT.businessTimeBetween(ny("2026-11-27T17:00"), ny("2026-11-30T04:00")))
        .isEqualTo(Duration.ofHours(2));
    assertThat(SUPPORT.addBusinessTime(ny("2026-11-24T14:00"), Duration.ofHours(4)))
        .isEqualTo(ny("2026-11-24T18:00"));
    assertThat(SUPPORT.addBusinessTime(ny("2024-03-08T17:00"), Duration.ofHours(4)))
        .isEqualTo(ny("2024-03-11T06:00"));
    assertThat(SUPPORT.addBusinessTime(ny("2026-11-25T14:00"), Duration.ofHours(8)))
        .isEqualTo(ny("2026-11-27T07:00"));
    Instant saturday = ny("2026-11-28T10:00");
    assertThat(SUPPORT.addBusinessTime(saturday, Duration.ZERO)).isEqualTo(saturday);
    assertThat(SUPPORT.subtractBusinessTime(ny("2026-11-24T18:00"), Duration.ofHours(15)))
        .isEqualTo(ny("2026-11-24T03:00"));
    assertThat(SUPPORT.subtractBusinessTime(ny("2026-11-30T05:00"), Duration.ofHours(4)))
        .isEqualTo(ny("2026-11-27T16:00"));
    assertThat(SUPPORT.addBusinessTime(ny("2026-11-30T05:00"), Duration.ofHours(-4)))
        .isEqualTo(ny("2026-11-27T16:00"));
  }

  @Test
  void s6_businessDays() {
    assertThat(SUPPORT.addBusinessDays(ny("2026-11-28T10:00"), 1))
        .isEqualTo(ny("2026-11-30T18:00"));
    assertThat(SUPPORT.addBusinessDays(ny("2026-11-30T03:00"), 1))
        .isEqualTo(ny("2026-11-30T18:00"));
    assertThat(SUPPORT.addBusinessDays(ny("2026-11-25T14:00"), 2))
        .isEqualTo(ny("2026-11-30T14:00"));
    BusinessCalendar halfDay =
        supportBuilder()
            .specialHours(LocalDate.of(2026, 11, 27), LocalTime.of(3, 0), LocalTime.of(12, 0))
            .build();
    assertThat(halfDay.addBusinessDays(ny("2026-11-25T14:00"), 1))
        .isEqualTo(ny("2026-11-27T12:00"));
    Instant t = ny("2026-11-25T14:00");
    assertThat(SUPPORT.addBusinessDays(t, 0)).isEqualTo(t);
    assertThatThrownBy(() -> SUPPORT.addBusinessDays(t, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
  }

  @Test
  void s6_subtractBusinessDays_mirrorsAddBusinessDays() {
    assertThat(SUPPORT.subtractBusinessDays(ny("2026-11-28T10:00"), 1))
        .isEqualTo(ny("2026-11-27T03:00"));
    assertThat(SUPPORT.subtractBusinessDays(ny("2026-11-30T03:00"), 1))
        .isEqualTo(ny("2026-11-27T03:00"));
    assertThat(SUPPORT.subtractBusinessDays(ny("2026-11-24T18:00"), 1))
        .isEqualTo(ny("2026-11-24T03:00"));
    assertThat(SUPPORT.subtractBusinessDays(ny("2026-11-30T14:00"), 2))
        .isEqualTo(ny("2026-11-25T14:00"));
    Instant t = ny("2026-11-25T14:00");
    assertThat(SUPPORT.subtractBusinessDays(t, 0)).isEqualTo(t);
    assertThat(SUPPORT.subtractBusinessDays(t.atZone(NEW_YORK), 2))
        .isEqualTo(ny("2026-11-23T14:00").atZone(NEW_YORK));
    assertThatThrownBy(() -> SUPPORT.subtractBusinessDays(t, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    BusinessCalendar closed = BusinessCalendar.builder(NEW_YORK).build();
    assertThatThrownBy(() -> closed.subtractBusinessDays(t, 1))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void s7_alwaysOpen() {
    BusinessCalendar cal = BusinessCalendar.alwaysOpen(NEW_YORK);
    Instant t = ny("2024-03-09T23:00");
    assertThat(cal.addBusinessTime(t, Duration.ofHours(4))).isEqualTo(t.plus(Duration.ofHours(4)));
    assertThat(
            cal.businessTimeBetween(
                Instant.parse("2024-03-10T05:00:00Z"), Instant.parse("2024-03-11T04:00:00Z")))
        .isEqualTo(Duration.ofHours(23));
    assertThat(cal.openPeriodsOn(LocalDate.of(2024, 11, 3)))
        .extracting(OpenPeriod::duration)
        .isEqualTo(List.of(Duration.ofHours(25)));
    assertThat(cal.addBusinessDays(ny("2024-03-09T10:00"), 1))
        .isEqualTo(ZonedDateTime.of(2024, 3, 10, 11, 0, 0, 0, NEW_YORK).toInstant());
    assertThatThrownBy(() -> cal.nextClose(t)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void s8_limits() {
    BusinessCalendar closed = BusinessCalendar.builder(NEW_YORK).name("closed").build();
    assertThatThrownBy(() -> closed.nextOpen(ny("2026-11-25T12:00")))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("'closed'")
        .hasMessageContaining("2026-11-25T17:00:00Z");
    assertThatThrownBy(
            () ->
                SUPPORT.businessTimeBetween(
                    Instant.parse("1800-01-01T00:00:00Z"), ny("2400-01-01T00:00")))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("500 years");
  }
}
