package io.github.sla4j.examples;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Prints business-time results on the support calendar: Monday–Friday 03:00–18:00 America/New_York,
 * closed on US federal holidays. The quick start's first command runs this.
 */
public final class SupportCalendarTour {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  private SupportCalendarTour() {}

  /**
   * Builds the support calendar.
   *
   * @return the calendar
   */
  public static BusinessCalendar supportCalendar() {
    // tag::support-calendar[]
    BusinessCalendar support =
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .name("support hours")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
            .holidays(HolidayCalendar.usFederal())
            .build();
    // end::support-calendar[]
    return support;
  }

  /**
   * Runs the tour.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    tour(System.out);
  }

  /**
   * Prints the tour.
   *
   * @param out where to print
   */
  public static void tour(PrintStream out) {
    BusinessCalendar support = supportCalendar();
    out.println(support);

    // tag::add-business-time[]
    Instant opened = ZonedDateTime.of(2026, 11, 25, 14, 0, 0, 0, NEW_YORK).toInstant();
    Instant due = support.addBusinessTime(opened, Duration.ofHours(8));
    // Wednesday 14:00 + 8 business hours: 4 h on Wednesday, Thanksgiving skipped,
    // 4 h on Friday -> 2026-11-27T07:00-05:00
    // end::add-business-time[]
    out.println("Wed 2026-11-25 14:00 + 8 business hours   -> " + local(due));

    Instant friday = ZonedDateTime.of(2024, 3, 8, 17, 0, 0, 0, NEW_YORK).toInstant();
    out.println(
        "Fri 2024-03-08 17:00 + 4 business hours   -> "
            + local(support.addBusinessTime(friday, Duration.ofHours(4)))
            + "  (across the spring-forward weekend)");

    Instant tuesday = ZonedDateTime.of(2026, 11, 24, 14, 0, 0, 0, NEW_YORK).toInstant();
    out.println(
        "Tue 2026-11-24 14:00 + 4 business hours   -> "
            + local(support.addBusinessTime(tuesday, Duration.ofHours(4)))
            + "  (an exact fill lands on the close)");

    Instant saturday = ZonedDateTime.of(2026, 11, 28, 10, 0, 0, 0, NEW_YORK).toInstant();
    out.println(
        "Sat 2026-11-28 10:00 + 1 business day     -> "
            + local(support.addBusinessDays(saturday, 1)));
    out.println(
        "Wed 2026-11-25 14:00 + 2 business days    -> "
            + local(support.addBusinessDays(opened, 2)));
    out.println(
        "Business time Wed 14:00 -> Mon 12:00      =  "
            + support.businessTimeBetween(
                opened, ZonedDateTime.of(2026, 11, 30, 12, 0, 0, 0, NEW_YORK).toInstant()));
    out.println(
        "Next open after Sat 2026-11-28 10:00      -> " + local(support.nextOpen(saturday)));
    LocalDate thanksgiving = LocalDate.of(2026, 11, 26);
    out.println(
        "Is 2026-11-26 a working date?             "
            + support.isWorkingDate(thanksgiving)
            + " ("
            + support.holidayOn(thanksgiving).map(h -> h.name()).orElse("no holiday")
            + ")");
  }

  private static String local(Instant instant) {
    return instant.atZone(NEW_YORK).toOffsetDateTime() + " (" + instant + ")";
  }
}
