package io.github.sla4j.policy;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A support policy: an initial-response target for every tier and severity, the channels under the
 * SLA and the application areas each tier covers.
 *
 * <p>{@link #threekit()} is the seed policy:
 *
 * <table>
 *   <caption>Initial-response targets</caption>
 *   <tr><th>tier</th><th>Critical</th><th>Urgent</th><th>High</th><th>Medium</th></tr>
 *   <tr><td>Standard</td><td>4 hours, 24/7</td><td>2 business days</td><td>2 business days</td>
 *       <td>2 business days</td></tr>
 *   <tr><td>Premier</td><td>2 hours, 24/7</td><td>4 business hours</td><td>1 business day</td>
 *       <td>2 business days</td></tr>
 * </table>
 *
 * <p>on business hours Monday–Friday 03:00–18:00 {@code America/New_York}, closed on U.S. federal
 * holidays. Build other policies with {@link #builder()} or {@link #toBuilder()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SlaPolicy {

  /** The zone of the Threekit business hours. */
  public static final ZoneId THREEKIT_ZONE = ZoneId.of("America/New_York");

  private static final int SEVERITIES = Severity.values().length;

  private final String name;
  private final EnumMap<SupportTier, Map<Severity, ResponseTarget>> targets;

  /** The targets by {@code tier.ordinal() * SEVERITIES + severity.ordinal()}, for lookups. */
  private final ResponseTarget[] targetTable;

  private final Set<Channel> coveredChannels;
  private final Scope scope;

  private SlaPolicy(Builder builder) {
    this.name = builder.name;
    this.targets = new EnumMap<>(SupportTier.class);
    this.targetTable = new ResponseTarget[SupportTier.values().length * SEVERITIES];
    List<String> missing = new ArrayList<>();
    for (SupportTier tier : SupportTier.values()) {
      EnumMap<Severity, ResponseTarget> row = new EnumMap<>(Severity.class);
      for (Severity severity : Severity.values()) {
        ResponseTarget target = builder.targets.get(tier).get(severity);
        if (target == null) {
          missing.add(tier + "/" + severity);
        } else {
          row.put(severity, target);
          targetTable[tier.ordinal() * SEVERITIES + severity.ordinal()] = target;
        }
      }
      targets.put(tier, Collections.unmodifiableMap(row));
    }
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException(
          "Policy '"
              + name
              + "' has no target for "
              + String.join(", ", missing)
              + ": every tier and severity needs one; add it with target(tier, severity, target)");
    }
    this.coveredChannels = Collections.unmodifiableSet(EnumSet.copyOf(builder.coveredChannels));
    this.scope = builder.scope;
  }

  /**
   * Obtains the Threekit policy with U.S. federal holidays.
   *
   * @return the policy, not null
   */
  public static SlaPolicy threekit() {
    return threekit(HolidayCalendar.usFederal());
  }

  /**
   * Obtains the Threekit policy with other holidays.
   *
   * @param holidays the holidays that close the business calendar, not null
   * @return the policy, not null
   */
  public static SlaPolicy threekit(HolidayCalendar holidays) {
    BusinessCalendar hours = threekitBusinessHours(holidays);
    Duration critical = Duration.ofHours(4);
    ResponseTarget twoDays = ResponseTarget.ofBusinessDays(2, hours);
    return builder()
        .name("Threekit support policy")
        .target(
            SupportTier.STANDARD,
            Severity.CRITICAL,
            ResponseTarget.ofElapsed(critical, THREEKIT_ZONE))
        .target(SupportTier.STANDARD, Severity.URGENT, twoDays)
        .target(SupportTier.STANDARD, Severity.HIGH, twoDays)
        .target(SupportTier.STANDARD, Severity.MEDIUM, twoDays)
        .target(
            SupportTier.PREMIER,
            Severity.CRITICAL,
            ResponseTarget.ofElapsed(Duration.ofHours(2), THREEKIT_ZONE))
        .target(
            SupportTier.PREMIER,
            Severity.URGENT,
            ResponseTarget.ofBusinessTime(Duration.ofHours(4), hours))
        .target(SupportTier.PREMIER, Severity.HIGH, ResponseTarget.ofBusinessDays(1, hours))
        .target(SupportTier.PREMIER, Severity.MEDIUM, twoDays)
        .coveredChannels(EnumSet.of(Channel.SUPPORT_PORTAL, Channel.EMAIL))
        .scope(Scope.threekit())
        .build();
  }

  /**
   * Obtains the Threekit business hours: Monday–Friday 03:00–18:00 {@code America/New_York}.
   *
   * @param holidays the holidays that close the calendar, not null
   * @return the calendar, not null
   */
  public static BusinessCalendar threekitBusinessHours(HolidayCalendar holidays) {
    Objects.requireNonNull(holidays, "holidays");
    return BusinessCalendar.builder(THREEKIT_ZONE)
        .name("Threekit business hours (Mon-Fri 03:00-18:00 America/New_York)")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
        .holidays(holidays)
        .build();
  }

  /**
   * Starts building a custom policy. By default the support portal and e-mail are covered and every
   * tier covers every application area; every tier and severity needs a target.
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
    Builder builder = builder().name(name).coveredChannels(coveredChannels).scope(scope);
    targets.forEach((tier, row) -> row.forEach((sev, target) -> builder.target(tier, sev, target)));
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
   * Gets the target of a tier and severity.
   *
   * @param tier the tier, not null
   * @param severity the severity, not null
   * @return the target, not null
   */
  public ResponseTarget target(SupportTier tier, Severity severity) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(severity, "severity");
    return targetTable[tier.ordinal() * SEVERITIES + severity.ordinal()];
  }

  /**
   * Gets every target, by tier and severity.
   *
   * @return an unmodifiable map with an entry for every tier and severity
   */
  public Map<SupportTier, Map<Severity, ResponseTarget>> targets() {
    return Collections.unmodifiableMap(targets);
  }

  /**
   * Gets the channels whose cases are under the SLA.
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
    targets.forEach(
        (tier, row) ->
            row.forEach((sev, target) -> builder.target(tier, sev, target.withHolidays(holidays))));
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
   */
  public Coverage coverage(SupportTier tier, Channel channel, ApplicationArea area) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(area, "area");
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
   * Computes the initial-response deadline for a case opened at an instant, ignoring coverage.
   *
   * @param tier the tier, not null
   * @param severity the severity, not null
   * @param openedAt when the case was opened, not null
   * @return the deadline, not null
   * @throws java.time.DateTimeException if the calendar has no open time within its horizon
   */
  public Instant responseDeadline(SupportTier tier, Severity severity, Instant openedAt) {
    return target(tier, severity).deadlineFrom(Objects.requireNonNull(openedAt, "openedAt"));
  }

  /**
   * Computes the initial-response deadline of a case, or the reason it has none.
   *
   * @param tier the tier, not null
   * @param severity the severity, not null
   * @param channel the channel, not null
   * @param area the application area, not null
   * @param openedAt when the case was opened, not null
   * @return the deadline or the reason there is none, not null
   */
  public DeadlineResult responseDeadline(
      SupportTier tier,
      Severity severity,
      Channel channel,
      ApplicationArea area,
      Instant openedAt) {
    Coverage coverage = coverage(tier, channel, area);
    if (!coverage.isCovered()) {
      return DeadlineResult.notCovered(coverage);
    }
    return DeadlineResult.of(responseDeadline(tier, severity, openedAt));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof SlaPolicy other
        && name.equals(other.name)
        && targets.equals(other.targets)
        && coveredChannels.equals(other.coveredChannels)
        && scope.equals(other.scope);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, targets, coveredChannels, scope);
  }

  @Override
  public String toString() {
    return "SlaPolicy[" + name + ", " + targets + "]";
  }

  /** Builds an {@link SlaPolicy}. Not thread-safe; the policy it builds is. */
  public static final class Builder {

    private String name = "custom policy";
    private final EnumMap<SupportTier, EnumMap<Severity, ResponseTarget>> targets =
        new EnumMap<>(SupportTier.class);
    private Set<Channel> coveredChannels = EnumSet.of(Channel.SUPPORT_PORTAL, Channel.EMAIL);
    private Scope scope =
        Scope.of(
            Map.of(
                SupportTier.STANDARD, EnumSet.allOf(ApplicationArea.class),
                SupportTier.PREMIER, EnumSet.allOf(ApplicationArea.class)));

    private Builder() {
      for (SupportTier tier : SupportTier.values()) {
        targets.put(tier, new EnumMap<>(Severity.class));
      }
    }

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
     * Sets the target of a tier and severity, replacing any earlier one.
     *
     * @param tier the tier, not null
     * @param severity the severity, not null
     * @param target the target, not null
     * @return this builder
     */
    public Builder target(SupportTier tier, Severity severity, ResponseTarget target) {
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(severity, "severity");
      targets.get(tier).put(severity, Objects.requireNonNull(target, "target"));
      return this;
    }

    /**
     * Sets the channels whose cases are under the SLA.
     *
     * @param channels the channels, possibly empty, not null
     * @return this builder
     */
    public Builder coveredChannels(Set<Channel> channels) {
      Objects.requireNonNull(channels, "channels");
      Set<Channel> copy = EnumSet.noneOf(Channel.class);
      copy.addAll(channels);
      this.coveredChannels = copy;
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
     * @throws IllegalArgumentException if a tier and severity have no target; the message lists
     *     every missing one
     */
    public SlaPolicy build() {
      return new SlaPolicy(this);
    }
  }
}
