package io.github.sla4j.internal.json;

import io.github.sla4j.policy.Condition;
import io.github.sla4j.policy.PolicySelection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of policy selections: {@code {"name": …, "rules": [{"when": condition, "policy":
 * policy}, …]}}. A condition is an object with exactly one key: {@code always} (an empty object),
 * {@code tier}, {@code severity}, {@code channel}, {@code area} (arrays of words), {@code
 * attributeEquals} and {@code attributeContains} ({@code {"name", "value"}}), {@code attributeIn}
 * ({@code {"name", "values"}}), {@code all} and {@code any} (arrays of conditions) or {@code not}
 * (a condition).
 */
public final class SelectionFormat {

  private static final List<String> KINDS =
      List.of(
          "always",
          "tier",
          "severity",
          "channel",
          "area",
          "attributeEquals",
          "attributeIn",
          "attributeContains",
          "all",
          "any",
          "not");

  private SelectionFormat() {}

  public static Map<String, Object> write(PolicySelection selection) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", selection.name());
    List<Object> rules = new ArrayList<>();
    for (PolicySelection.Rule rule : selection.rules()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("when", writeCondition(rule.condition()));
      r.put("policy", PolicyFormat.write(rule.policy()));
      rules.add(r);
    }
    out.put("rules", rules);
    return out;
  }

  public static Map<String, Object> writeCondition(Condition c) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (c instanceof Condition.Always) {
      out.put("always", new LinkedHashMap<>());
    } else if (c instanceof Condition.TierIn t) {
      out.put("tier", words(t.tiers(), Words::tier));
    } else if (c instanceof Condition.SeverityIn s) {
      out.put("severity", words(s.severities(), Words::severity));
    } else if (c instanceof Condition.ChannelIn ch) {
      out.put("channel", words(ch.channels(), Words::channel));
    } else if (c instanceof Condition.AreaIn a) {
      out.put("area", words(a.areas(), Words::area));
    } else if (c instanceof Condition.AttributeEquals e) {
      out.put("attributeEquals", Map.of("name", e.name(), "value", e.value()));
    } else if (c instanceof Condition.AttributeContains e) {
      out.put("attributeContains", Map.of("name", e.name(), "value", e.value()));
    } else if (c instanceof Condition.AttributeIn e) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("name", e.name());
      m.put("values", e.values().stream().sorted().toList());
      out.put("attributeIn", m);
    } else if (c instanceof Condition.All all) {
      out.put("all", all.conditions().stream().map(SelectionFormat::writeCondition).toList());
    } else if (c instanceof Condition.Any any) {
      out.put("any", any.conditions().stream().map(SelectionFormat::writeCondition).toList());
    } else if (c instanceof Condition.Not not) {
      out.put("not", writeCondition(not.condition()));
    } else {
      throw new IllegalArgumentException("Unknown condition " + c);
    }
    return out;
  }

  private static <T> List<Object> words(java.util.Set<T> values, Function<T, String> word) {
    List<Object> out = new ArrayList<>();
    values.stream().map(word).sorted().forEach(out::add);
    return out;
  }

  /** Reads a selection in the version the document declares; its policies are of that version. */
  public static PolicySelection read(In in) {
    String name = in.string("name", "selection name");
    PolicySelection.Builder[] b = new PolicySelection.Builder[1];
    CalendarFormat.at(in.path("name"), () -> b[0] = PolicySelection.builder(name));
    List<@Nullable Object> rules = in.array("rules", "selection rules");
    for (int i = 0; i < rules.size(); i++) {
      Path at = in.path("rules").index(i);
      In rule = In.object(rules.get(i), at, "selection rule");
      Condition when = readCondition(rule.object("when", "condition"));
      var policy = PolicyFormat.read(rule.object("policy", "support policy"), in.version());
      rule.end();
      b[0].when(when, policy);
    }
    in.end();
    PolicySelection[] out = new PolicySelection[1];
    CalendarFormat.at(in.path("rules"), () -> out[0] = b[0].build());
    return out[0];
  }

  public static Condition readCondition(In c) {
    List<String> present = new ArrayList<>();
    for (String kind : KINDS) {
      if (c.has(kind)) {
        present.add(kind);
      }
    }
    if (present.size() != 1) {
      throw new FormatException(
          c.path(),
          "Condition at "
              + c.path()
              + " must have exactly one of "
              + KINDS
              + " but has "
              + present
              + ": write e.g. {\"tier\": [\"premier\"]} or {\"all\": [...]}",
          null);
    }
    String kind = present.get(0);
    Condition out =
        switch (kind) {
          case "always" -> {
            c.object("always", "empty object").end();
            yield Condition.always();
          }
          case "tier" -> new Condition.TierIn(new java.util.HashSet<>(list(c, kind, Words::tier)));
          case "severity" ->
              new Condition.SeverityIn(new java.util.HashSet<>(list(c, kind, Words::severity)));
          case "channel" ->
              new Condition.ChannelIn(new java.util.HashSet<>(list(c, kind, Words::channel)));
          case "area" -> new Condition.AreaIn(new java.util.HashSet<>(list(c, kind, Words::area)));
          case "attributeEquals", "attributeContains" -> {
            In a = c.object(kind, "attribute test");
            String name = a.string("name", "attribute name");
            String value = a.string("value", "attribute value");
            a.end();
            Condition[] made = new Condition[1];
            CalendarFormat.at(
                a.path("name"),
                () ->
                    made[0] =
                        kind.equals("attributeEquals")
                            ? Condition.attributeEquals(name, value)
                            : Condition.attributeContains(name, value));
            yield made[0];
          }
          case "attributeIn" -> {
            In a = c.object(kind, "attribute test");
            String name = a.string("name", "attribute name");
            List<String> values = list(a, "values", (text, at) -> text);
            a.end();
            Condition[] made = new Condition[1];
            CalendarFormat.at(
                a.path("name"),
                () -> made[0] = new Condition.AttributeIn(name, new java.util.HashSet<>(values)));
            yield made[0];
          }
          case "all", "any" -> {
            List<@Nullable Object> items = c.array(kind, "conditions");
            List<Condition> parts = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
              Path at = c.path(kind).index(i);
              parts.add(readCondition(In.object(items.get(i), at, "condition")));
            }
            yield kind.equals("all") ? new Condition.All(parts) : new Condition.Any(parts);
          }
          default -> Condition.not(readCondition(c.object("not", "condition")));
        };
    c.end();
    return out;
  }

  private static <T> List<T> list(In c, String key, BiFunction<String, Path, T> word) {
    List<@Nullable Object> items = c.array(key, "words");
    List<T> out = new ArrayList<>();
    List<String> seen = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Path at = c.path(key).index(i);
      String text = In.asString(items.get(i), at, "word");
      if (seen.contains(text)) {
        throw new FormatException(at, "Value '" + text + "' is listed twice at " + at, null);
      }
      seen.add(text);
      out.add(word.apply(text, at));
    }
    return out;
  }
}
