package io.github.sla4j.examples;

import static io.github.sla4j.policy.ApplicationArea.EDITOR;
import static io.github.sla4j.policy.Channel.EMAIL;
import static io.github.sla4j.policy.Severity.URGENT;
import static io.github.sla4j.policy.SupportTier.PREMIER;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseTimeline;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/** The fixes shown in {@code docs/troubleshooting.md}, compiled and run by the tests. */
public final class TroubleshootingFixes {

  private TroubleshootingFixes() {}

  /**
   * Touching windows instead of overlapping ones.
   *
   * @param builder a calendar builder
   * @return the builder
   */
  public static BusinessCalendar.Builder touchingWindows(BusinessCalendar.Builder builder) {
    // tag::touching-windows[]
    builder
        .hours(MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
        .hours(MONDAY, LocalTime.of(12, 0), LocalTime.of(17, 0)); // one window 09:00-17:00
    // end::touching-windows[]
    return builder;
  }

  /**
   * A night shift split at midnight.
   *
   * @param builder a calendar builder
   * @return the builder
   */
  public static BusinessCalendar.Builder nightShift(BusinessCalendar.Builder builder) {
    // tag::night-shift[]
    builder
        .hours(MONDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)
        .hours(TUESDAY, LocalTime.MIDNIGHT, LocalTime.of(6, 0));
    // end::night-shift[]
    return builder;
  }

  /**
   * A calendar with open hours.
   *
   * @param zone the zone
   * @return the calendar
   */
  public static BusinessCalendar withOpenHours(ZoneId zone) {
    // tag::open-hours[]
    BusinessCalendar calendar =
        BusinessCalendar.builder(zone)
            .name("support hours")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
            .build();
    // end::open-hours[]
    return calendar;
  }

  /**
   * A custom policy with a target in every cell.
   *
   * @param zone the zone of the 24/7 targets
   * @return the policy
   */
  public static SlaPolicy everyCell(ZoneId zone) {
    // tag::every-cell[]
    List<Severity> severities = List.of(Severity.of("P1"), Severity.of("P2"), Severity.of("P3"));
    List<SupportTier> tiers = List.of(SupportTier.of("basic"), SupportTier.of("enterprise"));
    SlaPolicy.Builder builder =
        SlaPolicy.builder().name("custom policy").severities(severities).tiers(tiers);
    for (SupportTier tier : tiers) {
      for (Severity severity : severities) {
        builder.target(tier, severity, ResponseTarget.ofElapsed(Duration.ofHours(4), zone));
      }
    }
    SlaPolicy policy = builder.build();
    // end::every-cell[]
    return policy;
  }

  /**
   * A pause before its resume.
   *
   * @param opened the opening instant
   * @return the timeline
   */
  public static CaseTimeline pauseThenResume(Instant opened) {
    // tag::pause-then-resume[]
    CaseTimeline timeline =
        CaseTimeline.opened(opened, PREMIER, URGENT, EMAIL, EDITOR)
            .withPause(opened.plus(Duration.ofHours(1)))
            .withResume(opened.plus(Duration.ofHours(3))); // not before the pause
    // end::pause-then-resume[]
    return timeline;
  }
}
