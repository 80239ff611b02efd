package io.github.sla4j.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One random scenario for the property tests: a calendar description, the date it is centred on,
 * and the instants, amounts and day counts to try. The engine calendar and the reference model are
 * built from the description. {@link #toString()} prints everything needed to reproduce a failure
 * by hand.
 */
final class CalendarCase {

  final CalendarSpec spec;
  final LocalDate base;
  final List<Instant> instants;
  final List<Duration> durations;
  final List<Integer> days;
  final ReferenceCalendar reference;
  private BusinessCalendar calendar;

  CalendarCase(
      CalendarSpec spec,
      LocalDate base,
      List<Instant> instants,
      List<Duration> durations,
      List<Integer> days,
      ReferenceCalendar reference) {
    this.spec = spec;
    this.base = base;
    this.instants = List.copyOf(instants);
    this.durations = List.copyOf(durations);
    this.days = List.copyOf(days);
    this.reference = reference;
  }

  /** The engine's calendar, built on first use so that a failing build is reported per case. */
  BusinessCalendar calendar() {
    if (calendar == null) {
      calendar = spec.toCalendar();
    }
    return calendar;
  }

  @Override
  public String toString() {
    return "CalendarCase{"
        + spec
        + ", base "
        + base
        + ", instants "
        + instants
        + ", durations "
        + durations
        + ", days "
        + days
        + (calendar == null ? "" : ", engine " + calendar)
        + "}";
  }
}
