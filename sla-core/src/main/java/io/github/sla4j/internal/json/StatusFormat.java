package io.github.sla4j.internal.json;

import io.github.sla4j.policy.Coverage;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.ExplanationStep;
import io.github.sla4j.tracking.MetricStatus;
import io.github.sla4j.tracking.Threshold;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON form of a case status, written for other services to read (sla4j does not read it back).
 * The case-level facts come first; {@code metrics} holds one object per measured metric, in the
 * policy's order. Absent values (no deadline, no breach) are left out rather than written as null.
 */
public final class StatusFormat {

  private StatusFormat() {}

  public static Map<String, Object> write(CaseStatus status, double[] thresholds) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("now", status.now().toString());
    out.put("severity", Words.severity(status.severity()));
    out.put("coverage", coverage(status.coverage()));
    status.respondedAt().ifPresent(i -> out.put("respondedAt", i.toString()));
    Map<String, Object> metrics = new LinkedHashMap<>();
    for (Map.Entry<Metric, MetricStatus> e : status.metrics().entrySet()) {
      metrics.put(PolicyFormat.metric(e.getKey()), metric(e.getValue(), thresholds));
    }
    out.put("metrics", metrics);
    return out;
  }

  private static Map<String, Object> coverage(Coverage c) {
    Map<String, Object> coverage = new LinkedHashMap<>();
    coverage.put("covered", c.isCovered());
    c.reason().ifPresent(r -> coverage.put("reason", In.word(r)));
    coverage.put("message", c.message());
    return coverage;
  }

  private static Map<String, Object> metric(MetricStatus status, double[] thresholds) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("state", In.word(status.state()));
    out.put("coverage", coverage(status.coverage()));
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
    status.stoppedAt().ifPresent(i -> out.put("stoppedAt", i.toString()));
    out.put("cycle", (long) status.cycle());
    out.put("cyclesMet", (long) status.cyclesMet());
    out.put("cyclesBreached", (long) status.cyclesBreached());
    List<Object> steps = new ArrayList<>();
    for (ExplanationStep step : status.explanation().steps()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("at", step.at().toString());
      m.put("kind", In.word(step.kind()));
      m.put("text", step.text());
      Map<String, Object> facts = new LinkedHashMap<>();
      step.facts().forEach((k, v) -> facts.put(k, fact(v)));
      m.put("facts", facts);
      steps.add(m);
    }
    out.put("explanation", steps);
    return out;
  }

  /**
   * A fact as JSON: whole numbers and booleans as themselves, everything else (instants, durations,
   * dates, text) as its ISO-8601 or plain text.
   */
  private static Object fact(Object value) {
    if (value instanceof Integer i) {
      return (long) i;
    } else if (value instanceof Long || value instanceof Boolean || value instanceof Double) {
      return value;
    } else if (value instanceof Float f) {
      return (double) f;
    }
    return value.toString();
  }
}
