package io.github.sla4j.examples;

import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.DeadlineResult;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.io.PrintStream;
import java.time.Instant;
import java.time.LocalDateTime;

/**
 * The deadline of a new case under the Threekit policy, and the answer for a case the policy does
 * not cover.
 */
public final class DeadlineExample {

  private DeadlineExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /**
   * Prints the deadlines of a Premier Urgent case opened Wed 2026-11-25 17:00 New York time.
   *
   * @param out where to print
   * @return the deadline under the Threekit policy
   */
  public static Instant run(PrintStream out) {
    Instant openedAt =
        LocalDateTime.parse("2026-11-25T17:00").atZone(SlaPolicy.THREEKIT_ZONE).toInstant();
    HolidayCalendar myHolidays = HolidayCalendar.nyse();
    // tag::policy-deadline[]
    SlaPolicy policy = SlaPolicy.threekit(); // U.S. federal holidays
    SlaPolicy custom = SlaPolicy.threekit(myHolidays); // other holidays
    Instant due = policy.responseDeadline(SupportTier.PREMIER, Severity.URGENT, openedAt);
    // end::policy-deadline[]
    out.println("Premier Urgent opened " + openedAt + " is due " + due);
    out.println(
        "With NYSE holidays it is due "
            + custom.responseDeadline(SupportTier.PREMIER, Severity.URGENT, openedAt));

    // tag::coverage[]
    DeadlineResult result =
        policy.responseDeadline(
            SupportTier.STANDARD, Severity.HIGH, Channel.FORUM, ApplicationArea.EDITOR, openedAt);
    if (result.deadline().isEmpty()) {
      out.println(
          "No SLA: " + result.reason().orElseThrow() + " (" + result.coverage().message() + ")");
    }
    // end::coverage[]
    return due;
  }
}
