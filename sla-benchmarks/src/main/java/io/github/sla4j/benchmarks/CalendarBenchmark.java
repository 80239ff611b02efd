package io.github.sla4j.benchmarks;

import io.github.sla4j.calendar.BusinessCalendar;
import java.time.Instant;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What every side-by-side benchmark shares: the calendar under test (sla4j and its day-walking
 * reference, built from the same rules) and the start instants to cycle through, so that no answer
 * is one cached value.
 *
 * <p>Each subclass covers one area and has two benchmark methods, {@code sla4j} and {@code
 * dayWalking}, doing the same work, so a JMH run reports the ratio side by side.
 */
@State(Scope.Thread)
public abstract class CalendarBenchmark {

  /** Which calendar: {@link Calendars#SUPPORT} or {@link Calendars#ALWAYS_OPEN}. */
  @Param({Calendars.SUPPORT, Calendars.ALWAYS_OPEN})
  public String calendar;

  BusinessCalendar businessCalendar;
  DayWalkingCalendar reference;
  Instant[] starts;
  private int next;

  /** Builds the calendars and the start instants, then what the subclass needs. */
  @Setup(Level.Trial)
  public final void setUp() {
    businessCalendar = Calendars.named(calendar);
    reference = DayWalkingCalendar.of(businessCalendar);
    starts = Calendars.startInstants();
    setUpArea();
  }

  /** Prepares what one area needs beyond the calendars and starts; called once per trial. */
  void setUpArea() {}

  /** The index of the next start instant, cycling through all of them. */
  final int nextIndex() {
    return next++ & (Calendars.START_COUNT - 1);
  }
}
