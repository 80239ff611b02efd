package io.github.sla4j.tracking;

import io.github.sla4j.policy.Coverage;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The status of a case at an instant {@code now}: one {@link MetricStatus} for every metric the
 * policy measures (first response, next reply, periodic update, resolution), the case's severity
 * and coverage, and when an agent first replied.
 *
 * <p>The figure methods of this class ({@link #state()}, {@link #deadline()}, {@link #elapsed()},
 * the thresholds, the explanation and the rest) describe the <em>primary</em> metric: the first
 * response if the policy measures it, otherwise the first metric the policy lists. Ask {@link
 * #metric(Metric)} for the others.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseStatus {

  /** The largest threshold fraction {@link #thresholdInstant} accepts: ten times the target. */
  public static final double MAX_THRESHOLD_FRACTION = 10;

  private final Instant now;
  private final Severity severity;
  private final Coverage coverage;
  private final @Nullable Instant respondedAt;
  private final MetricStatus[] statuses;
  private final MetricStatus primary;
  private volatile @Nullable Map<Metric, MetricStatus> metrics;

  CaseStatus(
      Instant now,
      Severity severity,
      Coverage coverage,
      @Nullable Instant respondedAt,
      MetricStatus[] statuses) {
    this.now = now;
    this.severity = severity;
    this.coverage = coverage;
    this.respondedAt = respondedAt;
    this.statuses = statuses;
    MetricStatus first = statuses[0];
    for (MetricStatus status : statuses) {
      if (status.metric().equals(Metric.FIRST_RESPONSE)) {
        first = status;
      }
    }
    this.primary = first;
  }

  /**
   * Gets the status of every metric the policy measures, in the policy's order.
   *
   * @return the statuses by metric, unmodifiable, not empty
   */
  public Map<Metric, MetricStatus> metrics() {
    Map<Metric, MetricStatus> map = metrics;
    if (map == null) {
      Map<Metric, MetricStatus> all = new LinkedHashMap<>();
      for (MetricStatus status : statuses) {
        all.put(status.metric(), status);
      }
      map = Collections.unmodifiableMap(all);
      metrics = map;
    }
    return map;
  }

  /**
   * Gets the status of one metric.
   *
   * @param metric the metric, not null
   * @return its status, not null
   * @throws IllegalArgumentException if the policy does not measure the metric; the message lists
   *     the measured ones
   */
  public MetricStatus metric(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    for (MetricStatus status : statuses) {
      if (status.metric().equals(metric)) {
        return status;
      }
    }
    throw new IllegalArgumentException(
        "The policy does not measure the metric "
            + metric
            + " (measured: "
            + metrics().keySet()
            + "): ask for one of those");
  }

  /**
   * Gets the status of the primary metric: the first response if the policy measures it, otherwise
   * the first metric the policy lists.
   *
   * @return the status, not null
   */
  public MetricStatus primary() {
    return primary;
  }

  /**
   * Gets the instant this status is for.
   *
   * @return now, not null
   */
  public Instant now() {
    return now;
  }

  /**
   * Gets the state of the primary metric.
   *
   * @return the state, not null
   */
  public SlaState state() {
    return primary.state();
  }

  /**
   * Gets the severity of the case at {@code now}.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Gets whether the case is under the SLA, with the reason when it is not. A metric may still not
   * apply to a covered case; see {@link MetricStatus#coverage()}.
   *
   * @return the coverage, not null
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * Gets the primary metric's target: the current one, or the breached one after a breach.
   *
   * @return the target, empty for {@link SlaState#NOT_APPLICABLE}
   */
  public Optional<ResponseTarget> target() {
    return primary.target();
  }

  /**
   * Gets the start of the primary metric's clock: the opening, or the severity change that
   * restarted it.
   *
   * @return the start, empty for {@link SlaState#NOT_APPLICABLE}
   */
  public Optional<Instant> clockStart() {
    return primary.clockStart();
  }

  /**
   * Gets the primary metric's deadline. After a breach, the missed deadline.
   *
   * @return the deadline, empty for {@link SlaState#NOT_APPLICABLE}
   */
  public Optional<Instant> deadline() {
    return primary.deadline();
  }

  /**
   * Gets the length of the primary metric's target on its clock.
   *
   * @return the length, zero for {@link SlaState#NOT_APPLICABLE}
   */
  public Duration targetLength() {
    return primary.targetLength();
  }

  /**
   * Gets the primary metric's clock time used.
   *
   * @return the elapsed clock time, not negative
   */
  public Duration elapsed() {
    return primary.elapsed();
  }

  /**
   * Gets the primary metric's clock time left before the deadline; zero when breached.
   *
   * @return the remaining clock time, not negative
   */
  public Duration remaining() {
    return primary.remaining();
  }

  /**
   * Gets the fraction of the primary metric's target used, for display.
   *
   * @return {@code elapsed / targetLength}, zero for {@link SlaState#NOT_APPLICABLE}
   */
  public double fractionUsed() {
    return primary.fractionUsed();
  }

  /**
   * Gets when the primary metric's breach was recorded.
   *
   * @return the instant, empty unless breached
   */
  public Optional<Instant> breachedAt() {
    return primary.breachedAt();
  }

  /**
   * Gets how late the primary metric is as elapsed time.
   *
   * @return the lateness, empty unless breached
   */
  public Optional<Duration> lateness() {
    return primary.lateness();
  }

  /**
   * Gets how late the primary metric is on its target's clock.
   *
   * @return the lateness on the target's clock, empty unless breached
   */
  public Optional<Duration> latenessOnClock() {
    return primary.latenessOnClock();
  }

  /**
   * Gets the first agent reply, the first response.
   *
   * @return the instant, empty if no agent replied by {@code now}
   */
  public Optional<Instant> respondedAt() {
    return Optional.ofNullable(respondedAt);
  }

  /**
   * Gets the steps that produced the primary metric's status.
   *
   * @return the explanation, not null
   */
  public Explanation explanation() {
    return primary.explanation();
  }

  /**
   * Finds the earliest instant at which a fraction of the primary metric's target is used; see
   * {@link MetricStatus#thresholdInstant(double)}.
   *
   * @param fraction the fraction, from 0 to {@value #MAX_THRESHOLD_FRACTION}
   * @return the instant, not null
   * @throws IllegalArgumentException if the fraction is negative, NaN, or above {@value
   *     #MAX_THRESHOLD_FRACTION}
   * @throws IllegalStateException for {@link SlaState#NOT_APPLICABLE}
   */
  public Instant thresholdInstant(double fraction) {
    return primary.thresholdInstant(fraction);
  }

  /**
   * Finds the threshold instants of several fractions of the primary metric's target.
   *
   * @param fractions the fractions, each from 0 to {@value #MAX_THRESHOLD_FRACTION}
   * @return the thresholds in the order given, not null
   * @throws IllegalArgumentException if a fraction is negative, NaN, or above {@value
   *     #MAX_THRESHOLD_FRACTION}
   * @throws IllegalStateException for {@link SlaState#NOT_APPLICABLE}
   */
  public List<Threshold> thresholds(double... fractions) {
    return primary.thresholds(fractions);
  }

  static void checkFraction(double fraction) {
    MetricStatus.checkFraction(fraction);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CaseStatus o
        && now.equals(o.now)
        && severity.equals(o.severity)
        && coverage.equals(o.coverage)
        && Objects.equals(respondedAt, o.respondedAt)
        && java.util.Arrays.equals(statuses, o.statuses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(now, severity, respondedAt, java.util.Arrays.hashCode(statuses));
  }

  @Override
  public String toString() {
    return "CaseStatus["
        + primary.state()
        + " at "
        + now
        + ", deadline "
        + primary.deadline()
        + "]";
  }
}
