package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.policy.PolicySelection;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseTimeline;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Mutates valid documents (removed fields, nulls, wrong types, bad strings, unknown fields) and
 * checks that every malformed mutant is refused with the binding's own exception, a message, a path
 * and a location — and that nothing else ever escapes a read.
 */
public abstract class MutationCorpusSuite {

  /** A plain Jackson 2 mapper, without sla4j, that only edits the documents a binding writes. */
  public static final ObjectMapper TREES = new ObjectMapper();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonBinding binding;

  protected MutationCorpusSuite(JsonBinding binding) {
    this.binding = binding;
  }

  /** A document as a tree to edit. */
  public static JsonNode tree(String json) {
    try {
      return TREES.readTree(json);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  /**
   * A valid value the corpus mutates.
   *
   * @param name how test names call it
   * @param value the value
   * @param type the type it is read as
   */
  public record Seed(String name, Object value, Class<?> type) {}

  /** The valid values whose single mutations make the corpus. */
  public static List<Seed> seeds(JsonBinding binding) throws Exception {
    return List.of(
        new Seed("calendar", CalendarJsonSuite.support(), BusinessCalendar.class),
        new Seed(
            "calendar with closures", CalendarJsonSuite.withClosures(), BusinessCalendar.class),
        new Seed("policy", SlaPolicy.threekit(), SlaPolicy.class),
        new Seed("selection", SelectionJsonSuite.small(), PolicySelection.class),
        new Seed(
            "timeline",
            binding.read(Files.readString(TimelineJsonSuite.TIMELINE_JSON), CaseTimeline.class),
            CaseTimeline.class));
  }

  /** Properties that may be left out. */
  static final Set<String> OPTIONAL =
      Set.of("firstYear", "lastYear", "scope", "channels", "closures", "pauses", "reason");

  /** Free-text properties: any non-blank string is valid. */
  static final Set<String> FREE_TEXT = Set.of("name", "reason");

  /** Properties where every string, even a blank one, is valid. */
  static final Set<String> ANY_TEXT = Set.of("value");

  /**
   * Words of a policy's open vocabulary: any non-blank id without surrounding white space is a
   * valid word (a timeline is checked against its policy only when a status is computed).
   */
  static final Set<String> OPEN_WORDS = Set.of("tier", "severity", "channel", "area", "id");

  /** Whether a property is a cell of a metric's target table, where null leaves it empty. */
  static boolean targetCell(String path) {
    return path.matches(".*\\.metrics\\.\\w+\\.targets\\.[^.\\[]+\\.[^.\\[]+");
  }

  /** Whether the elements of the array at a path are words of the open vocabulary. */
  static boolean openWordArray(String path) {
    return path.endsWith(".coveredChannels")
        || path.endsWith(".channels")
        || path.matches(".*\\.when(\\.\\w+(\\[\\d+\\])?)*\\.(tier|severity|channel|area|values)")
        || path.matches("\\$\\.scope\\.[^.\\[]+");
  }

  private static final List<String> BAD_STRINGS =
      List.of(
          "",
          " ",
          "25:00",
          "24:01",
          "9:00",
          "09:00:00.5",
          "Mars/Olympus",
          "2026-13-45",
          "MONDAY",
          "Monday",
          "-PT1H",
          "PT-4H",
          "P1M",
          "null",
          "x".repeat(300),
          "nth weekday");

  /** One mutation of a valid document, and whether the binding must refuse it. */
  public record Mutant(String description, String json, boolean mustFail) {}

  /** Every single mutation of a valid document. */
  public static List<Mutant> mutants(JsonNode valid) {
    List<Mutant> out = new ArrayList<>();
    collect(valid, valid, "$", out);
    return out;
  }

  private static void collect(JsonNode root, JsonNode node, String path, List<Mutant> out) {
    if (node.isObject()) {
      ObjectNode obj = (ObjectNode) node;
      List<String> names = new ArrayList<>();
      obj.fieldNames().forEachRemaining(names::add);
      for (String name : names) {
        JsonNode child = obj.get(name);
        String at = path + "." + name;
        boolean mayRemove =
            OPTIONAL.contains(name)
                || path.contains("specialHours")
                || path.endsWith(".metrics"); // a policy may measure fewer metrics
        out.add(mutate(root, obj, name, null, at + " removed", !mayRemove));
        out.add(mutate(root, obj, name, NODES.nullNode(), at + " = null", !targetCell(at)));
        for (JsonNode wrong : wrongTypes(child)) {
          out.add(mutate(root, obj, name, wrong, at + " = " + wrong, true));
        }
        if (child.isTextual()) {
          for (String bad : BAD_STRINGS) {
            boolean valid =
                (FREE_TEXT.contains(name) || OPEN_WORDS.contains(name)) && !bad.isBlank()
                    || ANY_TEXT.contains(name);
            if (!valid) {
              out.add(
                  mutate(root, obj, name, NODES.textNode(bad), at + " = \"" + bad + "\"", true));
            }
          }
        }
        collect(root, child, at, out);
      }
      out.add(
          mutate(root, obj, "unexpected", NODES.textNode("x"), path + ".unexpected added", true));
    } else if (node.isArray()) {
      ArrayNode arr = (ArrayNode) node;
      for (int i = 0; i < arr.size(); i++) {
        JsonNode saved = arr.get(i);
        String at = path + "[" + i + "]";
        for (JsonNode wrong : List.of(NODES.nullNode(), NODES.textNode("x"), NODES.numberNode(1))) {
          arr.set(i, wrong);
          boolean word = wrong.isTextual() && openWordArray(path);
          out.add(new Mutant(at + " = " + wrong, root.toString(), !word));
        }
        arr.set(i, saved);
        collect(root, saved, at, out);
      }
    }
  }

  private static Mutant mutate(
      JsonNode root,
      ObjectNode obj,
      String name,
      JsonNode value,
      String description,
      boolean fail) {
    JsonNode saved = obj.get(name);
    if (value == null) {
      obj.remove(name);
    } else {
      obj.set(name, value);
    }
    String json = root.toString();
    if (saved == null) {
      obj.remove(name);
    } else {
      obj.set(name, saved);
    }
    return new Mutant(description, json, fail);
  }

  private static List<JsonNode> wrongTypes(JsonNode v) {
    List<JsonNode> out = new ArrayList<>();
    if (!v.isTextual()) {
      out.add(NODES.textNode("text"));
    }
    if (!v.isNumber()) {
      out.add(NODES.numberNode(7));
    }
    out.add(NODES.numberNode(1.5));
    out.add(NODES.booleanNode(true));
    if (!v.isArray()) {
      out.add(NODES.arrayNode().add(1));
    }
    if (!v.isObject()) {
      out.add(NODES.objectNode().put("a", 1));
    }
    if (v.isNumber()) {
      out.add(NODES.numberNode(Long.MAX_VALUE));
    }
    return out;
  }

  private List<DynamicTest> corpus(Seed seed) throws Exception {
    return corpus(binding, seed.name(), seed.value(), seed.type());
  }

  /**
   * The corpus of one value for any suite: every single mutation of its document, each refused with
   * the binding's exception (or, where the mutation is valid, read or refused cleanly).
   *
   * @param binding the binding under test
   * @param name the name shown for the tests
   * @param value the valid value whose document is mutated
   * @param type the type to read the mutants as
   * @return the dynamic tests
   * @throws Exception if the value cannot be written
   */
  public static List<DynamicTest> corpus(
      JsonBinding binding, String name, Object value, Class<?> type) throws Exception {
    JsonNode tree = tree(binding.write(value));
    List<DynamicTest> tests = new ArrayList<>();
    for (Mutant m : mutants(tree)) {
      tests.add(
          DynamicTest.dynamicTest(
              name + ": " + m.description(),
              () -> {
                Throwable thrown = readOrThrow(binding, m.json(), type);
                if (m.mustFail()) {
                  assertThat(thrown)
                      .as("mutant %s must be refused: %s", m.description(), m.json())
                      .isInstanceOf(binding.refusal());
                  JsonBinding.Refused refused = binding.details(thrown);
                  assertThat(refused.message()).contains("$");
                  assertThat(refused.line()).isEqualTo(1);
                  assertThat(refused.column()).isBetween(1, m.json().length() + 1);
                } else if (thrown != null) {
                  assertThat(thrown).isInstanceOf(binding.refusal());
                }
              }));
    }
    return tests;
  }

  private static @Nullable Throwable readOrThrow(JsonBinding binding, String json, Class<?> type) {
    try {
      binding.read(json, type);
      return null;
    } catch (Throwable t) {
      return t;
    }
  }

  private List<DynamicTest> corpus(String name) throws Exception {
    for (Seed seed : seeds(binding)) {
      if (seed.name().equals(name)) {
        return corpus(seed);
      }
    }
    throw new IllegalArgumentException(name);
  }

  @TestFactory
  List<DynamicTest> calendar_everySingleMutation_isRefusedWithTheBindingsException()
      throws Exception {
    return corpus("calendar");
  }

  @TestFactory
  List<DynamicTest> closures_everySingleMutation_isRefusedWithTheBindingsException()
      throws Exception {
    return corpus("calendar with closures");
  }

  @TestFactory
  List<DynamicTest> policy_everySingleMutation_isRefusedWithTheBindingsException()
      throws Exception {
    return corpus("policy");
  }

  @TestFactory
  List<DynamicTest> selection_everySingleMutation_isRefusedWithTheBindingsException()
      throws Exception {
    return corpus("selection");
  }

  @TestFactory
  List<DynamicTest> timeline_everySingleMutation_isRefusedWithTheBindingsException()
      throws Exception {
    return corpus("timeline");
  }

  /** Random stacks of mutations: whatever happens, only the binding's exceptions leave read. */
  @Test
  void calendar_randomMutationStacks_onlyTheBindingsExceptionsEscape() throws Exception {
    JsonNode valid = tree(binding.write(CalendarJsonSuite.support()));
    List<Mutant> singles = mutants(valid);
    Gen<List<Integer>> picks =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, singles.size() - 1))
            .ofSizeBetween(1, 4);
    qt().withFixedSeed(Long.getLong("sla4j.seed", 20261126L))
        .withExamples(300)
        .forAll(picks)
        .checkAssert(
            indexes -> {
              JsonNode doc = valid.deepCopy();
              for (int i : indexes) {
                doc = stack(doc, tree(singles.get(i).json()));
              }
              Throwable thrown = readOrThrow(binding, doc.toString(), BusinessCalendar.class);
              if (thrown != null) {
                assertThat(thrown).as(doc.toString()).isInstanceOf(binding.refusal());
              }
            });
  }

  /** Merges the differences of a single mutant into a document, so mutations stack. */
  public static JsonNode stack(JsonNode doc, JsonNode mutant) {
    if (!doc.isObject() || !mutant.isObject()) {
      return mutant;
    }
    ObjectNode out = ((ObjectNode) doc).deepCopy();
    Iterator<Map.Entry<String, JsonNode>> it = mutant.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode mine = out.get(e.getKey());
      out.set(e.getKey(), mine == null ? e.getValue() : stack(mine, e.getValue()));
    }
    List<String> removed = new ArrayList<>();
    out.fieldNames()
        .forEachRemaining(
            n -> {
              if (!mutant.has(n)) {
                removed.add(n);
              }
            });
    removed.forEach(out::remove);
    return out;
  }
}
