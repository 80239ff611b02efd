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
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Building a calendar and warming ten years of its tables: one shot per iteration, each with a new
 * calendar. The shots after the first run in a warm JVM; {@link CalendarCosts} measures the very
 * first one in a fresh JVM.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
public class ColdStartBenchmark {

  /** Which calendar: {@link Calendars#SUPPORT} or {@link Calendars#ALWAYS_OPEN}. */
  @Param({Calendars.SUPPORT, Calendars.ALWAYS_OPEN})
  public String calendar;

  /** Builds the calendar and makes it build tables for 2024–2034. */
  @Benchmark
  public void buildAndWarmTenYears(Blackhole bh) {
    BusinessCalendar cal = Calendars.named(calendar);
    warmTenYears(cal, bh::consume);
  }

  /**
   * Makes a calendar build its tables for 2024–2034: the first operation builds around 2024, the
   * second grows the table to 2034 and a little beyond.
   *
   * @param cal the calendar
   * @param sink receives the results so they are not dead code
   */
  static void warmTenYears(BusinessCalendar cal, java.util.function.Consumer<Object> sink) {
    sink.accept(cal.addBusinessDays(atStartOfDay(2024), 1));
    sink.accept(cal.addBusinessDays(atStartOfDay(2034), 1));
  }

  static Instant atStartOfDay(int year) {
    return LocalDate.of(year, 1, 1).atStartOfDay(Calendars.NEW_YORK).toInstant();
  }
}
