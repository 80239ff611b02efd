package io.github.sla4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResponseTargetTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final BusinessCalendar HOURS =
      BusinessCalendar.builder(NEW_YORK)
          .name("NY hours")
          .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
          .build();

  /** Starts around the 2026 New York spring-forward and fall-back nights, and an ordinary week. */
  private static final List<Instant> STARTS =
      List.of(
          Instant.parse("2026-03-08T06:30:00Z"),
          Instant.parse("2026-03-07T23:00:00Z"),
          Instant.parse("2026-11-01T05:15:00Z"),
          Instant.parse("2026-10-31T22:00:00Z"),
          Instant.parse("2026-11-18T15:00:00Z"),
          Instant.parse("2026-11-20T21:59:59.999999999Z"));

  @Test
  void factories_returnTheRecordOfTheirKind() {
    ResponseTarget elapsed = ResponseTarget.ofElapsed(Duration.ofHours(4), NEW_YORK);
    ResponseTarget time = ResponseTarget.ofBusinessTime(Duration.ofHours(4), HOURS);
    ResponseTarget days = ResponseTarget.ofBusinessDays(2, HOURS);

    assertThat(elapsed).isEqualTo(new ResponseTarget.Elapsed(Duration.ofHours(4), NEW_YORK));
    assertThat(time).isEqualTo(new ResponseTarget.BusinessTime(Duration.ofHours(4), HOURS));
    assertThat(days).isEqualTo(new ResponseTarget.BusinessDays(2, HOURS));
    assertThat(List.of(elapsed.isBusiness(), time.isBusiness(), days.isBusiness()))
        .containsExactly(false, true, true);
    assertThat(kind(elapsed)).isEqualTo("elapsed");
    assertThat(kind(time)).isEqualTo("business time");
    assertThat(kind(days)).isEqualTo("business days");
    assertThat(elapsed).hasToString("4 h on the 24/7 clock");
    assertThat(days).hasToString("2 business days on NY hours");
    assertThat(elapsed)
        .isNotEqualTo(ResponseTarget.ofElapsed(Duration.ofHours(4), ZoneId.of("Europe/Berlin")));
  }

  @Test
  void elapsed_isBusinessTimeOnThe247CalendarOfItsZone() {
    ResponseTarget elapsed = ResponseTarget.ofElapsed(Duration.ofHours(4), NEW_YORK);
    BusinessCalendar always = BusinessCalendar.alwaysOpen(NEW_YORK);

    assertThat(elapsed.calendar()).isEqualTo(always);
    assertThat(elapsed.calendar().isAlwaysOpen()).isTrue();
    for (Instant start : STARTS) {
      Instant due = elapsed.deadlineFrom(start);
      assertThat(due)
          .as("from " + start)
          .isEqualTo(always.addBusinessTime(start, Duration.ofHours(4)));
      assertThat(due).as("from " + start).isEqualTo(start.plusSeconds(4 * 3600));
      assertThat(elapsed.lengthFrom(start)).isEqualTo(Duration.ofHours(4));
      assertThat(elapsed.clockTimeBetween(start, due))
          .isEqualTo(always.businessTimeBetween(start, due));
      assertThat(elapsed.plusClockTime(start, Duration.ofMinutes(90)))
          .isEqualTo(always.addBusinessTime(start, Duration.ofMinutes(90)));
    }
    assertThat(elapsed.withHolidays(HolidayCalendar.none())).isSameAs(elapsed);
  }

  @Test
  void businessKinds_runOnTheirCalendar() {
    ResponseTarget time = ResponseTarget.ofBusinessTime(Duration.ofHours(4), HOURS);
    ResponseTarget days = ResponseTarget.ofBusinessDays(2, HOURS);
    for (Instant start : STARTS) {
      assertThat(time.deadlineFrom(start))
          .isEqualTo(HOURS.addBusinessTime(start, Duration.ofHours(4)));
      assertThat(time.lengthFrom(start)).isEqualTo(Duration.ofHours(4));
      Instant due = days.deadlineFrom(start);
      assertThat(due).isEqualTo(HOURS.addBusinessDays(start, 2));
      assertThat(days.lengthFrom(start)).isEqualTo(HOURS.businessTimeBetween(start, due));
      assertThat(days.clockTimeBetween(start, due)).isEqualTo(days.lengthFrom(start));
      assertThat(days.plusClockTime(start, days.lengthFrom(start)))
          .isEqualTo(HOURS.addBusinessTime(start, days.lengthFrom(start)));
    }
  }

  @Test
  void withHolidays_replacesTheCalendarsHolidays() {
    HolidayCalendar thanksgiving = HolidayCalendar.usFederal();
    ResponseTarget days = ResponseTarget.ofBusinessDays(1, HOURS).withHolidays(thanksgiving);
    ResponseTarget time =
        ResponseTarget.ofBusinessTime(Duration.ofHours(1), HOURS).withHolidays(thanksgiving);

    assertThat(days.calendar().holidays()).isEqualTo(thanksgiving);
    assertThat(time.calendar().holidays()).isEqualTo(thanksgiving);
    Instant wednesdayBeforeThanksgiving = Instant.parse("2026-11-25T15:00:00Z");
    assertThat(days.deadlineFrom(wednesdayBeforeThanksgiving))
        .isEqualTo(HOURS.withHolidays(thanksgiving).addBusinessDays(wednesdayBeforeThanksgiving, 1))
        .isNotEqualTo(HOURS.addBusinessDays(wednesdayBeforeThanksgiving, 1));
  }

  @Test
  void badInput_namesTheValueAndTheFix() {
    assertThatThrownBy(() -> new ResponseTarget.BusinessTime(Duration.ofHours(-1), HOURS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1H")
        .hasMessageContaining("positive duration");
    assertThatThrownBy(() -> new ResponseTarget.BusinessDays(0, HOURS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 days");
    assertThatThrownBy(
            () ->
                ResponseTarget.ofElapsed(Duration.ofHours(1), NEW_YORK)
                    .plusClockTime(STARTS.get(0), Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT-1S is negative");
  }

  private static String kind(ResponseTarget target) {
    return target.match(e -> "elapsed", b -> "business time", d -> "business days");
  }
}
