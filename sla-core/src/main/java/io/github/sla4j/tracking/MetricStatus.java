package io.github.sla4j.tracking;

import io.github.sla4j.policy.Coverage;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The status of one metric of a case at an instant {@code now}: the state, the deadline, elapsed
 * and remaining time on the target's own clock (business time or 24/7), the fraction used, for a
 * breach when and how late, threshold instants for warnings, the explanation, and for a cyclic
 * metric (next reply, periodic update) which cycle the figures describe and how many cycles were
 * met and breached so far.
 *
 * <p>The figures describe the current cycle, or the last one when none is running. Elapsed time is
 * the target's clock time used from the start of the clock up to {@code now}, or up to the stop
 * (the agent reply, the solve); paused time and time while the case was solved are excluded. While
 * running or paused, {@code elapsed + remaining == targetLength}. After a breach, the figures
 * describe the target that was breached, even if a later severity change re-targeted the clock (the
 * breach stands; the explanation records the change). While paused, the deadline and thresholds are
 * those the clock would have if it resumed at {@code now}.
 *
 * <p>For {@link SlaState#NOT_APPLICABLE} there is no target ({@link #coverage()} says why: the case
 * is not under the SLA, the policy leaves the cell empty, or no cycle has started yet): {@link
 * #deadline()} is empty, the durations are zero and the threshold methods throw.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MetricStatus {

  private final Narration.Context context;
  private final SlaState state;
  private final Severity severity;
  private final Coverage coverage;
  private final @Nullable ClockRun run;
  private final @Nullable Instant deadline;
  private final Duration elapsed;
  private final @Nullable Instant breachedAt;
  private final @Nullable Instant stoppedAt;
  private final int cycle;
  private final int cyclesMet;
  private final int cyclesBreached;
  private final Replay.@Nullable StartCause startCause;
  private final List<Decision> decisions;
  private volatile @Nullable Explanation explanation;

  private MetricStatus(
      Narration.Context context,
      SlaState state,
      Severity severity,
      Coverage coverage,
      @Nullable ClockRun run,
      @Nullable Instant deadline,
      @Nullable Instant breachedAt,
      @Nullable Instant stoppedAt,
      int cycle,
      int cyclesMet,
      int cyclesBreached,
      Replay.@Nullable StartCause startCause,
      List<Decision> decisions) {
    this.context = context;
    this.state = state;
    this.severity = severity;
    this.coverage = coverage;
    this.run = run;
    this.deadline = deadline;
    this.breachedAt = breachedAt;
    this.stoppedAt = stoppedAt;
    this.cycle = cycle;
    this.cyclesMet = cyclesMet;
    this.cyclesBreached = cyclesBreached;
    this.startCause = startCause;
    this.decisions = decisions;
    this.elapsed = run == null ? Duration.ZERO : run.used(end());
  }

  static MetricStatus notApplicable(
      Narration.Context context, Coverage coverage, Severity severity) {
    return new MetricStatus(
        context,
        SlaState.NOT_APPLICABLE,
        severity,
        coverage,
        null,
        null,
        null,
        null,
        0,
        0,
        0,
        null,
        List.of());
  }

  static MetricStatus of(
      Narration.Context context,
      Coverage coverage,
      ClockReplay.Outcome outcome,
      Severity severity,
      int cycle,
      int met,
      int breached,
      Instant cycleStart,
      Replay.StartCause cause) {
    return new MetricStatus(
        context,
        outcome.state(),
        severity,
        coverage,
        outcome.shown(),
        outcome.deadline(),
        outcome.breachedAt(),
        outcome.stoppedAt(),
        cycle,
        met,
        breached,
        cause,
        outcome.decisions());
  }

  private Instant end() {
    return stoppedAt != null ? stoppedAt : context.now();
  }

  Narration.Context context() {
    return context;
  }

  List<Decision> decisions() {
    return decisions;
  }

  Replay.@Nullable StartCause startCause() {
    return startCause;
  }

  @Nullable ClockRun run() {
    return run;
  }

  /**
   * Gets the metric.
   *
   * @return the metric, not null
   */
  public Metric metric() {
    return context.metric();
  }

  /**
   * Gets the instant this status is for.
   *
   * @return now, not null
   */
  public Instant now() {
    return context.now();
  }

  /**
   * Gets the state.
   *
   * @return the state, not null
   */
  public SlaState state() {
    return state;
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
   * Gets whether the metric applies, with the reason when it does not: the case is not under the
   * SLA, the policy leaves the cell for its tier and severity empty, or no cycle has started yet.
   *
   * @return the coverage, not null
   */
  public Coverage coverage() {
    return coverage;
  }

  /**
   * Gets the target the figures refer to: the current one, or the breached one after a breach.
   *
   * @return the target, empty for {@link SlaState#NOT_APPLICABLE}
   */
  public Optional<ResponseTarget> target() {
    return run == null ? Optional.empty() : Optional.of(run.target());
  }

  /**
   * Gets the start of the target's clock: the start of the cycle, or the severity change that
   * restarted it. The clock itself may start counting later, at the next open of a business
   * calendar.
   *
   * @return the start, empty for {@link SlaState#NOT_APPLICABLE}
   */
  public Optional<Instant> clockStart() {
    return run == null ? Optional.empty() : Optional.of(run.anchor());
  }

  /**
   * Gets the deadline: a stop at or before it is on time. After a breach, the missed deadline.
   *
   * @return the deadline, empty for {@link SlaState#NOT_APPLICABLE}
   */
  public Optional<Instant> deadline() {
    return Optional.ofNullable(deadline);
  }

  /**
   * Gets the length of the target on its clock: its duration, or for business days the business
   * time from the start of the clock to the unpaused deadline.
   *
   * @return the length, zero for {@link SlaState#NOT_APPLICABLE}
   */
  public Duration targetLength() {
    return run == null ? Duration.ZERO : run.length();
  }

  /**
   * Gets the clock time used up to {@code now}, or up to the stop; paused and solved time excluded.
   *
   * @return the elapsed clock time, not negative
   */
  public Duration elapsed() {
    return elapsed;
  }

  /**
   * Gets the clock time left before the deadline; zero when breached.
   *
   * @return the remaining clock time, not negative
   */
  public Duration remaining() {
    Duration left = targetLength().minus(elapsed);
    return state == SlaState.BREACHED || left.isNegative() ? Duration.ZERO : left;
  }

  /**
   * Gets the fraction of the target used, for display: above 1 after a breach. Decisions are made
   * on instants, never on this value.
   *
   * @return {@code elapsed / targetLength}, zero for {@link SlaState#NOT_APPLICABLE}
   */
  public double fractionUsed() {
    return run == null ? 0 : (double) elapsed.toNanos() / run.length().toNanos();
  }

  /**
   * Gets when the breach was recorded: the missed deadline, or the severity change whose new
   * deadline had already passed. The clock is breached at every instant after the missed deadline.
   *
   * @return the instant, empty unless breached
   */
  public Optional<Instant> breachedAt() {
    return Optional.ofNullable(breachedAt);
  }

  /**
   * Gets how late the clock is as elapsed time: from the missed deadline to the stop, or to {@code
   * now} without one.
   *
   * @return the lateness, empty unless breached
   */
  public Optional<Duration> lateness() {
    if (state != SlaState.BREACHED || deadline == null) {
      return Optional.empty();
    }
    return Optional.of(Duration.between(deadline, end()));
  }

  /**
   * Gets how late the clock is on the target's clock, pauses excluded: a reply at 19:00 to a
   * deadline of 18:00, the close of business, is one hour late but zero business time late.
   *
   * @return the lateness on the target's clock, empty unless breached
   */
  public Optional<Duration> latenessOnClock() {
    if (state != SlaState.BREACHED || run == null) {
      return Optional.empty();
    }
    return Optional.of(elapsed.minus(run.length()));
  }

  /**
   * Gets when the clock stopped: the agent reply or the solve that ended the cycle.
   *
   * @return the instant, empty while the clock runs or is paused, or when not applicable
   */
  public Optional<Instant> stoppedAt() {
    return Optional.ofNullable(stoppedAt);
  }

  /**
   * Gets the number of the cycle the figures describe: 1 for the first. The first response and the
   * resolution have one cycle.
   *
   * @return the cycle number, 0 when no cycle has started or the case is not under the SLA
   */
  public int cycle() {
    return cycle;
  }

  /**
   * Gets how many cycles so far were met: stopped at or before their deadline. A reopen voids the
   * resolution's earlier "met".
   *
   * @return the count, not negative
   */
  public int cyclesMet() {
    return cyclesMet;
  }

  /**
   * Gets how many cycles so far were breached: stopped late, or still running past their deadline.
   *
   * @return the count, not negative
   */
  public int cyclesBreached() {
    return cyclesBreached;
  }

  /**
   * Gets the steps that produced this status. The explanation is rendered from the recorded
   * decisions on the first call, so a status nobody explains costs no text; later calls return the
   * same object.
   *
   * @return the explanation, not null
   */
  public Explanation explanation() {
    Explanation result = explanation;
    if (result == null) {
      synchronized (this) {
        result = explanation;
        if (result == null) {
          result = Narration.render(this);
          explanation = result;
        }
      }
    }
    return result;
  }

  /**
   * Finds the earliest instant at which a fraction of the target is used: the clock, pauses
   * excluded, has run for {@code fraction × targetLength}, rounded up to the nanosecond. The
   * fraction is read as its shortest decimal form, so {@code 0.9} means exactly nine tenths. {@code
   * 1.0} gives the deadline; fractions above 1 give instants after it, up to {@value
   * CaseStatus#MAX_THRESHOLD_FRACTION} (ten times the target). Instants already past are returned
   * too.
   *
   * @param fraction the fraction, from 0 to {@value CaseStatus#MAX_THRESHOLD_FRACTION}
   * @return the instant, not null
   * @throws IllegalArgumentException if the fraction is negative, NaN, or above {@value
   *     CaseStatus#MAX_THRESHOLD_FRACTION}
   * @throws IllegalStateException for {@link SlaState#NOT_APPLICABLE}
   * @throws java.time.DateTimeException if the instant lies beyond what the target's calendar can
   *     reach (more than 500 years of dates from the clock's start, or past the end of time)
   */
  public Instant thresholdInstant(double fraction) {
    checkFraction(fraction);
    ClockRun clock = run;
    if (clock == null) {
      throw new IllegalStateException(
          context.metric().displayName()
              + " does not apply ("
              + coverage.message()
              + "): it has no target, so no thresholds; check state() first");
    }
    Duration length = clock.length();
    BigDecimal[] secondsAndNanos =
        BigDecimal.valueOf(fraction)
            .multiply(
                BigDecimal.valueOf(length.getSeconds())
                    .add(BigDecimal.valueOf(length.getNano(), 9)))
            .setScale(9, RoundingMode.CEILING)
            .divideAndRemainder(BigDecimal.ONE);
    Duration used =
        Duration.ofSeconds(
            secondsAndNanos[0].longValueExact(), secondsAndNanos[1].movePointRight(9).longValue());
    return clock.instantAtUsed(used);
  }

  /**
   * Finds the threshold instants of several fractions, e.g. {@code 0.5, 0.75, 0.9, 1.0}.
   *
   * @param fractions the fractions, each from 0 to {@value CaseStatus#MAX_THRESHOLD_FRACTION}
   * @return the thresholds in the order given, not null
   * @throws IllegalArgumentException if a fraction is negative, NaN, or above {@value
   *     CaseStatus#MAX_THRESHOLD_FRACTION}
   * @throws IllegalStateException for {@link SlaState#NOT_APPLICABLE}
   */
  public List<Threshold> thresholds(double... fractions) {
    Objects.requireNonNull(fractions, "fractions");
    List<Threshold> thresholds = new ArrayList<>();
    for (double fraction : fractions) {
      thresholds.add(new Threshold(fraction, thresholdInstant(fraction)));
    }
    return List.copyOf(thresholds);
  }

  static void checkFraction(double fraction) {
    if (!(fraction >= 0 && fraction <= CaseStatus.MAX_THRESHOLD_FRACTION)) {
      throw new IllegalArgumentException(
          "Fraction "
              + fraction
              + " is not usable: a threshold fraction must be from 0 to "
              + (int) CaseStatus.MAX_THRESHOLD_FRACTION
              + " (1.0 is the deadline, 10 ten times the target); pass e.g. 0.75");
    }
  }

  /**
   * Compares the figures and the decisions that produced them; the explanation's text is not
   * rendered for this.
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MetricStatus o
        && context.equals(o.context)
        && state == o.state
        && severity.equals(o.severity)
        && coverage.equals(o.coverage)
        && Objects.equals(deadline, o.deadline)
        && elapsed.equals(o.elapsed)
        && targetLength().equals(o.targetLength())
        && Objects.equals(breachedAt, o.breachedAt)
        && Objects.equals(stoppedAt, o.stoppedAt)
        && cycle == o.cycle
        && cyclesMet == o.cyclesMet
        && cyclesBreached == o.cyclesBreached
        && decisions.equals(o.decisions);
  }

  @Override
  public int hashCode() {
    return Objects.hash(context.metric(), context.now(), state, deadline, elapsed, breachedAt);
  }

  @Override
  public String toString() {
    return "MetricStatus["
        + context.metric()
        + " "
        + state
        + " at "
        + context.now()
        + ", deadline "
        + deadline
        + "]";
  }
}
