package io.github.sla4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.jackson.CalendarJsonSuite;
import io.github.sla4j.jackson.Jackson2Binding;
import io.github.sla4j.jackson.JsonBinding;
import io.github.sla4j.jackson.MutationCorpusSuite;
import io.github.sla4j.jackson.RoundTripPropertiesSuite;
import io.github.sla4j.jackson.SelectionJsonSuite;
import io.github.sla4j.policy.PolicySelection;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseEvent;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.generators.SourceDSL;

/**
 * A document written by one binding is read by the other: equal values, identical text, and for a
 * malformed document the same refusal (message, path, line and column) from both.
 */
class CrossBindingTest {

  private static final JsonBinding JACKSON_2 = Jackson2Binding.INSTANCE;
  private static final JsonBinding JACKSON_3 = Jackson3Binding.INSTANCE;
  private static final long SEED = Long.getLong("sla4j.seed", 20261126L);

  /** A value of every type the format covers, with the type it is read as. */
  private record Example(Object value, Class<?> type, boolean readable) {}

  private static CaseTimeline timeline(String file) throws Exception {
    return JACKSON_2.read(Files.readString(Path.of("../docs/examples", file)), CaseTimeline.class);
  }

  private static List<Example> everyType() throws Exception {
    List<Example> out = new ArrayList<>();
    for (BusinessCalendar c :
        List.of(
            CalendarJsonSuite.support(),
            CalendarJsonSuite.halfDays(),
            CalendarJsonSuite.followTheSun(),
            BusinessCalendar.alwaysOpen(),
            RoundTripPropertiesSuite.calendar(SEED, "random"))) {
      out.add(new Example(c, BusinessCalendar.class, true));
    }
    for (HolidayCalendar h : List.of(HolidayCalendar.usFederal(), HolidayCalendar.nyse())) {
      out.add(new Example(h, HolidayCalendar.class, true));
    }
    SlaPolicy berlin =
        JACKSON_2.read(
            Files.readString(Path.of("../docs/examples/berlin-helpdesk-policy.json")),
            SlaPolicy.class);
    for (SlaPolicy p : List.of(SlaPolicy.threekit(), berlin, RoundTripPropertiesSuite.policy(7))) {
      out.add(new Example(p, SlaPolicy.class, true));
    }
    out.add(new Example(SelectionJsonSuite.small(), PolicySelection.class, true));
    for (String file : List.of("case-timeline.json", "status-example-timeline.json")) {
      CaseTimeline timeline = timeline(file);
      out.add(new Example(timeline, CaseTimeline.class, true));
      for (CaseEvent event : timeline.events()) {
        out.add(new Example(event, CaseEvent.class, true));
      }
      SlaTracker tracker = SlaTracker.of(SlaPolicy.threekit());
      for (String now :
          List.of("2026-11-25T20:30:00Z", "2026-11-25T21:30:00Z", "2026-11-27T15:00:00Z")) {
        CaseStatus status = tracker.status(timeline, Instant.parse(now));
        out.add(new Example(status, CaseStatus.class, false));
      }
    }
    return out;
  }

  @Test
  void everyType_isWrittenIdentically_andReadBackByTheOtherBinding() throws Exception {
    List<Example> examples = everyType();
    assertThat(examples).extracting(Example::type).containsAll(covered());
    for (Example e : examples) {
      String by2 = JACKSON_2.write(e.value());
      String by3 = JACKSON_3.write(e.value());
      assertThat(by3).as("compact %s", e.type()).isEqualTo(by2);
      assertThat(JACKSON_3.writePretty(e.value()))
          .as("indented %s", e.type())
          .isEqualTo(JACKSON_2.writePretty(e.value()));
      assertThat(JACKSON_3.writeWithThresholds(e.value(), 0.25, 1.0))
          .isEqualTo(JACKSON_2.writeWithThresholds(e.value(), 0.25, 1.0));
      if (e.readable()) {
        Object read3 = JACKSON_3.read(by2, e.type());
        Object read2 = JACKSON_2.read(by3, e.type());
        assertThat(read3)
            .as("%s written by Jackson 2, read by Jackson 3", e.type())
            .isEqualTo(e.value());
        assertThat(read2)
            .as("%s written by Jackson 3, read by Jackson 2", e.type())
            .isEqualTo(e.value());
        assertThat(JACKSON_2.write(read3)).isEqualTo(by2);
        assertThat(JACKSON_3.write(read2)).isEqualTo(by3);
      }
    }
  }

