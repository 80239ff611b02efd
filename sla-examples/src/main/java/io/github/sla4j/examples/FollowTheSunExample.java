package io.github.sla4j.examples;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * A follow-the-sun calendar: a Berlin team and a New York team covering one queue, each with its
 * own hours, zone and holidays, combined into one calendar whose dates are read in Berlin.
 */
public final class FollowTheSunExample {

  private FollowTheSunExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Builds the follow-the-sun calendar.
   *
   * @return the union of the two teams' calendars, dates read in Berlin
   */
  public static BusinessCalendar calendar() {
    // tag::follow-the-sun[]
    BusinessCalendar berlin =
        BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .name("Berlin team")
            .hours(MONDAY, FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    BusinessCalendar newYork =
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .name("New York team")
            .hours(MONDAY, FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(HolidayCalendar.usFederal())
            .build();
    BusinessCalendar followTheSun =
        BusinessCalendar.union(ZoneId.of("Europe/Berlin"), berlin, newYork)
            .withName("follow the sun");
    // end::follow-the-sun[]
    return followTheSun;
  }

  /**
   * Prints the business time of two March weeks and a deadline that runs from New York's Friday
   * into Berlin's Monday.
   *
   * @param out where to print
   * @return the deadline of two business hours from Friday 2026-03-13 16:00 in New York
   */
  public static Instant run(PrintStream out) {
    BusinessCalendar followTheSun = calendar();
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    for (LocalDate monday : new LocalDate[] {LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 9)}) {
      Instant from = monday.atStartOfDay(berlin).toInstant();
      Instant to = monday.plusDays(7).atStartOfDay(berlin).toInstant();
      out.println(
          "Week of " + monday + ": " + followTheSun.businessTimeBetween(from, to).toHours() + " h");
    }
    // tag::follow-the-sun-deadline[]
    Instant fridayInNewYork = Instant.parse("2026-03-13T20:00:00Z"); // 16:00 in New York
    Instant due = followTheSun.addBusinessTime(fridayInNewYork, Duration.ofHours(2));
    // due == 2026-03-16T09:00:00Z: New York's last hour, then Berlin's Monday from 09:00
    // end::follow-the-sun-deadline[]
    out.println("Two business hours from " + fridayInNewYork + " are due " + due);
    return due;
  }
}
