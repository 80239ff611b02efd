package io.github.sla4j.examples;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRule;
import io.github.sla4j.holiday.Observance;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Scope;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A custom policy: London hours Monday–Friday 09:00–17:00, a few English bank holidays, 2 hours
 * 24/7 for Critical, 4 business hours for Urgent, 1 and 2 business days for High and Medium.
 */
public final class CustomPolicyExample {

  private CustomPolicyExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Some English bank holidays (not the full list).
   *
   * @return the holidays
   */
  public static HolidayCalendar englishHolidays() {
    return HolidayCalendar.of(
        "English bank holidays (part)",
        HolidayRule.fixed("New Year's Day", MonthDay.of(1, 1), Observance.SUNDAY_TO_MONDAY),
        HolidayRule.easterOffset("Good Friday", -2),
        HolidayRule.easterOffset("Easter Monday", 1),
        HolidayRule.lastWeekday("Spring bank holiday", Month.MAY, DayOfWeek.MONDAY),
        HolidayRule.fixed("Christmas Day", MonthDay.of(12, 25), Observance.NEAREST_WEEKDAY));
  }

  /**
   * Builds the EMEA policy.
   *
   * @return the policy
   */
  public static SlaPolicy emeaPolicy() {
    HolidayCalendar myHolidays = englishHolidays();
    // tag::custom-policy[]
    BusinessCalendar london =
        BusinessCalendar.builder(ZoneId.of("Europe/London"))
            .name("London support hours")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .holidays(myHolidays)
            .build();
    SlaPolicy.Builder builder =
        SlaPolicy.builder()
            .name("EMEA")
            .severities(Severity.CRITICAL, Severity.URGENT, Severity.HIGH, Severity.MEDIUM)
            .tiers(SupportTier.STANDARD, SupportTier.PREMIER);
    for (SupportTier tier : List.of(SupportTier.STANDARD, SupportTier.PREMIER)) {
      builder.target(
          tier, Severity.CRITICAL, ResponseTarget.ofElapsed(Duration.ofHours(2), london.zone()));
      builder.target(
          tier, Severity.URGENT, ResponseTarget.ofBusinessTime(Duration.ofHours(4), london));
      builder.target(tier, Severity.HIGH, ResponseTarget.ofBusinessDays(1, london));
      builder.target(tier, Severity.MEDIUM, ResponseTarget.ofBusinessDays(2, london));
    }
    SlaPolicy emea =
        builder
            .coveredChannels(Set.of(Channel.SUPPORT_PORTAL, Channel.EMAIL))
            .scope(Scope.threekit())
            .build(); // throws, listing every tier/severity without a target
    // end::custom-policy[]
    return emea;
  }

  /**
   * Prints deadlines under the EMEA policy for a case opened on Maundy Thursday 2027, 15:00 London.
   *
   * @param out where to print
   * @return the Urgent deadline
   */
  public static Instant run(PrintStream out) {
    SlaPolicy emea = emeaPolicy();
    Instant opened = Instant.parse("2027-03-25T15:00:00Z");
    for (Severity severity : emea.severities()) {
      out.println(
          severity
              + ": "
              + emea.target(SupportTier.STANDARD, severity).describe()
              + " -> "
              + emea.responseDeadline(SupportTier.STANDARD, severity, opened)
                  .atZone(ZoneId.of("Europe/London")));
    }
    return emea.responseDeadline(SupportTier.STANDARD, Severity.URGENT, opened);
  }
}
