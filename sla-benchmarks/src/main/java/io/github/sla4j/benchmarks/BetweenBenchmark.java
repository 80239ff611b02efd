package io.github.sla4j.benchmarks;

import java.time.Instant;
import java.time.ZonedDateTime;
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

/** {@code businessTimeBetween} over one day, one year and ten years (calendar spans). */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class BetweenBenchmark extends CalendarBenchmark {

  /** {@code 1d}, {@code 1y} or {@code 10y} after each start, in New York's calendar. */
  @Param({"1d", "1y", "10y"})
  public String span;

  private Instant[] ends;

  /** Computes the end of each span. */
  @Override
  void setUpArea() {
    ends = new Instant[starts.length];
    for (int i = 0; i < starts.length; i++) {
      ZonedDateTime start = starts[i].atZone(Calendars.NEW_YORK);
      ZonedDateTime end =
          switch (span) {
            case "1d" -> start.plusDays(1);
            case "1y" -> start.plusYears(1);
            case "10y" -> start.plusYears(10);
            default -> throw new IllegalArgumentException("Unknown span " + span);
          };
      ends[i] = end.toInstant();
    }
  }

  /** sla4j's difference of two prefix sums. */
  @Benchmark
  public void sla4j(Blackhole bh) {
    int i = nextIndex();
    bh.consume(businessCalendar.businessTimeBetween(starts[i], ends[i]));
  }

  /** The day-walking reference. */
  @Benchmark
  public void dayWalking(Blackhole bh) {
    int i = nextIndex();
    bh.consume(reference.businessTimeBetween(starts[i], ends[i]));
  }
}
