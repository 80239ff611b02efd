package io.github.sla4j.benchmarks;

import io.github.sla4j.calendar.BusinessCalendar;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * "Due in n business days" on the support calendar, against a real peer from Maven Central
 * (ObjectLab Kit, {@link ObjectLabPeer}) and the day-walking reference, in one run.
 *
 * <p>sla4j and the day-walker take the start instant and answer an instant (the rule of business
 * days over windows); ObjectLab takes the start's local date, converted beforehand so that the
 * conversion is not charged to it, and answers a date.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PeerBusinessDaysBenchmark {

  /** How many business days. */
  @Param({"2", "10", "250"})
  public int days;

  private BusinessCalendar calendar;
  private DayWalkingCalendar dayWalking;
  private ObjectLabPeer objectLab;
  private Instant[] starts;
  private LocalDate[] startDates;
  private int next;

  /** Builds the three sides over the same calendar and starts. */
  @Setup
  public void setUp() {
    calendar = Calendars.named(Calendars.SUPPORT);
    dayWalking = DayWalkingCalendar.of(calendar);
    objectLab = new ObjectLabPeer(calendar, 2020, 2035);
    starts = Calendars.startInstants();
    startDates = new LocalDate[starts.length];
    for (int i = 0; i < starts.length; i++) {
      startDates[i] = LocalDate.ofInstant(starts[i], calendar.zone());
    }
  }

  private int nextIndex() {
    return next++ & (Calendars.START_COUNT - 1);
  }

  /**
   * sla4j's working-date index arithmetic.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void sla4j(Blackhole bh) {
    bh.consume(calendar.addBusinessDays(starts[nextIndex()], days));
  }

  /**
   * ObjectLab Kit's date calculator.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void objectLab(Blackhole bh) {
    bh.consume(objectLab.addBusinessDays(startDates[nextIndex()], days));
  }

  /**
   * The day-walking reference.
   *
   * @param bh the blackhole
   */
  @Benchmark
  public void dayWalking(Blackhole bh) {
    bh.consume(dayWalking.addBusinessDays(starts[nextIndex()], days));
  }
}
