package io.github.sla4j.benchmarks;

import java.time.Duration;
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

/** {@code addBusinessTime} of 4 hours, 30 hours and one year of business time. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class AddBusinessTimeBenchmark extends CalendarBenchmark {

  /** {@code 4h}, {@code 30h}, or {@code 1y}: the calendar's business time in 2025. */
  @Param({"4h", "30h", "1y"})
  public String amount;

  private Duration duration;

  /** Turns the amount into a duration. */
  @Override
  void setUpArea() {
    duration =
        switch (amount) {
          case "4h" -> Duration.ofHours(4);
          case "30h" -> Duration.ofHours(30);
          case "1y" -> Calendars.oneYearOfBusinessTime(Calendars.named(calendar));
          default -> throw new IllegalArgumentException("Unknown amount " + amount);
        };
  }

  /** sla4j's table search. */
  @Benchmark
  public void sla4j(Blackhole bh) {
    bh.consume(businessCalendar.addBusinessTime(starts[nextIndex()], duration));
  }

  /** The day-walking reference. */
  @Benchmark
  public void dayWalking(Blackhole bh) {
    bh.consume(reference.addBusinessTime(starts[nextIndex()], duration));
  }
}
