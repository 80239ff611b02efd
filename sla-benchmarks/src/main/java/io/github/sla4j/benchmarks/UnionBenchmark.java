package io.github.sla4j.benchmarks;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.TimeWindow;
import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
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
 * Once its tables are built, a follow-the-sun union (Berlin and New York teams, each with its own
 * holidays) costs per operation what a plain calendar of weekly hours costs: both are searches in
 * the same kind of table. {@code kind = plain} is the support calendar, {@code union} the union,
 * {@code closures} the support calendar with a three-hour closure every week from 2024 to 2030.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class UnionBenchmark {

  /** {@code plain}, {@code union} or {@code closures}. */
  @Param({"plain", "union", "closures"})
  public String kind;

  private BusinessCalendar calendar;
  private Instant[] starts;
  private int next;

  /** Builds the calendar and warms its tables over the start instants. */
  @Setup(Level.Trial)
  public void setUp() {
    calendar =
        switch (kind) {
          case "plain" -> Calendars.supportCalendar();
          case "union" -> union();
          default -> withClosures();
        };
    starts = Calendars.startInstants();
    for (Instant t : starts) {
      calendar.addBusinessTime(t, Duration.ofHours(30));
    }
  }

  private static BusinessCalendar union() {
    BusinessCalendar berlin =
        BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .name("Berlin team")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    BusinessCalendar newYork =
        BusinessCalendar.builder(Calendars.NEW_YORK)
            .name("New York team")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(HolidayCalendar.usFederal())
            .build();
    return BusinessCalendar.union(ZoneId.of("Europe/Berlin"), berlin, newYork);
  }

  /** The support calendar with a closure 12:00-15:00 every Wednesday, 2024 to 2030. */
  private static BusinessCalendar withClosures() {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(Calendars.NEW_YORK)
            .name("support with closures")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
            .holidays(HolidayCalendar.usFederal());
    for (LocalDate d = LocalDate.of(2024, 1, 3); d.getYear() <= 2030; d = d.plusWeeks(1)) {
      b.closure(d, TimeWindow.of(LocalTime.NOON, LocalTime.of(15, 0)), "Team meeting");
    }
    return b.build();
  }

  private Instant nextStart() {
    return starts[next++ & (Calendars.START_COUNT - 1)];
  }

  /** Thirty business hours from a start. */
  @Benchmark
  public void addBusinessTime(Blackhole bh) {
    bh.consume(calendar.addBusinessTime(nextStart(), Duration.ofHours(30)));
  }

  /** The business time between two starts. */
  @Benchmark
  public void businessTimeBetween(Blackhole bh) {
    bh.consume(calendar.businessTimeBetween(nextStart(), nextStart()));
  }

  /** Whether a start is open. */
  @Benchmark
  public void isOpen(Blackhole bh) {
    bh.consume(calendar.isOpen(nextStart()));
  }
}
