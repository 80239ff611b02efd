package io.github.sla4j.policy;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * A support policy in its own words: the severities it ranks (most severe first), the tiers and
 * channels it knows, the {@link Metric metrics} it measures with a target table for each (a target
 * for every tier and severity, or a cell left empty on purpose), whether pauses stop each metric's
 * clock, the channels under the SLA and the application areas each tier covers.
 *
 * <p>A value the policy did not declare (a severity "P5" in a policy of P1 to P4) is an {@link
 * IllegalArgumentException} naming the value and the declared ones. {@link #threekit()} is the seed
 * policy ({@link ThreekitPolicy}); build others with {@link #builder()} or {@link #toBuilder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaPolicy {

  /** The zone of the seed policy's business hours; the same as {@link ThreekitPolicy#ZONE}. */
  public static final ZoneId THREEKIT_ZONE = ThreekitPolicy.ZONE;

  private final String name;
  private final List<Severity> severities;
  private final List<SupportTier> tiers;
  private final List<Channel> channels;
  private final Set<Channel> coveredChannels;
  private final Scope scope;
  private final Severity[] severityArray;
  private final SupportTier[] tierArray;

  /** The metrics measured, in the order they were first given a target. */
  private final List<Metric> metrics;

  /**
   * Per metric, the targets by {@code tierIndex * severities + severityIndex}; null for a cell left
   * empty on purpose.
   */
  private final Map<Metric, @Nullable ResponseTarget[]> tables;

  /** The first-response table, or null when the policy does not measure the first response. */
  private final @Nullable ResponseTarget @Nullable [] targetTable;

  /** The metrics whose clocks keep running while the case is paused. */
  private final Set<Metric> pausesIgnored;

  private SlaPolicy(Builder builder) {
    this.name = builder.name;
    if (builder.severities.isEmpty() || builder.tiers.isEmpty()) {
      throw new IllegalArgumentException(
          "Policy '"
              + name
              + "' declares no "
              + (builder.severities.isEmpty() ? "severities" : "tiers")
              + ": declare them with severities(...) (most severe first) and tiers(...)");
    }
    this.severities = List.copyOf(builder.severities);
    this.tiers = List.copyOf(builder.tiers);
    this.severityArray = severities.toArray(new Severity[0]);
    this.tierArray = tiers.toArray(new SupportTier[0]);
    Set<Channel> declared = new LinkedHashSet<>(builder.channels);
    if (builder.channels.isEmpty()) {
      declared.addAll(builder.coveredChannels);
    }
    for (Channel c : builder.coveredChannels) {
      if (!declared.contains(c)) {
        throw new IllegalArgumentException(
            "Policy '"
                + name
                + "' covers channel "
                + c
                + ", which it does not declare (declared channels: "
                + declared
                + "): add it to channels(...)");
      }
    }
    this.channels = List.copyOf(declared);
    this.coveredChannels =
        Collections.unmodifiableSet(
            new LinkedHashSet<Channel>(
                channels.stream()
                    .filter(builder.coveredChannels::contains)
                    .collect(Collectors.toList())));
    this.scope = builder.scope;
    if (!scope.isUnrestricted()) {
      for (SupportTier tier : scope.toMap().keySet()) {
        if (!tiers.contains(tier)) {
          throw new IllegalArgumentException(
              "Policy '"
                  + name
                  + "' has a scope for tier "
                  + tier
                  + ", which it does not declare (declared tiers: "
                  + tiers
                  + "): declare it with tiers(...) or remove it from the scope");
        }
      }
      for (SupportTier tier : tiers) {
        if (!scope.toMap().containsKey(tier)) {
          throw new IllegalArgumentException(
              "Scope has no entry for tier "
                  + tier
                  + ": every tier needs its set of covered areas (an empty set covers nothing)");
        }
      }
    }
    if (builder.targets.isEmpty()) {
      throw new IllegalArgumentException(
          "Policy '"
              + name
              + "' measures no metric: give it targets with target(tier, severity, target) for"
              + " the first response, or target(metric, tier, severity, target)");
    }
    Map<Metric, @Nullable ResponseTarget[]> built = new LinkedHashMap<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<Metric, Map<Cell, @Nullable ResponseTarget>> m : builder.targets.entrySet()) {
      Metric metric = m.getKey();
      checkMeasurable(metric);
      for (Cell cell : m.getValue().keySet()) {
        checkDeclared(cell.tier());
        checkDeclared(cell.severity());
      }
      @Nullable ResponseTarget[] table = new ResponseTarget[tiers.size() * severities.size()];
      for (int t = 0; t < tierArray.length; t++) {
        for (int s = 0; s < severityArray.length; s++) {
          Cell cell = new Cell(tierArray[t], severityArray[s]);
          if (!m.getValue().containsKey(cell)) {
            missing.add(
                (metric.equals(Metric.FIRST_RESPONSE) ? "" : metric + " ")
                    + tierArray[t]
                    + "/"
                    + severityArray[s]);
          } else {
            table[t * severityArray.length + s] = m.getValue().get(cell);
          }
        }
      }
      built.put(metric, table);
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Policy '"
              + name
              + "' has no target for "
              + String.join(", ", missing)
              + ": every tier and severity of a metric it measures needs one; add it with"
              + " target(tier, severity, target), or leave the cell empty on purpose with"
              + " noTarget(metric, tier, severity)");
    }
    for (Metric metric : builder.pausesIgnored) {
      if (!built.containsKey(metric)) {
        throw new IllegalArgumentException(
            "Policy '"
                + name
                + "' says pauses do not stop "
                + metric
                + ", which it does not measure (measured: "
                + built.keySet()
                + "): give that metric targets, or drop pausesStop("
                + metric
                + ", false)");
      }
    }
    this.tables = Collections.unmodifiableMap(built);
    this.metrics = List.copyOf(built.keySet());
    this.targetTable = built.get(Metric.FIRST_RESPONSE);
    this.pausesIgnored = Set.copyOf(builder.pausesIgnored);
  }

  private void checkMeasurable(Metric metric) {
    if (!metric.hasClockRules()) {
      throw new IllegalArgumentException(
          "Policy '"
              + name
              + "' has targets for the metric "
              + metric
              + ", which has no clock rules: sla4j measures "
              + List.of(
                  Metric.FIRST_RESPONSE,
                  Metric.NEXT_REPLY,
                  Metric.PERIODIC_UPDATE,
                  Metric.RESOLUTION)
              + "; use one of those");
    }
  }

  /** A tier and a severity: one cell of the target table. */
  private record Cell(SupportTier tier, Severity severity) {}

  /**
   * Obtains the seed policy with U.S. federal holidays; see {@link ThreekitPolicy}.
   *
   * @return the policy, not null
   */
  public static SlaPolicy threekit() {
    return ThreekitPolicy.policy();
  }

  /**
   * Obtains the seed policy with other holidays; see {@link ThreekitPolicy}.
   *
   * @param holidays the holidays that close the business calendar, not null
   * @return the policy, not null
   */
  public static SlaPolicy threekit(HolidayCalendar holidays) {
    return ThreekitPolicy.policy(holidays);
  }

  /**
   * Obtains the seed business hours: Monday–Friday 03:00–18:00 {@code America/New_York}.
   *
   * @param holidays the holidays that close the calendar, not null
   * @return the calendar, not null
   */
  public static BusinessCalendar threekitBusinessHours(HolidayCalendar holidays) {
    return ThreekitPolicy.businessHours(holidays);
  }

  /**
   * Starts building a custom policy. Declare its severities (most severe first) and tiers, and give
   * every tier and severity a target. Its channels are those declared with {@link
   * Builder#channels(Collection)}, or if none are, the covered ones; none are covered by default.
   * Every tier covers every area until a {@link Scope} says otherwise.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Starts building a policy from a copy of this one.
   *
   * @return a new builder holding this policy's values, not null
   */
  public Builder toBuilder() {
    Builder builder =
        builder()
            .name(name)
            .severities(severities)
            .tiers(tiers)
            .channels(channels)
            .coveredChannels(coveredChannels)
            .scope(scope);
    for (Map.Entry<Metric, @Nullable ResponseTarget[]> m : tables.entrySet()) {
      for (int t = 0; t < tierArray.length; t++) {
        for (int s = 0; s < severityArray.length; s++) {
          ResponseTarget target = m.getValue()[t * severityArray.length + s];
          if (target == null) {
            builder.noTarget(m.getKey(), tierArray[t], severityArray[s]);
          } else {
            builder.target(m.getKey(), tierArray[t], severityArray[s], target);
          }
        }
      }
    }
    for (Metric metric : metrics) {
      if (pausesIgnored.contains(metric)) {
        builder.pausesStop(metric, false);
      }
    }
    return builder;
  }

  /**
   * Gets the name used in explanations.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the severities, most severe first: a severity's rank is its index here.
   *
   * @return the declared severities, unmodifiable
   */
  public List<Severity> severities() {
    return severities;
  }

  /**
   * Gets the tiers.
   *
   * @return the declared tiers, unmodifiable
   */
  public List<SupportTier> tiers() {
    return tiers;
  }

  /**
   * Gets every channel the policy knows, covered or not.
   *
   * @return the declared channels, unmodifiable
   */
  public List<Channel> channels() {
    return channels;
  }

  /**
   * Gets the rank of a severity: 0 for the most severe.
   *
   * @param severity the severity, not null
   * @return its index in {@link #severities()}
   * @throws IllegalArgumentException if the policy does not declare the severity
   */
  public int rank(Severity severity) {
    return severityIndex(severity);
  }

  /**
   * Finds a declared severity by its id or display name, ignoring case.
   *
   * @param text the id or display name, not null
   * @return the declared severity, not null
   * @throws IllegalArgumentException if none matches; the message lists the declared ones
   */
  public Severity severity(String text) {
    return find(text, severities, "severity", Severity::id, Severity::displayName);
  }

  /**
   * Finds a declared tier by its id or display name, ignoring case.
   *
   * @param text the id or display name, not null
   * @return the declared tier, not null
   * @throws IllegalArgumentException if none matches; the message lists the declared ones
   */
  public SupportTier tier(String text) {
    return find(text, tiers, "tier", SupportTier::id, SupportTier::displayName);
  }

  /**
   * Finds a declared channel by its id or display name, ignoring case.
   *
   * @param text the id or display name, not null
   * @return the declared channel, not null
   * @throws IllegalArgumentException if none matches; the message lists the declared ones
   */
  public Channel channel(String text) {
    return find(text, channels, "channel", Channel::id, Channel::displayName);
  }

  /**
   * Finds a measured metric by its id or display name, ignoring case, with {@code -} or a space for
   * {@code _}: {@code "resolution"}, {@code "first-response"} and {@code "Next reply"} all work.
   *
   * @param text the id or display name, not null
   * @return the measured metric, not null
   * @throws IllegalArgumentException if none matches; the message lists the measured ones
   */
  public Metric metric(String text) {
    return find(text, metrics, "metric", Metric::id, Metric::displayName);
  }

  /**
   * Gets the zone that names the local dates of a case's clocks: the zone of the first target the
   * policy has for the tier and severity (the first response's if it has one), else of any target.
   *
   * @param tier the tier, not null
   * @param severity the severity, not null
   * @return the zone, not null
   * @throws IllegalArgumentException if the policy does not declare the tier or the severity
   */
  public ZoneId zone(SupportTier tier, Severity severity) {
    for (Metric metric : metrics) {
      Optional<ResponseTarget> target = target(metric, tier, severity);
      if (target.isPresent()) {
        return target.get().calendar().zone();
      }
    }
    for (@Nullable ResponseTarget[] table : tables.values()) {
      for (ResponseTarget target : table) {
        if (target != null) {
          return target.calendar().zone();
        }
      }
    }
    return ZoneId.of("UTC");
  }

  private <T> T find(
      String text,
      List<T> declared,
      String what,
      java.util.function.Function<T, String> id,
      java.util.function.Function<T, String> display) {
    Objects.requireNonNull(text, "text");
    String key = normalise(text);
    for (T value : declared) {
      if (normalise(id.apply(value)).equals(key) || normalise(display.apply(value)).equals(key)) {
        return value;
      }
    }
    throw undeclared(what, text, declared);
  }

  private static String normalise(String text) {
    return text.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
  }

  private IllegalArgumentException undeclared(String what, Object value, List<?> declared) {
    if (what.equals("metric")) {
      return new IllegalArgumentException(
          "Policy '"
              + name
              + "' does not measure the metric '"
              + value
              + "' (measured: "
              + declared
              + "): use one of those");
    }
    return new IllegalArgumentException(
        "Policy '"
            + name
            + "' does not declare the "
            + what
            + " '"
            + value
            + "' (declared: "
            + declared
            + "): use one of those, or declare it in the policy");
  }

  private int severityIndex(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    Severity[] array = severityArray;
    for (int i = 0; i < array.length; i++) {
      if (array[i] == severity) {
        return i;
      }
    }
    for (int i = 0; i < array.length; i++) {
      if (array[i].equals(severity)) {
        return i;
      }
    }
    throw undeclared("severity", severity, severities);
  }

  private int tierIndex(SupportTier tier) {
    Objects.requireNonNull(tier, "tier");
    SupportTier[] array = tierArray;
    for (int i = 0; i < array.length; i++) {
      if (array[i] == tier) {
        return i;
      }
    }
    for (int i = 0; i < array.length; i++) {
      if (array[i].equals(tier)) {
        return i;
      }
    }
    throw undeclared("tier", tier, tiers);
  }

  private void checkDeclared(Severity severity) {
    severityIndex(severity);
  }

  private void checkDeclared(SupportTier tier) {
    tierIndex(tier);
  }

  private void checkDeclared(Channel channel) {
    Objects.requireNonNull(channel, "channel");
    if (!channels.contains(channel)) {
      throw undeclared("channel", channel, channels);
    }
  }

  private void checkDeclared(ApplicationArea area) {
    Objects.requireNonNull(area, "area");
    if (!scope.isUnrestricted() && !scope.allAreas().contains(area)) {
      throw undeclared("application area", area, List.copyOf(scope.allAreas()));
    }
  }

  /**
   * Gets the first-response target of a tier and severity.
   *
   * @param tier the tier, not null
   * @param severity the severity, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the policy does not declare the tier or the severity, does
   *     not measure the first response, or leaves that cell empty
   */
  public ResponseTarget target(SupportTier tier, Severity severity) {
    @Nullable ResponseTarget[] table = targetTable;
    if (table == null) {
      throw new IllegalArgumentException(
          "Policy '"
              + name
              + "' does not measure "
              + Metric.FIRST_RESPONSE
              + " (measured: "
              + metrics
              + "): ask for a metric it measures with target(metric, tier, severity)");
    }
    ResponseTarget target = table[tierIndex(tier) * severityArray.length + severityIndex(severity)];
    if (target == null) {
      throw new IllegalArgumentException(
          "Policy '"
              + name
              + "' has no first-response target for "
              + tier
              + "/"
              + severity
              + " (the cell is empty on purpose): use target(metric, tier, severity), which"
              + " returns an empty Optional for such cells");
    }
    return target;
  }

  /**
   * Gets the target of a metric for a tier and severity.
   *
   * @param metric the metric, not null
   * @param tier the tier, not null
   * @param severity the severity, not null
   * @return the target, empty if the policy does not measure the metric or leaves that cell empty
   * @throws IllegalArgumentException if the policy does not declare the tier or the severity
   */
  public Optional<ResponseTarget> target(Metric metric, SupportTier tier, Severity severity) {
    Objects.requireNonNull(metric, "metric");
    int index = tierIndex(tier) * severityArray.length + severityIndex(severity);
    @Nullable ResponseTarget[] table = tables.get(metric);
    return table == null ? Optional.empty() : Optional.ofNullable(table[index]);
  }

  /**
   * Gets the metrics the policy measures, in the order they were first given a target.
   *
   * @return the metrics, at least one, unmodifiable
   */
  public List<Metric> metrics() {
    return metrics;
  }

  /**
   * Checks whether a metric's clock stops while the case is paused. By default pauses stop every
   * metric; a policy may say one keeps running (a resolution target counted in calendar time
   * whatever the customer does, say). Time while the case is solved never counts.
   *
   * @param metric the metric, not null
   * @return true if pauses stop its clock
   * @throws IllegalArgumentException if the policy does not measure the metric
   */
  public boolean pausesStop(Metric metric) {
    checkMeasured(metric);
    return !pausesIgnored.contains(metric);
  }

  /** Throws, listing the measured metrics, unless the policy measures {@code metric}. */
  private void checkMeasured(Metric metric) {
    Objects.requireNonNull(metric, "metric");
    if (!tables.containsKey(metric)) {
      throw new IllegalArgumentException(
          "Policy '"
              + name
              + "' does not measure the metric "
              + metric
              + " (measured: "
              + metrics
              + "): ask for one of those, or give the policy targets for it");
    }
  }

  /**
   * Gets every first-response target, by tier and severity, in the declared orders. A cell left
   * empty on purpose has no entry.
   *
   * @return an unmodifiable map with an entry for every tier; empty if the policy does not measure
   *     the first response
   */
  public Map<SupportTier, Map<Severity, ResponseTarget>> targets() {
    return tables.containsKey(Metric.FIRST_RESPONSE)
        ? targets(Metric.FIRST_RESPONSE)
        : Collections.emptyMap();
  }

  /**
   * Gets every target of a metric, by tier and severity, in the declared orders. A cell left empty
   * on purpose has no entry.
   *
   * @param metric the metric, not null
   * @return an unmodifiable map with an entry for every tier
   * @throws IllegalArgumentException if the policy does not measure the metric
   */
  public Map<SupportTier, Map<Severity, ResponseTarget>> targets(Metric metric) {
    checkMeasured(metric);
    @Nullable ResponseTarget[] table = tables.get(metric);
    Map<SupportTier, Map<Severity, ResponseTarget>> out = new LinkedHashMap<>();
    for (int t = 0; t < tierArray.length; t++) {
      Map<Severity, ResponseTarget> row = new LinkedHashMap<>();
      for (int s = 0; s < severityArray.length; s++) {
        ResponseTarget target = table[t * severityArray.length + s];
        if (target != null) {
          row.put(severityArray[s], target);
        }
      }
      out.put(tierArray[t], Collections.unmodifiableMap(row));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Gets the channels whose cases are under the SLA, in the declared order.
   *
   * @return the channels, unmodifiable
   */
  public Set<Channel> coveredChannels() {
    return coveredChannels;
  }

  /**
   * Gets the application areas each tier covers.
   *
   * @return the scope, not null
   */
  public Scope scope() {
    return scope;
  }

  /**
   * Returns a copy whose business-time targets use other holidays.
   *
   * @param holidays the holidays, not null
   * @return the new policy, not null
   */
  public SlaPolicy withHolidays(HolidayCalendar holidays) {
    Objects.requireNonNull(holidays, "holidays");
    Builder builder = toBuilder();
    for (Map.Entry<Metric, @Nullable ResponseTarget[]> m : tables.entrySet()) {
      for (int t = 0; t < tierArray.length; t++) {
        for (int s = 0; s < severityArray.length; s++) {
          ResponseTarget target = m.getValue()[t * severityArray.length + s];
          if (target != null) {
            builder.target(
                m.getKey(), tierArray[t], severityArray[s], target.withHolidays(holidays));
          }
        }
      }
    }
    return builder.build();
  }

  /**
   * Decides whether a case is under the SLA: its channel must be covered and its area must be in
   * its tier's scope. The channel is checked first.
   *
   * @param tier the customer's tier, not null
   * @param channel the channel the case came through, not null
   * @param area the application area, not null
   * @return the answer, with the reason when not covered, not null
   * @throws IllegalArgumentException if the policy does not declare the tier, the channel or the
   *     area
   */
  public Coverage coverage(SupportTier tier, Channel channel, ApplicationArea area) {
    checkDeclared(tier);
    checkDeclared(channel);
    checkDeclared(area);
    if (!coveredChannels.contains(channel)) {
      return Coverage.notCovered(
          NotCoveredReason.CHANNEL_NOT_COVERED,
          "cases logged through "
              + channel
              + " are not under the SLA (covered channels: "
              + coveredChannels
              + ")");
    }
    if (!scope.covers(tier, area)) {
      return Coverage.notCovered(
          NotCoveredReason.AREA_OUTSIDE_TIER_SCOPE,
          area + " is outside the scope of " + tier + " support; it needs a tier that covers it");
    }
    return Coverage.covered();
  }

  /**
   * Computes the first-response deadline for a case opened at an instant, ignoring coverage.
   *
   * @param tier the tier, not null
   * @param severity the severity, not null
   * @param openedAt when the case was opened, not null
   * @return the deadline, not null
   * @throws IllegalArgumentException if the policy does not declare the tier or the severity
   * @throws java.time.DateTimeException if the calendar has no open time within its horizon
   */
  public Instant responseDeadline(SupportTier tier, Severity severity, Instant openedAt) {
    return target(tier, severity).deadlineFrom(Objects.requireNonNull(openedAt, "openedAt"));
  }

  /**
   * Computes the first-response deadline of a case, or the reason it has none.
   *
   * @param tier the tier, not null
   * @param severity the severity, not null
   * @param channel the channel, not null
   * @param area the application area, not null
   * @param openedAt when the case was opened, not null
   * @return the deadline or the reason there is none, not null
   * @throws IllegalArgumentException if the policy does not declare a value
   */
  public DeadlineResult responseDeadline(
      SupportTier tier,
      Severity severity,
      Channel channel,
      ApplicationArea area,
      Instant openedAt) {
    checkDeclared(severity);
    Coverage coverage = coverage(tier, channel, area);
    if (!coverage.isCovered()) {
      return DeadlineResult.notCovered(coverage);
    }
    checkMeasured(Metric.FIRST_RESPONSE);
    Optional<ResponseTarget> target = target(Metric.FIRST_RESPONSE, tier, severity);
    if (target.isEmpty()) {
      return DeadlineResult.notCovered(coverage(Metric.FIRST_RESPONSE, tier, severity));
    }
    return DeadlineResult.of(
        target.get().deadlineFrom(Objects.requireNonNull(openedAt, "openedAt")));
  }

  /**
   * Decides whether a metric has a target for a tier and severity: the answer is not covered, with
   * reason {@link NotCoveredReason#NO_TARGET}, when the policy leaves that cell empty.
   *
   * @param metric the metric, measured by this policy, not null
   * @param tier the tier, not null
   * @param severity the severity, not null
   * @return the answer, not null
   * @throws IllegalArgumentException if the policy does not measure the metric or declare the tier
   *     or the severity
   */
  public Coverage coverage(Metric metric, SupportTier tier, Severity severity) {
    checkMeasured(metric);
    if (target(metric, tier, severity).isPresent()) {
      return Coverage.covered();
    }
    return Coverage.notCovered(
        NotCoveredReason.NO_TARGET,
        "the policy has no "
            + metric.displayName().toLowerCase(java.util.Locale.ROOT)
            + " target for "
            + tierArray[tierIndex(tier)].displayName()
            + " "
            + severityArray[severityIndex(severity)].displayName()
            + " cases");
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SlaPolicy other
        && name.equals(other.name)
        && severities.equals(other.severities)
        && tiers.equals(other.tiers)
        && channels.equals(other.channels)
        && metrics.equals(other.metrics)
        && tablesEqual(other)
        && pausesIgnored.equals(other.pausesIgnored)
        && coveredChannels.equals(other.coveredChannels)
        && scope.equals(other.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        name, severities, tiers, channels, metrics, pausesIgnored, coveredChannels, scope);
  }

  private boolean tablesEqual(SlaPolicy other) {
    for (Metric metric : metrics) {
      if (!java.util.Arrays.equals(tables.get(metric), other.tables.get(metric))) {
        return false;
      }
    }
    return true;
  }

  @Override
  public String toString() {
    return "SlaPolicy[" + name + ", " + metrics + "]";
  }

  /** Builds an {@link SlaPolicy}. Not thread-safe; the policy it builds is. */
  public static final class Builder {

    private String name = "custom policy";
    private List<Severity> severities = List.of();
    private List<SupportTier> tiers = List.of();
    private List<Channel> channels = List.of();
    private final Map<Metric, Map<Cell, @Nullable ResponseTarget>> targets = new LinkedHashMap<>();
    private final Set<Metric> pausesIgnored = new LinkedHashSet<>();
    private Set<Channel> coveredChannels = Set.of();
    private Scope scope = Scope.unrestricted();

    private Builder() {}

    /**
     * Sets the name.
     *
     * @param name the name, not blank
     * @return this builder
     * @throws IllegalArgumentException if the name is blank
     */
    public Builder name(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException("Policy name is blank: give the policy a name");
      }
      this.name = name;
      return this;
    }

    /**
     * Declares the severities, most severe first; the order is their rank.
     *
     * @param severities the severities, at least one, no duplicates, not null
     * @return this builder
     * @throws IllegalArgumentException if a severity is listed twice
     */
    public Builder severities(Collection<Severity> severities) {
      this.severities = distinct(severities, "severity");
      return this;
    }

    /**
     * Declares the severities, most severe first; the order is their rank.
     *
     * @param severities the severities, at least one, no duplicates
     * @return this builder
     * @throws IllegalArgumentException if a severity is listed twice
     */
    public Builder severities(Severity... severities) {
      return severities(List.of(severities));
    }

    /**
     * Declares the tiers.
     *
     * @param tiers the tiers, at least one, no duplicates, not null
     * @return this builder
     * @throws IllegalArgumentException if a tier is listed twice
     */
    public Builder tiers(Collection<SupportTier> tiers) {
      this.tiers = distinct(tiers, "tier");
      return this;
    }

    /**
     * Declares the tiers.
     *
     * @param tiers the tiers, at least one, no duplicates
     * @return this builder
     * @throws IllegalArgumentException if a tier is listed twice
     */
    public Builder tiers(SupportTier... tiers) {
      return tiers(List.of(tiers));
    }

    /**
     * Declares every channel the policy knows, covered or not.
     *
     * @param channels the channels, no duplicates, not null
     * @return this builder
     * @throws IllegalArgumentException if a channel is listed twice
     */
    public Builder channels(Collection<Channel> channels) {
      this.channels = distinct(channels, "channel");
      return this;
    }

    /**
     * Declares every channel the policy knows, covered or not.
     *
     * @param channels the channels, no duplicates
     * @return this builder
     * @throws IllegalArgumentException if a channel is listed twice
     */
    public Builder channels(Channel... channels) {
      return channels(List.of(channels));
    }

    private static <T> List<T> distinct(Collection<T> values, String what) {
      Objects.requireNonNull(values, what);
      Set<T> seen = new LinkedHashSet<>();
      for (T value : values) {
        if (!seen.add(Objects.requireNonNull(value, what))) {
          throw new IllegalArgumentException(
              "The " + what + " '" + value + "' is declared twice: declare each " + what + " once");
        }
      }
      return List.copyOf(seen);
    }

    /**
     * Sets the first-response target of a tier and severity, replacing any earlier one.
     *
     * @param tier the tier, not null
     * @param severity the severity, not null
     * @param target the target, not null
     * @return this builder
     */
    public Builder target(SupportTier tier, Severity severity, ResponseTarget target) {
      return target(Metric.FIRST_RESPONSE, tier, severity, target);
    }

    /**
     * Sets the target of a metric for a tier and severity, replacing any earlier one. The first
     * target given for a metric makes the policy measure it; every tier and severity of it then
     * needs a target or an explicit {@link #noTarget}.
     *
     * @param metric the metric, not null
     * @param tier the tier, not null
     * @param severity the severity, not null
     * @param target the target, not null
     * @return this builder
     */
    public Builder target(
        Metric metric, SupportTier tier, Severity severity, ResponseTarget target) {
      Objects.requireNonNull(target, "target");
      cells(metric).put(cell(tier, severity), target);
      return this;
    }

    /**
     * Leaves a cell of a metric's table empty on purpose: cases of that tier and severity have no
     * target for the metric, which is then not applicable to them.
     *
     * @param metric the metric, not null
     * @param tier the tier, not null
     * @param severity the severity, not null
     * @return this builder
     */
    public Builder noTarget(Metric metric, SupportTier tier, Severity severity) {
      cells(metric).put(cell(tier, severity), null);
      return this;
    }

    /**
     * Says whether pauses stop a metric's clock; by default they do. Time while the case is solved
     * never counts, whatever this says.
     *
     * @param metric the metric, which must be given targets, not null
     * @param stop false to keep the clock running while the case is paused
     * @return this builder
     */
    public Builder pausesStop(Metric metric, boolean stop) {
      Objects.requireNonNull(metric, "metric");
      if (stop) {
        pausesIgnored.remove(metric);
      } else {
        pausesIgnored.add(metric);
      }
      return this;
    }

    private Map<Cell, @Nullable ResponseTarget> cells(Metric metric) {
      return targets.computeIfAbsent(
          Objects.requireNonNull(metric, "metric"), m -> new LinkedHashMap<>());
    }

    private static Cell cell(SupportTier tier, Severity severity) {
      return new Cell(
          Objects.requireNonNull(tier, "tier"), Objects.requireNonNull(severity, "severity"));
    }

    /**
     * Sets the channels whose cases are under the SLA; each must be declared, or, when no channels
     * are declared, these become the declared ones.
     *
     * @param channels the channels, possibly empty, not null
     * @return this builder
     */
    public Builder coveredChannels(Set<Channel> channels) {
      Objects.requireNonNull(channels, "channels");
      this.coveredChannels = new LinkedHashSet<>(channels);
      return this;
    }

    /**
     * Sets the application areas each tier covers.
     *
     * @param scope the scope, not null
     * @return this builder
     */
    public Builder scope(Scope scope) {
      this.scope = Objects.requireNonNull(scope, "scope");
      return this;
    }

    /**
     * Builds the policy.
     *
     * @return the policy, not null
     * @throws IllegalArgumentException if no severities or tiers are declared, a value is used that
     *     is not declared, or a tier and severity have no target; the message lists every missing
     *     one
     */
    public SlaPolicy build() {
      return new SlaPolicy(this);
    }
  }
}
