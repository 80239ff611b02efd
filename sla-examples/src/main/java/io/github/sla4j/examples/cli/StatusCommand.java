package io.github.sla4j.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseEvent;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.MetricStatus;
import io.github.sla4j.tracking.SeverityChangeRule;
import io.github.sla4j.tracking.SlaState;
import io.github.sla4j.tracking.SlaTracker;
import io.github.sla4j.tracking.Threshold;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sla status}: the status of a case timeline at an instant. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description =
        "Prints the status of a case at an instant, for every metric the policy measures (or the"
            + " ones given with --metric): state, deadline, elapsed and remaining time on the"
            + " target's clock, fraction used, cycles, warning thresholds, breach and lateness,"
            + " and the explanation.")
final class StatusCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin Options.Policy policyOption;
  @Mixin Options.Json jsonOption;
  @Mixin CaseOptions caseOptions;

  @Override
  public Integer call() {
    CaseOptions.Loaded loaded = caseOptions.load(spec.commandLine(), policyOption.load());
    PrintWriter out = spec.commandLine().getOut();
    if (jsonOption.json) {
      Inputs.print(out, json(loaded));
    } else {
      print(out, loaded);
    }
    return 0;
  }

  /** {@code --timeline}, {@code --now}, {@code --thresholds}, {@code --rule}, {@code --zone}. */
  static final class CaseOptions {
    @Option(
        names = "--timeline",
        required = true,
        paramLabel = "FILE",
        description = "The case timeline in sla4j JSON (docs/json-format.md).")
    Path timeline;

    @Option(
        names = "--now",
        paramLabel = "DATE-TIME",
        description =
            "The instant to report on: 2026-11-27T12:00Z, 2026-11-27T07:00-05:00, or a local"
                + " 2026-11-27T07:00 read in --zone, else in the calendar's zone. Default: the"
                + " current time.")
    String now;

    @Option(
        names = "--thresholds",
        split = ",",
        paramLabel = "FRACTION",
        defaultValue = "0.5,0.75,0.9",
        description =
            "Fractions of the target to report warning instants for, each greater than 0 and at"
                + " most 10. Default: ${DEFAULT-VALUE}.")
    List<Double> thresholds;

    @Option(
        names = "--rule",
        defaultValue = "retroactive",
        paramLabel = "RULE",
        description =
            "How a severity change re-targets the case: retroactive, restart. Default: ${DEFAULT-VALUE}.")
    SeverityChangeRule rule;

    @Option(
        names = "--zone",
        paramLabel = "ZONE",
        description = "The display zone, e.g. Europe/Berlin. Default: the calendar's zone only.")
    ZoneId zone;

    @Option(
        names = "--metric",
        split = ",",
        paramLabel = "METRIC",
        description =
            "The metrics to report, in the policy's words: first_response, next_reply,"
                + " periodic_update, resolution (- may stand for _). Default: every metric the"
                + " policy measures.")
    List<String> metricTexts;

    /** The status of one metric and its warning instants. */
    record Shown(MetricStatus status, List<Threshold> thresholds) {}

    /** The inputs read and the status computed. */
    record Loaded(
        SlaPolicy policy,
        CaseTimeline timeline,
        CaseStatus status,
        List<Shown> metrics,
        ZoneId calendarZone,
        ZoneId display) {}

    Loaded load(CommandLine cl, SlaPolicy policy) {
      CaseTimeline tl =
          Inputs.readJson(cl, "--timeline", timeline, CaseTimeline.class, "case timeline");
      CaseEvent.Opened opened = tl.opened();
      List<Metric> metrics = new ArrayList<>();
      if (metricTexts == null || metricTexts.isEmpty()) {
        metrics.addAll(policy.metrics());
      } else {
        for (String text : metricTexts) {
          Metric metric = Inputs.word(cl, "--metric", text, policy::metric);
          if (!metrics.contains(metric)) {
            metrics.add(metric);
          }
        }
      }
      ZoneId calendarZone =
          Inputs.word(
              cl,
              "--timeline",
              opened.tier().id(),
              t -> policy.zone(opened.tier(), opened.severity()));
      Instant at =
          now == null
              ? Instant.now()
              : Inputs.instant(cl, "--now", now, zone == null ? calendarZone : zone);
      if (at.isBefore(opened.at())) {
        throw Inputs.bad(
            cl,
            "--now",
            at + " is before the case was opened at " + opened.at() + "; expected a later instant");
      }
      SlaTracker tracker = SlaTracker.of(policy, rule);
      CaseStatus status;
      try {
        status = tracker.status(tl, at);
      } catch (DateTimeException | ArithmeticException ex) {
        throw Inputs.noAnswer(
            cl, tracker, opened, "--now", at + " of the case opened at " + opened.at(), ex);
      }
      List<Shown> shown = new ArrayList<>();
      try {
        for (Metric metric : metrics) {
          MetricStatus m = status.metric(metric);
          shown.add(
              new Shown(
                  m,
                  m.state() == SlaState.NOT_APPLICABLE
                      ? List.of()
                      : m.thresholds(
                          thresholds.stream().mapToDouble(Double::doubleValue).toArray())));
        }
      } catch (DateTimeException | ArithmeticException ex) {
        throw Inputs.bad(
            cl,
            "--thresholds",
            "a threshold of "
                + thresholds
                + " lies beyond what the calendar can reach: "
                + ex.getMessage()
                + "; expected smaller fractions");
      }
      return new Loaded(
          policy, tl, status, List.copyOf(shown), calendarZone, zone == null ? calendarZone : zone);
    }
  }

  static void print(PrintWriter out, CaseOptions.Loaded loaded) {
    CaseStatus status = loaded.status();
    CaseEvent.Opened opened = loaded.timeline().opened();
    ZoneId zone = loaded.calendarZone();
    out.println("Policy     " + loaded.policy().name());
    out.println(
        "Case       "
            + Converters.name(opened.tier())
            + " / "
            + Converters.name(status.severity())
            + ", "
            + Converters.name(opened.channel())
            + ", "
            + Converters.name(opened.area()));
    DeadlineCommand.printInstant(out, "Now", status.now(), zone, loaded.display());
    status
        .respondedAt()
        .ifPresent(r -> out.println("Responded  " + r + "  " + Texts.local(r, zone)));
    for (CaseOptions.Shown shown : loaded.metrics()) {
      out.println();
      printMetric(out, loaded, shown);
    }
  }

  private static void printMetric(
      PrintWriter out, CaseOptions.Loaded loaded, CaseOptions.Shown shown) {
    MetricStatus status = shown.status();
    ZoneId zone = loaded.calendarZone();
    out.println("Metric     " + status.metric().displayName());
    out.println("State      " + Converters.name(status.state()));
    if (status.state() == SlaState.NOT_APPLICABLE) {
      out.println("Deadline   none: " + status.coverage().message());
    } else {
      out.println("Target     " + status.target().orElseThrow().describe());
      DeadlineCommand.printInstant(
          out, "Deadline", status.deadline().orElseThrow(), zone, loaded.display());
      out.println(
          "Elapsed    "
              + Texts.duration(status.elapsed())
              + " of "
              + Texts.duration(status.targetLength())
              + " on the target's clock ("
              + Texts.percent(status.fractionUsed())
              + " used)");
      out.println("Remaining  " + Texts.duration(status.remaining()));
      status
          .stoppedAt()
          .ifPresent(r -> out.println("Stopped    " + r + "  " + Texts.local(r, zone)));
      status
          .breachedAt()
          .ifPresent(
              b ->
                  out.println(
                      "Breached   "
                          + b
                          + "  "
                          + Texts.local(b, zone)
                          + ", late "
                          + Texts.duration(status.lateness().orElseThrow())
                          + " ("
                          + Texts.duration(status.latenessOnClock().orElseThrow())
                          + " on the target's clock)"));
      if (status.metric().isCyclic()) {
        out.println(
            "Cycle      "
                + status.cycle()
                + " ("
                + status.cyclesMet()
                + " met, "
                + status.cyclesBreached()
                + " breached so far)");
      }
      out.println("Thresholds");
      for (Threshold t : shown.thresholds()) {
        out.println(
            String.format(
                "  %6s  %s  %s  %s",
                Texts.fractionLabel(t.fraction()),
                t.instant(),
                Texts.local(t.instant(), zone),
                t.instant().isAfter(status.now()) ? "ahead" : "passed"));
      }
    }
    out.println();
    Texts.printExplanation(out, status.explanation());
  }

  static ObjectNode json(CaseOptions.Loaded loaded) {
    ObjectNode node = Inputs.object();
    CaseStatus status = loaded.status();
    node.put("now", status.now().toString());
    ObjectNode metrics = node.putObject("metrics");
    for (CaseOptions.Shown shown : loaded.metrics()) {
      MetricStatus m = shown.status();
      ObjectNode one = metrics.putObject(Converters.name(m.metric()));
      one.put("state", Converters.name(m.state()));
      one.put("deadline", m.deadline().map(Instant::toString).orElse(null));
      ArrayNode thresholds = one.putArray("thresholds");
      for (Threshold t : shown.thresholds()) {
        ObjectNode mark = Inputs.instant(t.instant(), loaded.calendarZone());
        mark.put("fraction", t.fraction());
        mark.put("passed", !t.instant().isAfter(status.now()));
        thresholds.add(mark);
      }
    }
    node.set("status", Inputs.tree(status));
    return node;
  }
}
