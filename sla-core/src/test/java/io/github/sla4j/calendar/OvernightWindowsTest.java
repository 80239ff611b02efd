package io.github.sla4j.calendar;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.SATURDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

/** Windows that cross midnight: declared once, on the day they open on. */
class OvernightWindowsTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final TimeWindow NIGHT =
      TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0));

  private static BusinessCalendar saturdayNights() {
    return BusinessCalendar.builder(NEW_YORK).name("night desk").hours(SATURDAY, NIGHT).build();
  }

  @Test
  void overnight_textRoundTrips() {
    assertThat(NIGHT.toString()).isEqualTo("22:00-06:00+1");
    assertThat(TimeWindow.parse("22:00-06:00+1")).isEqualTo(NIGHT);
    assertThat(NIGHT.crossesMidnight()).isTrue();
    assertThat(NIGHT.close()).isEqualTo(LocalTime.of(6, 0));
    assertThat(NIGHT.closeSecondOfDay()).isEqualTo(30 * 3600);
    assertThat(TimeWindow.ofSecondOfDay(22 * 3600, 30 * 3600)).isEqualTo(NIGHT);
  }

  @Test
  void nightShift_acrossSpringForward_isSevenHours_andBelongsToSaturday() {
    BusinessCalendar cal = saturdayNights();
    // Sat 2026-03-07 22:00 EST = 03:00Z; New York springs forward at 02:00 on Sunday, so 06:00
    // EDT is 10:00Z: 7 h, not 8.
    assertThat(cal.openPeriodsOn(LocalDate.of(2026, 3, 7)))
        .containsExactly(
            OpenPeriod.of(
                Instant.parse("2026-03-08T03:00:00Z"), Instant.parse("2026-03-08T10:00:00Z")));
    assertThat(cal.isWorkingDate(LocalDate.of(2026, 3, 8))).isFalse();
    Instant saturdayNoon = Instant.parse("2026-03-07T17:00:00Z");
    assertThat(cal.addBusinessTime(saturdayNoon, Duration.ofHours(7)))
        .isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
    assertThat(cal.addBusinessTime(saturdayNoon, Duration.ofHours(8)))
        .isEqualTo(Instant.parse("2026-03-15T03:00:00Z"));
    // One business day from Saturday noon: the close of Saturday's only window, on Sunday.
    assertThat(cal.addBusinessDays(saturdayNoon, 1))
        .isEqualTo(Instant.parse("2026-03-08T10:00:00Z"));
  }

  @Test
  void holidayOnTheOpeningDate_closesTheWholeWindow() {
    BusinessCalendar cal =
        BusinessCalendar.builder(NEW_YORK)
            .hours(SATURDAY, NIGHT)
            .holiday(LocalDate.of(2026, 3, 7))
            .build();
    assertThat(cal.isOpen(Instant.parse("2026-03-08T09:00:00Z"))).isFalse();
    assertThat(cal.nextOpen(Instant.parse("2026-03-08T09:00:00Z")))
        .isEqualTo(Instant.parse("2026-03-15T02:00:00Z"));
  }

  @Test
  void nightShiftTouchingTheNextMorning_isOneStretch() {
    BusinessCalendar cal =
        BusinessCalendar.builder(NEW_YORK)
            .hours(FRIDAY, NIGHT)
            .hours(SATURDAY, LocalTime.of(6, 0), LocalTime.of(12, 0))
            .build();
    assertThat(cal.nextClose(Instant.parse("2026-03-07T04:00:00Z"))) // Fri 23:00 EST
        .isEqualTo(Instant.parse("2026-03-07T17:00:00Z")); // Sat 12:00 EST
  }

  @Test
  void nightShiftRunningIntoTheNextDaysWindow_isRejected() {
    assertThatThrownBy(
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .hours(FRIDAY, NIGHT)
                    .hours(SATURDAY, LocalTime.of(5, 0), LocalTime.of(12, 0))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "Overnight window 22:00-06:00+1 on FRIDAY runs into the window 05:00-12:00 of the next"
                + " day, SATURDAY");
    assertThatThrownBy(
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .hours(FRIDAY, NIGHT)
                    .specialHours(LocalDate.of(2026, 3, 14), LocalTime.of(0, 0), LocalTime.of(8, 0))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("on 2026-03-13 runs into the window 00:00-08:00 of the next day");
  }

  @Test
  void overnightEndingAtMidnight_isRejected() {
    assertThatThrownBy(() -> TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.MIDNIGHT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Overnight window 22:00–00:00+1 is invalid");
    assertThatThrownBy(() -> TimeWindow.parse("22:00-00:00+1"))
        .isInstanceOf(DateTimeParseException.class);
    assertThat(TimeWindow.parse("09:00-13:00+1").closeSecondOfDay()).isEqualTo(37 * 3600);
  }
}