  private static List<Class<?>> covered() {
    return List.of(
        BusinessCalendar.class,
        HolidayCalendar.class,
        SlaPolicy.class,
        PolicySelection.class,
        CaseTimeline.class,
        CaseEvent.class,
        CaseStatus.class);
  }

  /** What one binding makes of a document: the value read, or what the refusal says. */
  private record Outcome(
      @Nullable Object value, @Nullable String kind, JsonBinding.@Nullable Refused refused) {}

  private static Outcome outcome(JsonBinding binding, String json, Class<?> type) {
    try {
      Object value = binding.read(json, type);
      return new Outcome(value instanceof Object[] array ? List.of(array) : value, null, null);
    } catch (Exception ex) {
      assertThat(ex).as("%s on %s", binding, json).isInstanceOf(binding.refusal());
      String kind =
          binding.unrecognizedProperty().isInstance(ex)
              ? "unrecognized property"
              : binding.mismatchedInput().isInstance(ex) ? "mismatched input" : "other";
      return new Outcome(null, kind, binding.details(ex));
    }
  }

  private static void assertSameOutcome(String json, Class<?> type) {
    Outcome by2 = outcome(JACKSON_2, json, type);
    Outcome by3 = outcome(JACKSON_3, json, type);
    assertThat(by3).as(json).isEqualTo(by2);
  }

  @TestFactory
  List<DynamicTest> everyMutant_isAcceptedOrRefusedAlike_withTheSameMessagePathAndLocation()
      throws Exception {
    List<DynamicTest> tests = new ArrayList<>();
    for (MutationCorpusSuite.Seed seed : MutationCorpusSuite.seeds(JACKSON_2)) {
      String valid = JACKSON_2.write(seed.value());
      List<MutationCorpusSuite.Mutant> mutants =
          MutationCorpusSuite.mutants(MutationCorpusSuite.tree(valid));
      tests.add(
          DynamicTest.dynamicTest(
              seed.name() + ": " + mutants.size() + " mutants",
              () -> {
                for (MutationCorpusSuite.Mutant m : mutants) {
                  assertSameOutcome(m.json(), seed.type());
                }
              }));
      String pretty = JACKSON_2.writePretty(seed.value());
      tests.add(
          DynamicTest.dynamicTest(
              seed.name() + ": indented mutants, lines and columns",
              () -> {
                for (MutationCorpusSuite.Mutant m :
                    MutationCorpusSuite.mutants(MutationCorpusSuite.tree(pretty))) {
                  String indented =
                      MutationCorpusSuite.TREES
                          .writerWithDefaultPrettyPrinter()
                          .writeValueAsString(MutationCorpusSuite.tree(m.json()));
                  assertSameOutcome(indented, seed.type());
                }
              }));
    }
    return tests;
  }

  @Test
  void malformedAndOversizedDocuments_areRefusedAlike() throws Exception {
    String policy = JACKSON_2.write(SlaPolicy.threekit());
    List<String> bad =
        List.of(
            policy.replace("\"formatVersion\":1", "\"formatVersion\":99"),
            policy.replace("\"formatVersion\":1,", "\"formatVersion\":1,\"formatVersion\":1,"),
            policy.replace("\"formatVersion\":1,", ""),
            "[]",
            "\"text\"",
            "{\"formatVersion\":1}",
            "[".repeat(40) + "]".repeat(40),
            "{\"formatVersion\":1,\"name\":\"" + "x".repeat(10_001) + "\"}");
    for (String json : bad) {
      assertSameOutcome(json, SlaPolicy.class);
    }
  }

  @Test
  void randomMutationStacks_areAcceptedOrRefusedAlike() throws Exception {
    JsonNode valid = MutationCorpusSuite.tree(JACKSON_2.write(CalendarJsonSuite.support()));
    List<MutationCorpusSuite.Mutant> singles = MutationCorpusSuite.mutants(valid);
    qt().withFixedSeed(SEED)
        .withExamples(200)
        .forAll(
            SourceDSL.lists()
                .of(SourceDSL.integers().between(0, singles.size() - 1))
                .ofSizeBetween(1, 4))
        .checkAssert(
            picks -> {
              JsonNode doc = valid.deepCopy();
              StringBuilder embedded = new StringBuilder();
              for (int i : picks) {
                String single = singles.get(i).json();
                doc = MutationCorpusSuite.stack(doc, MutationCorpusSuite.tree(single));
                embedded.append(embedded.length() == 0 ? "" : ",").append(single);
              }
              assertSameOutcome(doc.toString(), BusinessCalendar.class);
              // The same mutants embedded in an array, where the format version is optional.
              assertSameOutcome("[" + embedded + "]", BusinessCalendar[].class);
            });
  }
}
