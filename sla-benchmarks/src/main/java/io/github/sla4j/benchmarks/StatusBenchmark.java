package io.github.sla4j.benchmarks;

import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code SlaTracker.status(timeline, now)} under the Threekit policy for timelines with a severity
 * change and a pause ({@link Cases}), cycling through {@value #COUNT} precomputed (timeline, now)
 * pairs.
 *
 * <ul>
 *   <li>{@code status}: the status alone;
 *   <li>{@code statusRead}: the status, then {@code deadline()}, {@code remaining()} and {@code
 *       state()}, what a dashboard shows;
 *   <li>{@code statusExplained}: the status, then its explanation as text, what a support manager
 *       asks for when a case is questioned.
 * </ul>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class StatusBenchmark {

  /** How many (timeline, now) pairs the benchmark cycles through (a power of two). */
  public static final int COUNT = 4096;

  private SlaTracker tracker;
  private CaseTimeline[] timelines;
  private Instant[] nows;
  private int next;

  /** Builds the tracker and draws the timelines. */
  @Setup(Level.Trial)
  public void setUp() {
    tracker = SlaTracker.of(SlaPolicy.threekit());
    Cases.Sample sample = Cases.sample(Cases.SEED, COUNT);
    timelines = sample.timelines();
    nows = sample.nows();
  }

  private CaseStatus nextStatus() {
    int i = next++ & (COUNT - 1);
    return tracker.status(timelines[i], nows[i]);
  }

  /** The status alone. */
  @Benchmark
  public void status(Blackhole bh) {
    bh.consume(nextStatus());
  }

  /** The status and the figures a dashboard reads from it. */
  @Benchmark
  public void statusRead(Blackhole bh) {
    CaseStatus status = nextStatus();
    bh.consume(status.deadline());
    bh.consume(status.remaining());
    bh.consume(status.state());
  }

  /** The status and its explanation as text. */
  @Benchmark
  public void statusExplained(Blackhole bh) {
    bh.consume(nextStatus().explanation().toString());
  }
}
