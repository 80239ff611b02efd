package io.github.sla4j.policy;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * The seed policy as a preset: its words (Critical to Medium, Standard and Premier, portal, e-mail
 * and forum, its product areas), its targets and its business hours. {@link SlaPolicy#threekit()}
 * returns {@link #policy()}.
 *
 * <table>
 *   <caption>First-response targets</caption>
 *   <tr><th>tier</th><th>Critical</th><th>Urgent</th><th>High</th><th>Medium</th></tr>
 *   <tr><td>Standard</td><td>4 hours, 24/7</td><td>2 business days</td><td>2 business days</td>
 *       <td>2 business days</td></tr>
 *   <tr><td>Premier</td><td>2 hours, 24/7</td><td>4 business hours</td><td>1 business day</td>
 *       <td>2 business days</td></tr>
 * </table>
 *
 * <p>on business hours Monday–Friday 03:00–18:00 {@code America/New_York}, closed on U.S. federal
 * holidays by default. Cases from the forum are not under the SLA; Standard covers the native
 * platform areas only.
 *
 * <p>This class is a static holder; the values it returns are immutable and thread-safe.
 */
public final class ThreekitPolicy {

  /** The zone of the seed policy's business hours. */
  public static final ZoneId ZONE = ZoneId.of("America/New_York");

  /** The severities, most severe first. */
  public static final List<Severity> SEVERITIES =
      List.of(Severity.CRITICAL, Severity.URGENT, Severity.HIGH, Severity.MEDIUM);

  /** The tiers. */
  public static final List<SupportTier> TIERS = List.of(SupportTier.STANDARD, SupportTier.PREMIER);

  /** The channels: the support portal and e-mail are under the SLA, the forum is not. */
  public static final List<Channel> CHANNELS =
      List.of(Channel.SUPPORT_PORTAL, Channel.EMAIL, Channel.FORUM);

  /** The areas of the native platform, which Standard support covers. */
  public static final Set<ApplicationArea> NATIVE_PLATFORM_AREAS =
      Collections.unmodifiableSet(
          new LinkedHashSet<>(
              List.of(
                  ApplicationArea.ASSETS,
                  ApplicationArea.CATALOG,
                  ApplicationArea.CONFIGURATION_LOGIC,
                  ApplicationArea.EDITOR,
                  ApplicationArea.PLAYER,
                  ApplicationArea.IMPORTS_EXPORTS,
                  ApplicationArea.ANALYTICS,
                  ApplicationArea.ORG_USER_ADMINISTRATION,
                  ApplicationArea.RENDERS,
                  ApplicationArea.BASIC_EMBEDS,
                  ApplicationArea.OUT_OF_THE_BOX_ECOMMERCE)));

  /** Every area: the native platform, then the custom work only Premier covers. */
  public static final Set<ApplicationArea> AREAS;

  static {
    Set<ApplicationArea> all = new LinkedHashSet<>(NATIVE_PLATFORM_AREAS);
    all.addAll(
        List.of(
            ApplicationArea.CUSTOM_ECOMMERCE_INTEGRATION,
            ApplicationArea.CUSTOM_CRM_INTEGRATION,
            ApplicationArea.CUSTOM_CPQ_INTEGRATION,
            ApplicationArea.CUSTOM_ERP_INTEGRATION,
            ApplicationArea.CUSTOM_ORDER_MANAGEMENT_INTEGRATION,
            ApplicationArea.CUSTOM_CODE,
            ApplicationArea.API,
            ApplicationArea.CUSTOM_UI));
    AREAS = Collections.unmodifiableSet(all);
  }

  private ThreekitPolicy() {}

  /**
   * Obtains the seed policy with U.S. federal holidays.
   *
   * @return the policy, not null
   */
  public static SlaPolicy policy() {
    return policy(HolidayCalendar.usFederal());
  }

  /**
   * Obtains the seed policy with other holidays.
   *
   * @param holidays the holidays that close the business calendar, not null
   * @return the policy, not null
   */
  public static SlaPolicy policy(HolidayCalendar holidays) {
    BusinessCalendar hours = businessHours(holidays);
    ResponseTarget twoDays = ResponseTarget.ofBusinessDays(2, hours);
    return SlaPolicy.builder()
        .name("Threekit support policy")
        .severities(SEVERITIES)
        .tiers(TIERS)
        .channels(CHANNELS)
        .target(
            SupportTier.STANDARD,
            Severity.CRITICAL,
            ResponseTarget.ofElapsed(Duration.ofHours(4), ZONE))
        .target(SupportTier.STANDARD, Severity.URGENT, twoDays)
        .target(SupportTier.STANDARD, Severity.HIGH, twoDays)
        .target(SupportTier.STANDARD, Severity.MEDIUM, twoDays)
        .target(
            SupportTier.PREMIER,
            Severity.CRITICAL,
            ResponseTarget.ofElapsed(Duration.ofHours(2), ZONE))
        .target(
            SupportTier.PREMIER,
            Severity.URGENT,
            ResponseTarget.ofBusinessTime(Duration.ofHours(4), hours))
        .target(SupportTier.PREMIER, Severity.HIGH, ResponseTarget.ofBusinessDays(1, hours))
        .target(SupportTier.PREMIER, Severity.MEDIUM, twoDays)
        .coveredChannels(Set.of(Channel.SUPPORT_PORTAL, Channel.EMAIL))
        .scope(scope())
        .build();
  }

  /**
   * Obtains the seed business hours: Monday–Friday 03:00–18:00 {@code America/New_York}.
   *
   * @param holidays the holidays that close the calendar, not null
   * @return the calendar, not null
   */
  public static BusinessCalendar businessHours(HolidayCalendar holidays) {
    Objects.requireNonNull(holidays, "holidays");
    return BusinessCalendar.builder(ZONE)
        .name("Threekit business hours (Mon-Fri 03:00-18:00 America/New_York)")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
        .holidays(holidays)
        .build();
  }

  /**
   * Obtains the seed scope: Standard covers the native platform, Premier every area.
   *
   * @return the scope, not null
   */
  public static Scope scope() {
    return Scope.of(
        Map.of(SupportTier.STANDARD, NATIVE_PLATFORM_AREAS, SupportTier.PREMIER, AREAS));
  }
}
