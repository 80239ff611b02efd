package io.github.sla4j.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Examples of closures with hand-computed instants. */
class ClosuresTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId LONDON = ZoneId.of("Europe/London");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  /** Wednesday 2026-03-04, EST (UTC-5): 12:00-15:00 local is 17:00Z-20:00Z. */
  private static final LocalDate WEDNESDAY = LocalDate.of(2026, 3, 4);

  private static BusinessCalendar.Builder officeHours() {
    return BusinessCalendar.builder(NEW_YORK)
        .name("office")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0));
  }

  private static BusinessCalendar withOfficeEvent() {
    return officeHours()
        .closure(
            Instant.parse("2026-03-04T17:00:00Z"),
            Instant.parse("2026-03-04T20:00:00Z"),
            "Office event")
        .build();
  }

  private static Instant t(String text) {
    return Instant.parse(text);
  }

  @Test
  void partDayClosure_closesItsRangeForEveryOperation() {
    BusinessCalendar cal = withOfficeEvent();
    // 11:59 open, 12:00 closed, 14:59:59 closed, 15:00 open again.
    assertThat(cal.isOpen(t("2026-03-04T16:59:00Z"))).isTrue();
    assertThat(cal.isOpen(t("2026-03-04T17:00:00Z"))).isFalse();
    assertThat(cal.isOpen(t("2026-03-04T19:59:59Z"))).isFalse();
    assertThat(cal.isOpen(t("2026-03-04T20:00:00Z"))).isTrue();
    assertThat(cal.nextOpen(t("2026-03-04T17:30:00Z"))).isEqualTo(t("2026-03-04T20:00:00Z"));
    assertThat(cal.nextClose(t("2026-03-04T15:00:00Z"))).isEqualTo(t("2026-03-04T17:00:00Z"));
    assertThat(cal.nextClose(t("2026-03-04T17:30:00Z"))).isEqualTo(t("2026-03-04T22:00:00Z"));
    // 09:00-17:00 less three hours.
    assertThat(cal.businessTimeBetween(t("2026-03-04T14:00:00Z"), t("2026-03-04T22:00:00Z")))
        .isEqualTo(Duration.ofHours(5));
    // 11:00 + 2h: one hour to 12:00, one hour after 15:00 = 16:00 (21:00Z).
    assertThat(cal.addBusinessTime(t("2026-03-04T16:00:00Z"), Duration.ofHours(2)))
        .isEqualTo(t("2026-03-04T21:00:00Z"));
    // An exact fill of the morning lands on the closure's start.
    assertThat(cal.addBusinessTime(t("2026-03-04T14:00:00Z"), Duration.ofHours(3)))
        .isEqualTo(t("2026-03-04T17:00:00Z"));
    // 16:00 - 2h = 11:00; an exact emptying of the afternoon lands on the closure's end.
    assertThat(cal.subtractBusinessTime(t("2026-03-04T21:00:00Z"), Duration.ofHours(2)))
        .isEqualTo(t("2026-03-04T16:00:00Z"));
    assertThat(cal.subtractBusinessTime(t("2026-03-04T22:00:00Z"), Duration.ofHours(2)))
        .isEqualTo(t("2026-03-04T20:00:00Z"));
  }

  @Test
  void partDayClosure_shortensTheDateForBusinessDays() {
    BusinessCalendar cal = withOfficeEvent();
    assertThat(cal.isWorkingDate(WEDNESDAY)).isTrue();
    // Tuesday 10:00 (k = 1h) + 1 day: one business hour into Wednesday, 10:00.
    assertThat(cal.addBusinessDays(t("2026-03-03T15:00:00Z"), 1))
        .isEqualTo(t("2026-03-04T15:00:00Z"));
    // Tuesday 16:00 (k = 7h) + 1 day: Wednesday has 5h, so its end, 17:00.
    assertThat(cal.addBusinessDays(t("2026-03-03T21:00:00Z"), 1))
        .isEqualTo(t("2026-03-04T22:00:00Z"));
    assertThat(cal.openPeriodsOn(WEDNESDAY))
        .containsExactly(
            OpenPeriod.of(t("2026-03-04T14:00:00Z"), t("2026-03-04T17:00:00Z")),
            OpenPeriod.of(t("2026-03-04T20:00:00Z"), t("2026-03-04T22:00:00Z")));
  }

  @Test
  void closure_isShownLikeAHoliday() {
    BusinessCalendar cal = withOfficeEvent();
    Closure event =
        new Closure(t("2026-03-04T17:00:00Z"), t("2026-03-04T20:00:00Z"), "Office event");
    assertThat(cal.closures()).containsExactly(event);
    assertThat(cal.closuresOn(WEDNESDAY)).containsExactly(event);
    assertThat(cal.closuresOn(WEDNESDAY.plusDays(1))).isEmpty();
    assertThat(cal.closuresBetween(t("2026-03-04T14:00:00Z"), t("2026-03-04T17:00:00Z"))).isEmpty();
    assertThat(cal.closuresBetween(t("2026-03-04T14:00:00Z"), t("2026-03-04T17:00:01Z")))
        .containsExactly(event);
    assertThat(cal.closuresBetween(t("2026-03-04T19:59:59Z"), t("2026-03-05T00:00:00Z")))
        .containsExactly(event);
    assertThat(cal.closuresBetween(t("2026-03-04T20:00:00Z"), t("2026-03-05T00:00:00Z"))).isEmpty();
    assertThat(cal.holidayOn(WEDNESDAY)).isEmpty();
  }

  @Test
  void wholeDateClosure_makesTheDateNoWorkingDate() {
    BusinessCalendar cal =
        officeHours().closure(WEDNESDAY, TimeWindow.ALL_DAY, "Office move").build();
    assertThat(cal.isWorkingDate(WEDNESDAY)).isFalse();
    assertThat(cal.openPeriodsOn(WEDNESDAY)).isEmpty();
    // Tuesday 10:00 + 1 business day skips Wednesday: Thursday 10:00 (EST).
    assertThat(cal.addBusinessDays(t("2026-03-03T15:00:00Z"), 1))
        .isEqualTo(t("2026-03-05T15:00:00Z"));
    assertThat(cal.closuresOn(WEDNESDAY))
        .containsExactly(
            new Closure(t("2026-03-04T05:00:00Z"), t("2026-03-05T05:00:00Z"), "Office move"));
  }

  @Test
  void localClosure_followsTheWallClockRuleAcrossSpringForward() {
    // Sunday 2026-03-08 in New York: the clock jumps from 02:00 EST to 03:00 EDT at 07:00Z.
    LocalDate sunday = LocalDate.of(2026, 3, 8);
    BusinessCalendar cal =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .closure(sunday, TimeWindow.of(LocalTime.of(1, 0), LocalTime.of(4, 0)), "Upgrade")
            .closure(sunday, TimeWindow.of(LocalTime.of(2, 10), LocalTime.of(2, 50)), "In the gap")
            .build();
    // 01:00 EST = 06:00Z to 04:00 EDT = 08:00Z: two hours, not three.
    assertThat(cal.closures())
        .containsExactly(
            new Closure(t("2026-03-08T06:00:00Z"), t("2026-03-08T08:00:00Z"), "Upgrade"));
    // The 23-hour day less two hours.
    assertThat(cal.businessTimeBetween(t("2026-03-08T05:00:00Z"), t("2026-03-09T04:00:00Z")))
        .isEqualTo(Duration.ofHours(21));
    assertThat(cal.nextOpen(t("2026-03-08T06:30:00Z"))).isEqualTo(t("2026-03-08T08:00:00Z"));
  }

  @Test
  void closure_acrossMidnight_cutsANightShiftKeepingItsDate() {
    // Friday 2026-01-09 22:00 to Saturday 06:00, London in winter (UTC).
    LocalDate friday = LocalDate.of(2026, 1, 9);
    BusinessCalendar cal =
        BusinessCalendar.builder(LONDON)
            .hours(DayOfWeek.FRIDAY, TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)))
            .closure(t("2026-01-09T23:00:00Z"), t("2026-01-10T01:00:00Z"), "Network work")
            .build();
    assertThat(cal.isOpen(t("2026-01-10T00:30:00Z"))).isFalse();
    assertThat(cal.openPeriodsOn(friday))
        .containsExactly(
            OpenPeriod.of(t("2026-01-09T22:00:00Z"), t("2026-01-09T23:00:00Z")),
            OpenPeriod.of(t("2026-01-10T01:00:00Z"), t("2026-01-10T06:00:00Z")));
    assertThat(cal.isWorkingDate(friday.plusDays(1))).isFalse();
    assertThat(cal.addBusinessTime(t("2026-01-09T22:00:00Z"), Duration.ofHours(1)))
        .isEqualTo(t("2026-01-09T23:00:00Z"));
    assertThat(cal.addBusinessTime(t("2026-01-09T22:00:00Z"), Duration.ofSeconds(3601)))
        .isEqualTo(t("2026-01-10T01:00:01Z"));
    // Friday 22:30 (k = 30 min) + 1 business day: 30 minutes into the next Friday's shift.
    assertThat(cal.addBusinessDays(t("2026-01-09T22:30:00Z"), 1))
        .isEqualTo(t("2026-01-16T22:30:00Z"));
    assertThat(cal.closuresOn(friday)).hasSize(1);
    assertThat(cal.closuresOn(friday.plusDays(1))).hasSize(1);
  }

  @Test
  void componentClosure_closesOnlyThatComponentOfAUnion() {
    BusinessCalendar newYork = withOfficeEvent();
    BusinessCalendar berlin =
        BusinessCalendar.builder(BERLIN)
            .name("berlin")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(19, 0))
            .build();
    BusinessCalendar union = BusinessCalendar.union(NEW_YORK, berlin, newYork);
    BusinessCalendar both = BusinessCalendar.intersection(NEW_YORK, berlin, newYork);
    // 17:00Z is 18:00 in Berlin (open) and 12:00 in New York (closed for the event).
    assertThat(union.isOpen(t("2026-03-04T17:00:00Z"))).isTrue();
    assertThat(both.isOpen(t("2026-03-04T17:00:00Z"))).isFalse();
    // 18:00Z: Berlin has closed at 19:00 (18:00Z), New York is still in the event.
    assertThat(union.isOpen(t("2026-03-04T18:00:00Z"))).isFalse();
    assertThat(union.nextOpen(t("2026-03-04T18:00:00Z"))).isEqualTo(t("2026-03-04T20:00:00Z"));
    // Intersection: 14:00Z-17:00Z (both open, before the event) on Wednesday.
    assertThat(both.businessTimeBetween(t("2026-03-04T00:00:00Z"), t("2026-03-05T00:00:00Z")))
        .isEqualTo(Duration.ofHours(3));
    assertThat(union.closuresOn(WEDNESDAY)).isEqualTo(newYork.closures());
    assertThat(union.closures()).isEmpty();
  }

  @Test
  void closures_takePartInEqualityAndSurviveCopies() {
    BusinessCalendar cal = withOfficeEvent();
    BusinessCalendar plain = officeHours().build();
    assertThat(cal).isEqualTo(withOfficeEvent()).hasSameHashCodeAs(withOfficeEvent());
    assertThat(cal).isNotEqualTo(plain);
    assertThat(cal.withName("other").closures()).isEqualTo(cal.closures());
    assertThat(cal.withHolidays(HolidayCalendar.usFederal()).closures()).isEqualTo(cal.closures());
    assertThat(cal.toString()).contains("1 closure");
    assertThat(BusinessCalendar.alwaysOpen().isAlwaysOpen()).isTrue();
    BusinessCalendar closedOnce =
        BusinessCalendar.builder(LONDON)
            .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .closure(t("2026-01-09T23:00:00Z"), t("2026-01-10T01:00:00Z"), "Network work")
            .build();
    assertThat(closedOnce.isAlwaysOpen()).isFalse();
    assertThat(closedOnce.nextClose(t("2026-01-09T12:00:00Z")))
        .isEqualTo(t("2026-01-09T23:00:00Z"));
  }

  @Test
  void overlappingClosures_areAllListedAndCloseTheirUnion() {
    BusinessCalendar cal =
        officeHours()
            .closure(t("2026-03-04T17:00:00Z"), t("2026-03-04T20:00:00Z"), "Office event")
            .closure(t("2026-03-04T19:00:00Z"), t("2026-03-04T21:00:00Z"), "Fire drill")
            .build();
    assertThat(cal.closuresOn(WEDNESDAY))
        .extracting(Closure::reason)
        .containsExactly("Office event", "Fire drill");
    assertThat(cal.businessTimeBetween(t("2026-03-04T14:00:00Z"), t("2026-03-04T22:00:00Z")))
        .isEqualTo(Duration.ofHours(4));
  }

  @Test
  void badClosures_areRefusedWithTheRuleAndTheFix() {
    Instant noon = t("2026-03-04T17:00:00Z");
    assertThatThrownBy(() -> officeHours().closure(noon, noon.minusSeconds(60), "Office event"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Closure 2026-03-04T17:00:00Z/2026-03-04T16:59:00Z is empty or reversed: its end must"
                + " be after its start. Swap the instants, or give the first instant after the"
                + " closure as the end.");
    assertThatThrownBy(() -> officeHours().closure(noon, noon, "Office event"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is empty or reversed");
    assertThatThrownBy(() -> officeHours().closure(noon, noon.plusSeconds(60), " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Closure 2026-03-04T17:00:00Z/2026-03-04T17:01:00Z has a blank reason: explanations"
                + " show a closure by its reason. Say why the calendar is closed, e.g. \"Office"
                + " event\".");
    assertThatThrownBy(() -> officeHours().closure(noon, noon.plusMillis(1500), "Office event"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Closure 2026-03-04T17:00:00Z/2026-03-04T17:00:01.500Z has a boundary with a fraction"
                + " of a second: closures, like windows, start and end on whole seconds. Truncate"
                + " the instants to seconds, e.g. instant.truncatedTo(ChronoUnit.SECONDS).");
    assertThatThrownBy(
            () ->
                officeHours()
                    .closure(WEDNESDAY, TimeWindow.of(LocalTime.NOON, LocalTime.of(15, 0)), ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Closure 2026-03-04T12:00/2026-03-04T15:00 has a blank reason");
    assertThatThrownBy(() -> officeHours().closure(null, noon, "x"))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("startInclusive");
    assertThat(List.of(new Closure(noon, noon.plusSeconds(1), "a")).get(0).duration())
        .isEqualTo(Duration.ofSeconds(1));
  }
}
