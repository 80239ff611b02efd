package io.github.sla4j.benchmarks;

import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.MetricStatus;
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
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * {@code SlaTracker.status(timeline, now)} on conversations ({@link Cases#conversations}: opened,
 * paused, re-targeted, two agent replies around a customer reply, half of them solved) under the
 * Threekit policy as it is ({@code metrics = 1}: the first response) and with next-reply,
 * periodic-update and resolution targets added ({@code metrics = 4}), reading every metric's
 * deadline, remaining time and state.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MetricsStatusBenchmark {

  /** How many (timeline, now) pairs the benchmark cycles through (a power of two). */
  public static final int COUNT = 4096;

  /** How many metrics the policy measures: 1 or 4. */
  @Param({"1", "4"})
  public int metrics;

  private SlaTracker tracker;
  private CaseTimeline[] timelines;
  private Instant[] nows;
  private int next;

  /** Builds the tracker and draws the timelines. */
  @Setup(Level.Trial)
  public void setUp() {
    tracker = SlaTracker.of(metrics == 1 ? SlaPolicy.threekit() : fourMetrics());
    Cases.Sample sample = Cases.conversations(Cases.SEED, COUNT);
    timelines = sample.timelines();
    nows = sample.nows();
  }

  /**
   * The Threekit policy with a next reply and a periodic update as long as its first response, and
   * a resolution of five times that.
   *
   * @return the policy
   */
  public static SlaPolicy fourMetrics() {
    SlaPolicy seed = SlaPolicy.threekit();
    SlaPolicy.Builder builder = seed.toBuilder();
    for (SupportTier tier : seed.tiers()) {
      for (Severity severity : seed.severities()) {
        ResponseTarget target = seed.target(tier, severity);
        builder.target(Metric.NEXT_REPLY, tier, severity, target);
        builder.target(Metric.PERIODIC_UPDATE, tier, severity, target);
        builder.target(
            Metric.RESOLUTION,
            tier,
            severity,
            target.match(
                e -> ResponseTarget.ofElapsed(e.duration().multipliedBy(5), e.zone()),
                b -> ResponseTarget.ofBusinessTime(b.duration().multipliedBy(5), b.calendar()),
                d -> ResponseTarget.ofBusinessDays(d.days() * 5, d.calendar())));
      }
    }
    return builder.build();
  }

  /** The status, and every metric's deadline, remaining time and state. */
  @Benchmark
  public void statusRead(Blackhole bh) {
    int i = next++ & (COUNT - 1);
    CaseStatus status = tracker.status(timelines[i], nows[i]);
    for (MetricStatus m : status.metrics().values()) {
      bh.consume(m.deadline());
      bh.consume(m.remaining());
      bh.consume(m.state());
    }
  }
}
