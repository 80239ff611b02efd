package io.github.sla4j.benchmarks;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/** {@code nextOpen}: when does the clock start (again)? */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class NextOpenBenchmark extends CalendarBenchmark {

  /** sla4j's table search. */
  @Benchmark
  public void sla4j(Blackhole bh) {
    bh.consume(businessCalendar.nextOpen(starts[nextIndex()]));
  }

  /** The day-walking reference. */
  @Benchmark
  public void dayWalking(Blackhole bh) {
    bh.consume(reference.nextOpen(starts[nextIndex()]));
  }
}
