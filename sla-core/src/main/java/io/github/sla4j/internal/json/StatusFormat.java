package io.github.sla4j.internal.json;

import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.ExplanationStep;
import io.github.sla4j.tracking.Threshold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a case status, written for other services to read (sla4j does not read it back).
 * Absent values (no deadline, no breach) are left out rather than written as null.
 */
public final class StatusFormat {

  private StatusFormat() {}

  public static Map<String, Object> write(CaseStatus status, double[] thresholds) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("now", status.now().toString());
    out.put("state", In.word(status.state()));
    out.put("severity", Words.severity(status.severity()));
    Map<String, Object> coverage = new LinkedHashMap<>();
    coverage.put("covered", status.coverage().isCovered());
    status.coverage().reason().ifPresent(r -> coverage.put("reason", In.word(r)));
    coverage.put("message", status.coverage().message());
    out.put("coverage", coverage);
    status
        .target()
        .ifPresent(
            t -> {
              out.put("target", PolicyFormat.writeTarget(t));
              out.put("targetDescription", t.describe());
            });
    status.clockStart().ifPresent(i -> out.put("clockStart", i.toString()));
    status.deadline().ifPresent(i -> out.put("deadline", i.toString()));
    if (status.deadline().isPresent()) {
      out.put("targetLength", status.targetLength().toString());
      out.put("elapsed", status.elapsed().toString());
      out.put("remaining", status.remaining().toString());
      out.put("fractionUsed", status.fractionUsed());
      List<Object> list = new ArrayList<>();
      for (Threshold t : status.thresholds(thresholds)) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("fraction", t.fraction());
        m.put("at", t.instant().toString());
        list.add(m);
      }
      out.put("thresholds", list);
    }
    status.breachedAt().ifPresent(i -> out.put("breachedAt", i.toString()));
    status.lateness().ifPresent(d -> out.put("lateness", d.toString()));
    status.latenessOnClock().ifPresent(d -> out.put("latenessOnClock", d.toString()));
    status.respondedAt().ifPresent(i -> out.put("respondedAt", i.toString()));
    List<Object> steps = new ArrayList<>();
    for (ExplanationStep step : status.explanation().steps()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("at", step.at().toString());
      m.put("kind", In.word(step.kind()));
      m.put("text", step.text());
      steps.add(m);
    }
    out.put("explanation", steps);
    return out;
  }
}
