package io.github.sla4j.examples;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRule;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.MetricStatus;
import io.github.sla4j.tracking.SlaTracker;
import java.io.PrintStream;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * A policy nothing like the seed: priorities P1 to P4, three plans (Basic, Business, Enterprise),
 * phone, chat and e-mail under the SLA (the community forum not), Monday–Friday 08:00–18:00 {@code
 * Europe/Berlin}, closed on the German national holidays written as rules. It measures the first
 * response, which waiting for the customer does not pause, and the resolution, which it does; the
 * lowest priorities have no resolution target.
 */
public final class BerlinHelpDeskPolicy {

  /** The zone of the business hours. */
  public static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  private BerlinHelpDeskPolicy() {}

  /**
   * The German national holidays as rules: fixed dates (no weekend observance in Germany) and
   * offsets from Easter Sunday.
   *
   * @return the holiday calendar
   */
  public static HolidayCalendar germanHolidays() {
    // tag::german-holidays[]
    return HolidayCalendar.of(
        "Germany (national)",
        HolidayRule.fixed("Neujahr", MonthDay.of(1, 1)),
        HolidayRule.easterOffset("Karfreitag", -2),
        HolidayRule.easterOffset("Ostermontag", 1),
        HolidayRule.fixed("Tag der Arbeit", MonthDay.of(5, 1)),
        HolidayRule.easterOffset("Christi Himmelfahrt", 39),
        HolidayRule.easterOffset("Pfingstmontag", 50),
        HolidayRule.fixed("Tag der Deutschen Einheit", MonthDay.of(10, 3)),
        HolidayRule.fixed("1. Weihnachtstag", MonthDay.of(12, 25)),
        HolidayRule.fixed("2. Weihnachtstag", MonthDay.of(12, 26)));
    // end::german-holidays[]
  }

