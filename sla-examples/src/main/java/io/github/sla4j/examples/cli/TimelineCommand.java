package io.github.sla4j.examples.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sla4j.tracking.CaseEvent;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sla timeline}: an SVG picture of a case's clock. */
@Command(
    name = "timeline",
    mixinStandardHelpOptions = true,
    description =
        "Writes an SVG picture of a case's clock: the target calendar's open windows shaded,"
            + " pauses hatched, warning thresholds and the deadline marked, the case's events,"
            + " and an axis of local dates in the calendar's zone.")
final class TimelineCommand implements Callable<Integer> {

  @Spec CommandSpec spec;
  @Mixin Options.Policy policyOption;
  @Mixin Options.Json jsonOption;
  @Mixin StatusCommand.CaseOptions caseOptions;

  @Option(
      names = "--svg",
      required = true,
      paramLabel = "FILE",
      description = "Where to write the SVG picture.")
  Path svg;

  @Override
  public Integer call() {
    StatusCommand.CaseOptions.Loaded loaded =
        caseOptions.load(spec.commandLine(), policyOption.load());
    CaseEvent.Opened opened = loaded.timeline().opened();
    String title =
        "Case opened "
            + Texts.local(opened.at(), loaded.calendarZone())
            + ": "
            + Converters.name(opened.tier())
            + " / "
            + Converters.name(opened.severity());
    long days =
        TimelineSvg.days(
            loaded.timeline(),
            loaded.metrics().get(0).status(),
            loaded.metrics().get(0).thresholds());
    if (days > TimelineSvg.MAX_DAYS) {
      throw Inputs.bad(
          spec.commandLine(),
          "--now",
          "the picture from the opening to the last mark (now, deadline, thresholds) would span "
              + days
              + " days, more than the "
              + TimelineSvg.MAX_DAYS
              + " (ten years) sla timeline draws; expected an earlier --now or smaller"
              + " --thresholds");
    }
    TimelineSvg.Drawing drawing =
        TimelineSvg.draw(
            title,
            loaded.timeline(),
            loaded.metrics().get(0).status(),
            loaded.metrics().get(0).thresholds());
    try {
      Files.writeString(svg, drawing.svg(), StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw Inputs.bad(
          spec.commandLine(),
          "--svg",
          "cannot write '" + svg + "': " + ex + "; expected a writable file");
    }
    PrintWriter out = spec.commandLine().getOut();
    if (jsonOption.json) {
      ObjectNode node = Inputs.object();
      node.put("svg", svg.toString());
      node.put("state", Converters.name(loaded.status().state()));
      node.put("deadline", loaded.status().deadline().map(Object::toString).orElse(null));
      node.put("zone", loaded.calendarZone().getId());
      node.put("openWindows", drawing.openWindows());
      node.put("pauses", drawing.pauses());
      node.put("thresholds", drawing.thresholds());
      Inputs.print(out, node);
    } else {
      out.println(
          "Wrote "
              + svg
              + ": "
              + count(drawing.openWindows(), "open window")
              + ", "
              + count(drawing.pauses(), "pause")
              + ", "
              + count(drawing.thresholds(), "threshold")
              + ", "
              + loaded
                  .status()
                  .deadline()
                  .map(d -> "deadline " + Texts.local(d, loaded.calendarZone()))
                  .orElse("no deadline (" + loaded.status().coverage().message() + ")")
              + "; state "
              + Converters.name(loaded.status().state()));
    }
    return 0;
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
