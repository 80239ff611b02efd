package io.github.sla4j.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.MetricStatus;
import io.github.sla4j.tracking.SlaTracker;
import java.io.PrintWriter;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code sla deadline}: the deadline of a new case for one metric (by default the first response),
 * with its explanation.
 */
@Command(
    name = "deadline",
    mixinStandardHelpOptions = true,
    description = {
      "Prints the deadline of a case opened at an instant, for the first response or the metric"
          + " given with --metric: as an ISO instant, as local time in the calendar's zone and in"
          + " the display zone, with the explanation.",
      "A case whose channel or area the policy does not cover has no deadline; the reason is"
          + " printed instead."
    })
final class DeadlineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin Options.Policy policyOption;
  @Mixin Options.Json jsonOption;

  @Option(
      names = "--tier",
      required = true,
      paramLabel = "TIER",
      description =
          "The customer's support tier, in the policy's words (the built-in policy's: standard,"
              + " premier).")
  String tierText;

  @Option(
      names = "--severity",
      required = true,
      paramLabel = "SEVERITY",
      description =
          "The case's severity, in the policy's words (the built-in policy's: critical, urgent,"
              + " high, medium).")
  String severityText;

  @Option(
      names = "--opened",
      required = true,
      paramLabel = "DATE-TIME",
      description =
          "When the case was opened: 2026-11-25T17:00-05:00, 2026-11-25T22:00Z, or a local"
              + " 2026-11-25T17:00 read in --zone, else in the calendar's zone.")
  String opened;

  @Option(
      names = "--channel",
      defaultValue = "support_portal",
      paramLabel = "CHANNEL",
      description =
          "How the case was logged, in the policy's words (the built-in policy's: support_portal,"
              + " email, forum; - may stand for _). Default: ${DEFAULT-VALUE}.")
  String channelText;

  @Option(
      names = "--area",
      defaultValue = "editor",
      paramLabel = "AREA",
      description =
          "The application area, e.g. editor, player, api, custom-crm-integration (all: docs/cli.md)."
              + " Default: ${DEFAULT-VALUE}.")
  String areaText;

  @Option(
      names = "--metric",
      paramLabel = "METRIC",
      description =
          "The metric whose deadline to print, in the policy's words: first_response or resolution"
              + " (metrics whose clock starts at the opening). Default: the first response, or the"
              + " policy's first metric if it does not measure the first response.")
  String metricText;

  private SupportTier tier = SupportTier.STANDARD;
  private Severity severity = Severity.MEDIUM;
  private Channel channel = Channel.SUPPORT_PORTAL;
  private ApplicationArea area = ApplicationArea.EDITOR;

  @Option(
      names = "--zone",
      paramLabel = "ZONE",
      description = "The display zone, e.g. Europe/Berlin. Default: the system's zone.")
  ZoneId zone;

  @Override
  public Integer call() {
    SlaPolicy policy = policyOption.load();
    tier = Inputs.word(spec.commandLine(), "--tier", tierText, policy::tier);
    severity = Inputs.word(spec.commandLine(), "--severity", severityText, policy::severity);
    channel = Inputs.word(spec.commandLine(), "--channel", channelText, policy::channel);
    area = Inputs.word(spec.commandLine(), "--area", areaText, t -> Inputs.area(policy, t));
    Metric metric =
        metricText == null
            ? (policy.metrics().contains(Metric.FIRST_RESPONSE)
                ? Metric.FIRST_RESPONSE
                : policy.metrics().get(0))
            : Inputs.word(spec.commandLine(), "--metric", metricText, policy::metric);
    if (metric.isCyclic()) {
      throw new ParameterException(
          spec.commandLine(),
          "Invalid value for option '--metric': "
              + Converters.name(metric)
              + " has no deadline at the opening: its cycles start at replies; use sla status"
              + " with a case timeline, or pick first_response or resolution");
    }
    ZoneId calendarZone = policy.zone(tier, severity);
    ZoneId display = zone == null ? ZoneId.systemDefault() : zone;
    Instant openedAt =
        Inputs.instant(spec.commandLine(), "--opened", opened, zone == null ? calendarZone : zone);
    CaseTimeline timeline = CaseTimeline.opened(openedAt, tier, severity, channel, area);
    SlaTracker tracker = SlaTracker.of(policy);
    CaseStatus caseStatus;
    try {
      caseStatus = tracker.status(timeline, openedAt);
    } catch (DateTimeException | ArithmeticException ex) {
      throw Inputs.noAnswer(
          spec.commandLine(),
          tracker,
          timeline.opened(),
          "--opened",
          "a case opened at " + openedAt,
          ex);
    }
    MetricStatus status = caseStatus.metric(metric);
    PrintWriter out = spec.commandLine().getOut();
    if (jsonOption.json) {
      ObjectNode node = json(status, openedAt, calendarZone, display);
      node.set("status", Inputs.tree(caseStatus));
      Inputs.print(out, node);
    } else {
      print(out, policy, status, openedAt, calendarZone, display);
    }
    return 0;
  }

  private void print(
      PrintWriter out,
      SlaPolicy policy,
      MetricStatus status,
      Instant openedAt,
      ZoneId calendarZone,
      ZoneId display) {
    out.println("Policy     " + policy.name());
    out.println(
        "Case       "
            + Converters.name(tier)
            + " / "
            + Converters.name(severity)
            + ", "
            + Converters.name(channel)
            + ", "
            + Converters.name(area));
    printInstant(out, "Opened", openedAt, calendarZone, display);
    out.println("Metric     " + status.metric().displayName());
    if (status.deadline().isEmpty()) {
      out.println("Deadline   none: " + status.coverage().message());
    } else {
      out.println("Target     " + status.target().orElseThrow().describe());
      printInstant(out, "Deadline", status.deadline().orElseThrow(), calendarZone, display);
    }
    out.println();
    Texts.printExplanation(out, status.explanation());
  }

  static void printInstant(
      PrintWriter out, String label, Instant instant, ZoneId calendarZone, ZoneId display) {
    out.println(String.format("%-10s %s", label, instant));
    out.println("           " + Texts.local(instant, calendarZone));
    if (!display.equals(calendarZone)) {
      out.println("           " + Texts.local(instant, display));
    }
  }

  private ObjectNode json(
      MetricStatus status, Instant openedAt, ZoneId calendarZone, ZoneId display) {
    ObjectNode node = Inputs.object();
    node.put("metric", Converters.name(status.metric()));
    node.put("tier", Converters.name(tier));
    node.put("severity", Converters.name(severity));
    node.put("channel", Converters.name(channel));
    node.put("area", Converters.name(area));
    node.put("opened", openedAt.toString());
    node.put("covered", status.coverage().isCovered());
    node.put("reason", status.coverage().reason().map(Converters::name).orElse(null));
    node.put("message", status.coverage().isCovered() ? null : status.coverage().message());
    if (status.deadline().isPresent()) {
      Instant deadline = status.deadline().orElseThrow();
      node.put("deadline", deadline.toString());
      node.set("deadlineInCalendarZone", Inputs.instant(deadline, calendarZone));
      node.set("deadlineInDisplayZone", Inputs.instant(deadline, display));
    } else {
      node.putNull("deadline");
    }
    node.set("explanation", Inputs.explanation(status.explanation()));
    return node;
  }
}
