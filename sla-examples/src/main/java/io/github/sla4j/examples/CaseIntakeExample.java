package io.github.sla4j.examples;

import io.github.sla4j.maintenance.Environment;
import io.github.sla4j.maintenance.MaintenanceSchedule;
import io.github.sla4j.maintenance.MaintenanceWindow;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.FieldProblem;
import io.github.sla4j.policy.IssueType;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportCase;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;

/**
 * Case intake: validating what a customer submits (every problem at once) and checking whether the
 * problem was reported during announced maintenance.
 */
public final class CaseIntakeExample {

  /**
   * What a customer typed into the support form.
   *
   * @param link the live-site or admin link
   * @param steps the steps to reproduce, possibly null
   * @param noticed when the issue was first noticed, possibly null
   * @param expected the expected behaviour, possibly null
   */
  public record SupportForm(String link, String steps, Instant noticed, String expected) {}

  private CaseIntakeExample() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    validate(new SupportForm("not a link", null, null, ""), System.out);
    underMaintenance(Instant.parse("2026-11-21T07:30:00Z"), System.out);
  }

  /**
   * Validates a submitted form and prints each problem.
   *
   * @param form the form
   * @param out where to print
   * @return the problems, empty if the case is valid
   */
  public static List<FieldProblem> validate(SupportForm form, PrintStream out) {
    // tag::validate-case[]
    List<FieldProblem> problems =
        SupportCase.builder()
            .severity(Severity.HIGH)
            .issueType(IssueType.ERROR)
            .area(ApplicationArea.PLAYER)
            .link(form.link())
            .stepsToReproduce(form.steps())
            .firstNoticedAt(form.noticed())
            .expectedBehaviour(form.expected())
            .validate(); // or build(), which throws CaseValidationException
    // end::validate-case[]
    problems.forEach(out::println);
    return problems;
  }

  /**
   * Checks whether Production was under announced maintenance when a problem was reported.
   *
   * @param reportedAt when the customer reported the problem
   * @param out where to print
   * @return true if under maintenance
   */
  public static boolean underMaintenance(Instant reportedAt, PrintStream out) {
    Instant start = Instant.parse("2026-11-21T07:00:00Z");
    Instant end = Instant.parse("2026-11-21T09:00:00Z");
    // tag::maintenance[]
    MaintenanceSchedule schedule =
        MaintenanceSchedule.of(
            List.of(MaintenanceWindow.of(Environment.PRODUCTION, start, end, "database upgrade")));
    boolean down = schedule.isUnderMaintenance(Environment.PRODUCTION, reportedAt);
    // end::maintenance[]
    out.println("Production under maintenance at " + reportedAt + ": " + down);
    return down;
  }
}
