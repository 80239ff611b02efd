package io.github.sla4j.examples;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRegion;
import io.github.sla4j.jollyday.JollydayHolidays;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** Regional public holidays from Jollyday: a Munich help desk and its Bavarian holidays. */
public final class RegionalHolidaysExample {

  private RegionalHolidaysExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints a deadline across Epiphany, a holiday in Bavaria but not in all of Germany.
   *
   * @param out where to print
   * @return the deadline
   */
  public static Instant run(PrintStream out) {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    // tag::jollyday-calendar[]
    HolidayCalendar bavaria = JollydayHolidays.of("de", "by");
    BusinessCalendar munich =
        BusinessCalendar.builder(berlin)
            .name("Munich office")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(bavaria.withClosure(LocalDate.of(2027, 2, 8), "Rosenmontag"))
            .build();
    Instant opened = ZonedDateTime.of(2027, 1, 5, 16, 0, 0, 0, berlin).toInstant();
    Instant due = munich.addBusinessTime(opened, Duration.ofHours(2));
    // Tuesday 16:00 + 2 business hours: Epiphany (Wednesday) skipped -> 2027-01-07T10:00+01:00
    // end::jollyday-calendar[]
    // tag::jollyday-region[]
    HolidayCalendar scotland =
        JollydayHolidays.of(
            HolidayRegion.of("gb", "sct")
                .withDates(HolidayRegion.Dates.ACTUAL) // the day itself, not a substitute Monday
                .withBankHolidays(true));
    // end::jollyday-region[]
    out.println(
        "Due "
            + due.atZone(berlin)
            + " ("
            + munich.holidayOn(LocalDate.of(2027, 1, 6)).orElseThrow().name()
            + " skipped); "
            + scotland.name()
            + " has "
            + scotland.holidaysIn(2027).size()
            + " holidays in 2027");
    return due;
  }
}
