package io.github.sla4j.examples;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.Closure;
import io.github.sla4j.calendar.TimeWindow;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRule;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;

/**
 * A calendar with a yearly half day and two closures: an office event from 12:00 to 15:00 on one
 * date, and a whole day closed for an office move.
 */
public final class OfficeClosuresExample {

  private OfficeClosuresExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Builds the calendar.
   *
   * @return the office calendar, in New York
   */
  public static BusinessCalendar calendar() {
    // tag::closures[]
    BusinessCalendar office =
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .name("New York office")
            .hours(MONDAY, FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(
                HolidayCalendar.of(
                    "Christmas", HolidayRule.fixed("Christmas Day", MonthDay.of(12, 25))))
            .specialHours(
                HolidayRule.fixed("Christmas Eve", MonthDay.of(12, 24)),
                LocalTime.of(9, 0),
                LocalTime.of(12, 0))
            // 12:00-15:00 in New York, given as instants
            .closure(
                Instant.parse("2026-12-09T17:00:00Z"),
                Instant.parse("2026-12-09T20:00:00Z"),
                "Office event")
            // or as local times of a date, read on the calendar's wall clock
            .closure(LocalDate.of(2026, 12, 30), TimeWindow.ALL_DAY, "Office move")
            .build();
    // end::closures[]
    return office;
  }

  /**
   * Prints a deadline across the office event and the closures an explanation would name.
   *
   * @param out where to print
   * @return the deadline of three business hours from Wednesday 2026-12-09 10:00 in New York
   */
  public static Instant run(PrintStream out) {
    BusinessCalendar office = calendar();
    // tag::closures-deadline[]
    Instant opened = Instant.parse("2026-12-09T15:00:00Z"); // Wed 10:00 in New York
    Instant due = office.addBusinessTime(opened, Duration.ofHours(3));
    // due == 2026-12-09T21:00:00Z (16:00): two hours before the event, one after it
    List<Closure> skipped = office.closuresBetween(opened, due);
    // skipped: [2026-12-09T17:00:00Z/2026-12-09T20:00:00Z 'Office event']
    // end::closures-deadline[]
    out.println("Three business hours from " + opened + " are due " + due);
    out.println("Closures on the way: " + skipped);
    out.println("Working date 2026-12-30: " + office.isWorkingDate(LocalDate.of(2026, 12, 30)));
    return due;
  }
}
