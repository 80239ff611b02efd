package io.github.sla4j.benchmarks;

import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.time.Duration;
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
 * {@code SlaPolicy.threekit().responseDeadline(tier, severity, openedAt)} for each kind of target,
 * over the benchmarks' start instants (any hour, weekends and holidays included).
 *
 * <ul>
 *   <li>{@code critical}: Standard/Critical, 4 h on the 24/7 clock;
 *   <li>{@code businessTime}: Premier/Urgent, 4 business hours;
 *   <li>{@code businessDays}: Standard/High, 2 business days.
 * </ul>
 *
 * <p>{@code dayWalking} computes the same deadline from the same target with the day-walking
 * reference of the policy's business calendar ({@code addBusinessTime} or {@code addBusinessDays});
 * for {@code critical} both sides are the same {@code Instant.plus}, so only the business kinds are
 * a comparison.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class PolicyDeadlineBenchmark {

  /** The kind of target: {@code critical}, {@code businessTime} or {@code businessDays}. */
  @Param({"critical", "businessTime", "businessDays"})
  public String target;

  private SlaPolicy policy;
  private SupportTier tier;
  private Severity severity;
  private DayWalkingCalendar reference;
  private Duration duration;
  private int days;
  private Instant[] starts;
  private int next;

  /** Builds the policy, picks the tier and severity, and the reference of the target. */
  @Setup(Level.Trial)
  public void setUp() {
    policy = SlaPolicy.threekit();
    switch (target) {
      case "critical" -> {
        tier = SupportTier.STANDARD;
        severity = Severity.CRITICAL;
      }
      case "businessTime" -> {
        tier = SupportTier.PREMIER;
        severity = Severity.URGENT;
      }
      case "businessDays" -> {
        tier = SupportTier.STANDARD;
        severity = Severity.HIGH;
      }
      default -> throw new IllegalArgumentException("Unknown target " + target);
    }
    ResponseTarget t = policy.target(tier, severity);
    reference = DayWalkingCalendar.of(t.calendar());
    duration =
        t.match(ResponseTarget.Elapsed::duration, ResponseTarget.BusinessTime::duration, d -> null);
    days = t.match(e -> 0, b -> 0, ResponseTarget.BusinessDays::days);
    starts = Calendars.startInstants();
  }

  private int nextIndex() {
    return next++ & (Calendars.START_COUNT - 1);
  }

  /** sla4j: the policy's deadline. */
  @Benchmark
  public void sla4j(Blackhole bh) {
    bh.consume(policy.responseDeadline(tier, severity, starts[nextIndex()]));
  }

  /** The same deadline computed by walking days. */
  @Benchmark
  public void dayWalking(Blackhole bh) {
    Instant start = starts[nextIndex()];
    if (days > 0) {
      bh.consume(reference.addBusinessDays(start, days));
    } else if (policy.target(tier, severity).isBusiness()) {
      bh.consume(reference.addBusinessTime(start, duration));
    } else {
      bh.consume(start.plus(duration));
    }
  }
}