  /**
   * The policy.
   *
   * @return the policy
   */
  public static SlaPolicy policy() {
    // tag::berlin-policy[]
    BusinessCalendar berlin =
        BusinessCalendar.builder(BERLIN)
            .name("Berlin support hours (Mon-Fri 08:00-18:00)")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(8, 0), LocalTime.of(18, 0))
            .holidays(germanHolidays())
            .build();
    Severity p1 = Severity.of("P1", "P1 - outage");
    Severity p2 = Severity.of("P2", "P2 - major");
    Severity p3 = Severity.of("P3", "P3 - minor");
    Severity p4 = Severity.of("P4", "P4 - question");
    SupportTier basic = SupportTier.of("basic", "Basic");
    SupportTier business = SupportTier.of("business", "Business");
    SupportTier enterprise = SupportTier.of("enterprise", "Enterprise");
    Channel phone = Channel.of("phone", "Phone");
    Channel chat = Channel.of("chat", "Chat");
    Channel email = Channel.EMAIL;
    Channel community = Channel.of("community", "Community forum");
    Metric resolution = Metric.RESOLUTION;
    return SlaPolicy.builder()
        .name("Berlin help desk")
        .severities(p1, p2, p3, p4) // most severe first
        .tiers(basic, business, enterprise)
        .channels(phone, chat, email, community)
        .coveredChannels(Set.of(phone, chat, email))
        .target(enterprise, p1, ResponseTarget.ofElapsed(Duration.ofHours(1), BERLIN))
        .target(enterprise, p2, ResponseTarget.ofBusinessTime(Duration.ofHours(2), berlin))
        .target(enterprise, p3, ResponseTarget.ofBusinessTime(Duration.ofHours(4), berlin))
        .target(enterprise, p4, ResponseTarget.ofBusinessDays(1, berlin))
        .target(business, p1, ResponseTarget.ofElapsed(Duration.ofHours(2), BERLIN))
        .target(business, p2, ResponseTarget.ofBusinessTime(Duration.ofHours(4), berlin))
        .target(business, p3, ResponseTarget.ofBusinessDays(1, berlin))
        .target(business, p4, ResponseTarget.ofBusinessDays(2, berlin))
        .target(basic, p1, ResponseTarget.ofBusinessTime(Duration.ofHours(4), berlin))
        .target(basic, p2, ResponseTarget.ofBusinessDays(1, berlin))
        .target(basic, p3, ResponseTarget.ofBusinessDays(2, berlin))
        .target(basic, p4, ResponseTarget.ofBusinessDays(3, berlin))
        // The first response cannot be paused: waiting for the customer starts after it.
        .pausesStop(Metric.FIRST_RESPONSE, false)
        .target(resolution, enterprise, p1, ResponseTarget.ofElapsed(Duration.ofHours(8), BERLIN))
        .target(resolution, enterprise, p2, ResponseTarget.ofBusinessDays(2, berlin))
        .target(resolution, enterprise, p3, ResponseTarget.ofBusinessDays(5, berlin))
        .noTarget(resolution, enterprise, p4) // questions: no resolution target
        .target(resolution, business, p1, ResponseTarget.ofElapsed(Duration.ofHours(24), BERLIN))
        .target(resolution, business, p2, ResponseTarget.ofBusinessDays(3, berlin))
        .target(resolution, business, p3, ResponseTarget.ofBusinessDays(10, berlin))
        .noTarget(resolution, business, p4)
        .target(resolution, basic, p1, ResponseTarget.ofBusinessDays(2, berlin))
        .target(resolution, basic, p2, ResponseTarget.ofBusinessDays(5, berlin))
        .noTarget(resolution, basic, p3)
        .noTarget(resolution, basic, p4)
        .build();
    // end::berlin-policy[]
  }

  /**
   * Prints the first-response deadline of every plan and priority for a case opened on the Thursday
   * before Easter 2027, 17:00 Berlin: Good Friday and Easter Monday are closed, and the clocks go
   * forward on Easter Sunday.
   *
   * @param out where to print
   * @return the Enterprise P2 deadline
   */
  public static Instant run(PrintStream out) {
    // tag::berlin-deadline[]
    SlaPolicy policy = BerlinHelpDeskPolicy.policy();
    Instant opened = Instant.parse("2027-03-25T16:00:00Z"); // Thu 17:00 in Berlin
    Instant due = policy.responseDeadline(policy.tier("Enterprise"), policy.severity("p2"), opened);
    // 1 hour on Thursday, then Good Friday and Easter Monday are closed:
    // due Tue 2027-03-30 09:00 CEST (07:00Z)
    // end::berlin-deadline[]
    for (SupportTier tier : policy.tiers()) {
      for (Severity severity : policy.severities()) {
        out.println(
            tier.displayName()
                + " "
                + severity.displayName()
                + ": "
                + policy.target(tier, severity).describe()
                + " -> "
                + policy.responseDeadline(tier, severity, opened).atZone(BERLIN));
      }
    }
    return due;
  }

  /**
   * Tracks one Enterprise P2 chat case through both metrics: the first reply, a wait for the
   * customer, a solve, a reopen and a late second solve.
   *
   * @param out where to print
   * @return the status on Thu 2026-11-19 16:00 Berlin, after the second solve
   */
  public static CaseStatus track(PrintStream out) {
    // tag::berlin-track[]
    SlaPolicy policy = BerlinHelpDeskPolicy.policy();
    CaseTimeline timeline =
        CaseTimeline.opened(
                berlin("2026-11-16T09:00"), // Mon: first response due 11:00, resolution Wed 09:00
                policy.tier("enterprise"),
                policy.severity("P2"),
                policy.channel("chat"),
                ApplicationArea.of("api"))
            .withAgentReply(berlin("2026-11-16T10:30")) // first response met, 30 min left
            .withPause(berlin("2026-11-16T11:00"), "waiting for customer")
            .withCustomerReply(berlin("2026-11-16T15:00")) // does not end the pause
            .withResume(berlin("2026-11-17T09:00")) // 8 business hours paused: due Wed 17:00
            .withSolved(berlin("2026-11-18T12:00")) // 5 h left
            .withReopened(berlin("2026-11-19T09:00")) // solved time does not count: due Thu 14:00
            .withSolved(berlin("2026-11-19T15:00")); // 1 h late
    CaseStatus status = SlaTracker.of(policy).status(timeline, berlin("2026-11-19T16:00"));
    MetricStatus firstResponse = status.metric(Metric.FIRST_RESPONSE); // MET
    MetricStatus resolution = status.metric(Metric.RESOLUTION); // BREACHED at Thu 14:00
    // end::berlin-track[]
    for (MetricStatus m : List.of(firstResponse, resolution)) {
      out.println(m.metric().displayName() + ": " + m.state());
      out.println(m.explanation());
    }
    return status;
  }

  private static Instant berlin(String local) {
    return java.time.LocalDateTime.parse(local).atZone(BERLIN).toInstant();
  }

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
    track(System.out);
  }

  /** The words of the policy, for the tour. */
  static List<String> words() {
    SlaPolicy policy = policy();
    return List.of(
        policy.severities().toString(), policy.tiers().toString(), policy.channels().toString());
  }
}
