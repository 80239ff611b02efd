package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Condition;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.PolicySelection;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Scope;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.policy.ThreekitPolicy;
import io.github.sla4j.tracking.CaseEvent;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.MetricStatus;
import io.github.sla4j.tracking.SlaTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.quicktheories.generators.SourceDSL;

/**
 * Format version 2: policies in their own words with display names, every metric with empty cells
 * and pause rules, timelines with every event kind, selections of such policies, and statuses per
 * metric. Random values survive write → read → write with equal values, identical text, the same
 * display names and the same statuses.
 */
public abstract class FormatVersion2Suite {

  private final JsonBinding binding;

  protected FormatVersion2Suite(JsonBinding binding) {
    this.binding = binding;
  }

  private static final long SEED = Long.getLong("sla4j.seed", 20261202L);

  static final Path RESOLUTION_TIMELINE = Path.of("../docs/examples/resolution-timeline.json");

  private static final List<Metric> METRICS =
      List.of(Metric.FIRST_RESPONSE, Metric.NEXT_REPLY, Metric.PERIODIC_UPDATE, Metric.RESOLUTION);

  /**
   * A random policy in its own words (or, one time in four, the seed's) that measures a random
   * non-empty set of metrics, with cells left empty on purpose, random pause rules and sometimes a
   * scope. Calendars come from {@link RoundTripPropertiesSuite#calendar}.
   */
  static SlaPolicy policyWithMetrics(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    BusinessCalendar a = RoundTripPropertiesSuite.calendar(r.nextLong(), "first");
    BusinessCalendar b = RoundTripPropertiesSuite.calendar(r.nextLong(), "second");
    boolean seedWords = r.nextInt(4) == 0;
    List<Severity> severities = new ArrayList<>();
    List<SupportTier> tiers = new ArrayList<>();
    List<Channel> channels = new ArrayList<>();
    if (seedWords) {
      severities.addAll(ThreekitPolicy.SEVERITIES);
      tiers.addAll(ThreekitPolicy.TIERS);
      channels.addAll(ThreekitPolicy.CHANNELS);
    } else {
      for (int i = 1, n = r.nextInt(1, 6); i <= n; i++) {
        severities.add(
            r.nextBoolean() ? Severity.of("P" + i) : Severity.of("P" + i, "P" + i + " – Störung"));
      }
      for (int i = 1, n = r.nextInt(1, 4); i <= n; i++) {
        tiers.add(
            r.nextBoolean()
                ? SupportTier.of("plan-" + i)
                : SupportTier.of("plan-" + i, "Plan \"" + i + "\""));
      }
      for (int i = 1, n = r.nextInt(1, 4); i <= n; i++) {
        channels.add(r.nextBoolean() ? Channel.of("ch" + i) : Channel.of("ch" + i, "Channel " + i));
      }
    }
    SlaPolicy.Builder builder =
        SlaPolicy.builder()
            .name("policy " + seed)
            .severities(severities)
            .tiers(tiers)
            .channels(channels);
    Set<Channel> covered = new LinkedHashSet<>();
    for (Channel c : channels) {
      if (r.nextBoolean()) {
        covered.add(c);
      }
    }
    builder.coveredChannels(covered);
    List<Metric> metrics = new ArrayList<>(METRICS);
    for (int i = metrics.size() - 1; i > 0; i--) {
      java.util.Collections.swap(metrics, i, r.nextInt(i + 1));
    }
    for (Metric metric : metrics.subList(0, r.nextInt(1, 5))) {
      for (SupportTier tier : tiers) {
        for (Severity severity : severities) {
          if (r.nextInt(4) == 0) {
            builder.noTarget(metric, tier, severity);
          } else {
            builder.target(metric, tier, severity, target(r, r.nextBoolean() ? a : b));
          }
        }
      }
      builder.pausesStop(metric, r.nextBoolean());
    }
    if (r.nextBoolean()) {
      Map<SupportTier, Set<ApplicationArea>> areas = new LinkedHashMap<>();
      for (SupportTier tier : tiers) {
        Set<ApplicationArea> set = new LinkedHashSet<>();
        if (areas.isEmpty()) {
          set.add(ApplicationArea.of("area0")); // a timeline needs some declared area
        }
        for (int i = 0, n = r.nextInt(0, 3); i < n; i++) {
          set.add(ApplicationArea.of("area" + r.nextInt(4)));
        }
        areas.put(tier, set);
      }
      builder.scope(Scope.of(areas));
    }
    return builder.build();
  }

  private static ResponseTarget target(SplittableRandom r, BusinessCalendar cal) {
    return switch (r.nextInt(3)) {
      case 0 -> ResponseTarget.ofElapsed(Duration.ofMinutes(r.nextInt(1, 600)), cal.zone());
      case 1 -> ResponseTarget.ofBusinessTime(Duration.ofSeconds(r.nextInt(1, 200_000)), cal);
      default -> ResponseTarget.ofBusinessDays(r.nextInt(1, 6), cal);
    };
  }

  /**
   * A random valid timeline in a policy's words with every kind of event: severity changes, pauses
   * and resumes (with and without reasons), agent and customer replies, solves and reopens.
   */
  static CaseTimeline timeline(long seed, SlaPolicy policy) {
    SplittableRandom r = new SplittableRandom(seed);
    Instant t = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(r.nextLong(0, 31_536_000));
    List<Severity> severities = policy.severities();
    Severity severity = severities.get(r.nextInt(severities.size()));
    CaseTimeline timeline =
        CaseTimeline.opened(
            t,
            policy.tiers().get(r.nextInt(policy.tiers().size())),
            severity,
            policy.channels().get(r.nextInt(policy.channels().size())),
            area(r, policy));
    boolean paused = false;
    boolean solved = false;
    for (int i = 0, n = r.nextInt(0, 20); i < n; i++) {
      t = t.plusSeconds(r.nextInt(0, 4) == 0 ? 0 : r.nextLong(1, 200_000));
      CaseEvent event;
      if (solved) {
        event = new CaseEvent.Reopened(t);
        solved = false;
      } else {
        int kind = r.nextInt(6);
        if (kind == 0 && severities.size() > 1) {
          Severity next = severity;
          while (next.equals(severity)) {
            next = severities.get(r.nextInt(severities.size()));
          }
          severity = next;
          event = new CaseEvent.SeverityChanged(t, next);
        } else if (kind == 1) {
          String reason = r.nextBoolean() ? null : "reason " + r.nextInt(10);
          event = paused ? new CaseEvent.Resumed(t, reason) : new CaseEvent.Paused(t, reason);
          paused = !paused;
        } else if (kind == 2) {
          event = new CaseEvent.CustomerReplied(t);
        } else if (kind == 3) {
          event = new CaseEvent.Solved(t);
          solved = true;
          paused = false;
        } else {
          event = new CaseEvent.AgentReplied(t);
        }
      }
      timeline = timeline.with(event);
    }
    return timeline;
  }

  private static ApplicationArea area(SplittableRandom r, SlaPolicy policy) {
    if (policy.scope().isUnrestricted()) {
      return ApplicationArea.of("area" + r.nextInt(4));
    }
    List<ApplicationArea> areas = List.copyOf(policy.scope().allAreas());
    return areas.get(r.nextInt(areas.size()));
  }

  @Test
  void randomPolicies_withMetricsEmptyCellsAndPauseRules_roundTripExactly() {
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(SourceDSL.longs().all())
        .checkAssert(
            seed -> {
              SlaPolicy policy = policyWithMetrics(seed);
              String json = binding.writeOrFail(policy);
              SlaPolicy back = binding.readOrFail(json, SlaPolicy.class);
              assertThat(back).as("seed %s: %s", seed, json).isEqualTo(policy);
              assertThat(binding.writeOrFail(back)).as("seed %s", seed).isEqualTo(json);
              assertThat(displayNames(back)).as("seed %s", seed).isEqualTo(displayNames(policy));
              assertThat(back.metrics()).isEqualTo(policy.metrics());
              for (Metric m : policy.metrics()) {
                assertThat(back.pausesStop(m)).isEqualTo(policy.pausesStop(m));
                for (SupportTier tier : policy.tiers()) {
                  for (Severity severity : policy.severities()) {
                    assertThat(back.target(m, tier, severity))
                        .isEqualTo(policy.target(m, tier, severity));
                  }
                }
              }
              assertThat(schemaProblems(policy)).as("seed %s", seed).isEmpty();
            });
  }

  @Test
  void randomTimelines_withEveryEventKind_roundTrip_andGiveEqualStatuses() {
    Set<Class<?>> kinds = new HashSet<>();
    qt().withFixedSeed(SEED)
        .withExamples(150)
        .forAll(SourceDSL.longs().all())
        .checkAssert(
            seed -> {
              SlaPolicy policy = policyWithMetrics(seed);
              CaseTimeline timeline = timeline(seed, policy);
              timeline.events().forEach(e -> kinds.add(e.getClass()));
              String json = binding.writeOrFail(timeline);
              CaseTimeline back = binding.readOrFail(json, CaseTimeline.class);
              assertThat(back.events()).as("seed %s: %s", seed, json).isEqualTo(timeline.events());
              assertThat(binding.writeOrFail(back)).isEqualTo(json);
              assertThat(schemaProblems(timeline)).as("seed %s", seed).isEmpty();
              SlaPolicy policyBack =
                  binding.readOrFail(binding.writeOrFail(policy), SlaPolicy.class);
              Instant now =
                  timeline
                      .events()
                      .get(timeline.events().size() - 1)
                      .at()
                      .plusSeconds(new SplittableRandom(seed).nextLong(0, 400_000));
              // The timeline's words carry ids only (display names live in the policy), so both
              // statuses are of the timeline read back; the policy is the original or read back.
              CaseStatus expected = SlaTracker.of(policy).status(back, now);
              CaseStatus actual = SlaTracker.of(policyBack).status(back, now);
              assertThat(actual).as("seed %s", seed).isEqualTo(expected);
              assertThat(binding.writeOrFail(actual)).isEqualTo(binding.writeOrFail(expected));
              assertThat(schemaProblems(expected)).as("seed %s", seed).isEmpty();
            });
    assertThat(kinds)
        .as("the generator makes every kind of event")
        .hasSize(CaseEvent.class.getPermittedSubclasses().length);
  }

  @Test
  void policyDocument_isVersion2_withVocabularyAndMetrics() throws Exception {
    JsonNode json = MutationCorpusSuite.tree(binding.write(resolutionPolicy()));
    assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
    assertThat(json.get("severities").get(0).toString())
        .isEqualTo("{\"id\":\"P1\",\"name\":\"P1 - outage\"}");
    assertThat(json.get("metrics").get("first_response").get("pauses").asText())
        .isEqualTo("ignore");
    assertThat(json.get("metrics").get("resolution").get("pauses").asText()).isEqualTo("stop");
    assertThat(json.get("metrics").get("resolution").get("targets").get("basic").get("P2").isNull())
        .isTrue();
    assertThat(json.has("targets")).isFalse();
  }

  @Test
  void bareStringIds_areAccepted_withTheIdAsDisplayName() throws Exception {
    String json =
        "{\"formatVersion\":2,\"name\":\"tiny\",\"severities\":[\"P1\",{\"id\":\"P2\",\"name\":\"Minor\"}],"
            + "\"tiers\":[\"basic\"],\"channels\":[\"chat\"],\"coveredChannels\":[\"chat\"],"
            + "\"calendars\":[],\"metrics\":{\"resolution\":{\"targets\":{\"basic\":{"
            + "\"P1\":{\"elapsed\":\"PT8H\",\"zone\":\"UTC\"},\"P2\":null}}}}}";
    SlaPolicy policy = binding.read(json, SlaPolicy.class);
    assertThat(policy.severities())
        .extracting(Severity::displayName)
        .containsExactly("P1", "Minor");
    assertThat(policy.metrics()).containsExactly(Metric.RESOLUTION);
    assertThat(policy.pausesStop(Metric.RESOLUTION)).as("pauses stop by default").isTrue();
    assertThat(policy.target(Metric.RESOLUTION, SupportTier.of("basic"), Severity.of("P2")))
        .isEmpty();
  }

  @Test
  void read_firstResponseEvent_isRefusedInVersion2_sayingToWriteAgentReply() {
    String json =
        "{\"formatVersion\":2,\"events\":[{\"type\":\"opened\",\"at\":\"2026-11-25T20:30:00Z\","
            + "\"tier\":\"premier\",\"severity\":\"high\",\"channel\":\"email\",\"area\":\"editor\"},"
            + "{\"type\":\"first_response\",\"at\":\"2026-11-25T21:00:00Z\"}]}";
    assertThatThrownBy(() -> binding.read(json, CaseTimeline.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("Event type 'first_response' at $.events[1].type")
        .hasMessageContaining("write \"agent_reply\"");
  }

  @Test
  void read_reopenOfAnUnsolvedCase_isRefusedAtTheEvent_withTheModelsMessage() {
    String json =
        "{\"formatVersion\":2,\"events\":[{\"type\":\"opened\",\"at\":\"2026-11-25T20:30:00Z\","
            + "\"tier\":\"premier\",\"severity\":\"high\",\"channel\":\"email\",\"area\":\"editor\"},"
            + "{\"type\":\"agent_reply\",\"at\":\"2026-11-25T21:00:00Z\"},"
            + "{\"type\":\"reopened\",\"at\":\"2026-11-25T22:00:00Z\"}]}";
    assertThatThrownBy(() -> binding.read(json, CaseTimeline.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("Cannot add Reopened[at=2026-11-25T22:00:00Z]")
        .hasMessageContaining("the case is not solved")
        .hasMessageContaining("(at $.events[2])")
        .satisfies(e -> assertThat(binding.details(e).path()).contains("events").contains("[2]"));
  }

  @Test
  void read_policyMistakes_areRefusedAtTheirPathWithTheFix() throws Exception {
    String valid = binding.write(resolutionPolicy());
    assertThatThrownBy(
            () -> binding.read(valid.replace("\"resolution\"", "\"resolutoin\""), SlaPolicy.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("Unknown metric 'resolutoin' at $.metrics.resolutoin")
        .hasMessageContaining("did you mean 'resolution'?");
    assertThatThrownBy(
            () ->
                binding.read(
                    valid.replace("\"pauses\":\"ignore\"", "\"pauses\":\"continue\""),
                    SlaPolicy.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("Unknown pause rule 'continue' at $.metrics.first_response.pauses");
    assertThatThrownBy(
            () ->
                binding.read(
                    valid.replace("\"basic\":{\"P1\"", "\"basci\":{\"P1\""), SlaPolicy.class))
        .isInstanceOf(binding.unrecognizedProperty())
        .hasMessageContaining("The tier 'basci' at $.metrics.first_response.targets.basci")
        .hasMessageContaining("did you mean 'basic'?");
    String missingCell = valid.replaceFirst(",\"P2\":null", "");
    assertThatThrownBy(() -> binding.read(missingCell, SlaPolicy.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("has no target for RESOLUTION basic/P2")
        .hasMessageContaining("noTarget");
    String v1Targets =
        "{\"formatVersion\":2,\"name\":\"x\",\"calendars\":[],\"targets\":{},\"coveredChannels\":[]}";
    assertThatThrownBy(() -> binding.read(v1Targets, SlaPolicy.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("is the version-1 form of a policy")
        .hasMessageContaining("\"formatVersion\": 1");
    String both = valid.replace("\"metrics\":{", "\"targets\":{},\"metrics\":{");
    assertThatThrownBy(() -> binding.read(both, SlaPolicy.class))
        .isInstanceOf(binding.unrecognizedProperty())
        .hasMessageContaining("Unknown property 'targets' at $.targets");
    assertThatThrownBy(
            () ->
                binding.read(
                    valid.replace(
                        "{\"id\":\"P2\",\"name\":\"P2 - minor\"}",
                        "{\"id\":\"P1\",\"name\":\"P2 - minor\"}"),
                    SlaPolicy.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("The severity 'P1' is declared twice at $.severities[1]");
  }

  @Test
  void resolutionTimeline_docsExample_roundTripsWithIdenticalText() throws Exception {
    String text = Files.readString(RESOLUTION_TIMELINE);
    CaseTimeline timeline = binding.read(text, CaseTimeline.class);
    assertThat(timeline.events())
        .extracting(e -> e.getClass().getSimpleName())
        .contains("AgentReplied", "CustomerReplied", "Paused", "Resumed", "Solved", "Reopened");
    assertThat(binding.writePretty(timeline) + "\n").isEqualTo(text);
    assertThat(schemaProblems(timeline)).isEmpty();
  }

  @Test
  void status_isWrittenPerMetric_withCyclesAndFacts() throws Exception {
    CaseTimeline timeline = binding.read(Files.readString(RESOLUTION_TIMELINE), CaseTimeline.class);
    SlaPolicy policy = resolutionPolicy();
    CaseStatus status =
        SlaTracker.of(policy).status(timeline, Instant.parse("2027-03-26T12:00:00Z"));
    JsonNode json = MutationCorpusSuite.tree(binding.write(status));
    assertThat(schemaProblems(status)).isEmpty();
    assertThat(json.get("formatVersion").asInt()).isEqualTo(2);
    assertThat(json.get("severity").asText()).isEqualTo("P2");
    assertThat(json.get("coverage").get("covered").asBoolean()).isTrue();
    assertThat(json.get("respondedAt").asText()).isEqualTo("2027-03-23T09:30:00Z");
    List<String> names = new ArrayList<>();
    json.get("metrics").fieldNames().forEachRemaining(names::add);
    assertThat(names).containsExactly("first_response", "resolution");
    for (Metric metric : policy.metrics()) {
      MetricStatus m = status.metric(metric);
      JsonNode node = json.get("metrics").get(metric.id().toLowerCase(java.util.Locale.ROOT));
      assertThat(node.get("state").asText())
          .isEqualTo(m.state().name().toLowerCase(java.util.Locale.ROOT));
      assertThat(node.get("cycle").asInt()).isEqualTo(m.cycle());
      assertThat(node.get("cyclesMet").asInt()).isEqualTo(m.cyclesMet());
      assertThat(node.get("cyclesBreached").asInt()).isEqualTo(m.cyclesBreached());
      m.deadline()
          .ifPresent(d -> assertThat(node.get("deadline").asText()).isEqualTo(d.toString()));
      m.stoppedAt()
          .ifPresent(s -> assertThat(node.get("stoppedAt").asText()).isEqualTo(s.toString()));
      assertThat(node.get("explanation")).hasSize(m.explanation().steps().size());
      for (int i = 0; i < m.explanation().steps().size(); i++) {
        Map<String, Object> facts = m.explanation().steps().get(i).facts();
        JsonNode written = node.get("explanation").get(i).get("facts");
        assertThat(written.size()).isEqualTo(facts.size());
        facts.forEach(
            (k, v) -> {
              JsonNode f = written.get(k);
              if (v instanceof Integer n) {
                assertThat(f.isIntegralNumber() && f.asInt() == n).as(k).isTrue();
              } else if (v instanceof Boolean bool) {
                assertThat(f.isBoolean() && f.asBoolean() == bool).as(k).isTrue();
              } else {
                assertThat(f.asText()).as(k).isEqualTo(v.toString());
              }
            });
      }
    }
    JsonNode resolution = json.get("metrics").get("resolution");
    assertThat(resolution.get("state").asText()).isEqualTo("met");
    assertThat(resolution.get("stoppedAt").asText()).isEqualTo("2027-03-26T11:00:00Z");
  }

  @Test
  void status_ofACellLeftEmpty_saysNoTarget() throws Exception {
    CaseTimeline timeline =
        CaseTimeline.opened(
            Instant.parse("2027-03-23T08:00:00Z"),
            SupportTier.of("basic"),
            Severity.of("P2"),
            Channel.of("phone"),
            ApplicationArea.of("billing"));
    CaseStatus status =
        SlaTracker.of(resolutionPolicy()).status(timeline, Instant.parse("2027-03-23T09:00:00Z"));
    JsonNode resolution =
        MutationCorpusSuite.tree(binding.write(status)).get("metrics").get("resolution");
    assertThat(resolution.get("state").asText()).isEqualTo("not_applicable");
    assertThat(resolution.get("coverage").get("reason").asText()).isEqualTo("no_target");
    assertThat(resolution.has("deadline")).isFalse();
    assertThat(schemaProblems(status)).isEmpty();
  }

  @Test
  void selection_embedsVersion2Policies_andRoundTrips() throws Exception {
    SlaPolicy policy = resolutionPolicy();
    PolicySelection selection =
        PolicySelection.builder("desk")
            .when(Condition.tier(SupportTier.of("basic")), policy)
            .otherwise(policyWithMetrics(7))
            .build();
    String json = binding.write(selection);
    assertThat(json).startsWith("{\"formatVersion\":2,").contains("\"metrics\":{");
    PolicySelection back = binding.read(json, PolicySelection.class);
    assertThat(back).isEqualTo(selection);
    assertThat(binding.write(back)).isEqualTo(json);
    assertThat(schemaProblems(selection)).isEmpty();
  }

  // The mutation corpus over version-2 documents: every single mutation is refused (or, where the
  // format allows the mutant, read) with Jackson's exception and a path, never anything else.

  @TestFactory
  List<DynamicTest> policyWithMetrics_everySingleMutation_isRefusedWithJacksonsException()
      throws Exception {
    return MutationCorpusSuite.corpus(binding, "policy v2", resolutionPolicy(), SlaPolicy.class);
  }

  @TestFactory
  List<DynamicTest> resolutionTimeline_everySingleMutation_isRefusedWithJacksonsException()
      throws Exception {
    Object timeline = binding.read(Files.readString(RESOLUTION_TIMELINE), CaseTimeline.class);
    return MutationCorpusSuite.corpus(binding, "timeline v2", timeline, CaseTimeline.class);
  }

  @TestFactory
  List<DynamicTest> selectionOfVersion2Policies_everySingleMutation_isRefused() throws Exception {
    PolicySelection selection =
        PolicySelection.builder("desk")
            .when(Condition.channel(Channel.of("chat")), resolutionPolicy())
            .otherwise(resolutionPolicy())
            .build();
    return MutationCorpusSuite.corpus(binding, "selection v2", selection, PolicySelection.class);
  }

  /**
   * A small help-desk policy in its own words: first response (pauses ignored) and resolution (a
   * cell left empty), on one business calendar and around the clock.
   */
  static SlaPolicy resolutionPolicy() {
    ZoneId berlin = ZoneId.of("Europe/Berlin");
    BusinessCalendar hours =
        BusinessCalendar.builder(berlin)
            .name("Berlin hours")
            .hours(
                java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.FRIDAY,
                java.time.LocalTime.of(8, 0),
                java.time.LocalTime.of(18, 0))
            .build();
    Severity p1 = Severity.of("P1", "P1 - outage");
    Severity p2 = Severity.of("P2", "P2 - minor");
    SupportTier enterprise = SupportTier.of("enterprise", "Enterprise");
    SupportTier basic = SupportTier.of("basic", "Basic");
    Channel phone = Channel.of("phone", "Phone");
    Channel chat = Channel.of("chat", "Chat");
    return SlaPolicy.builder()
        .name("help desk")
        .severities(p1, p2)
        .tiers(enterprise, basic)
        .channels(phone, chat)
        .coveredChannels(Set.of(phone, chat))
        .target(enterprise, p1, ResponseTarget.ofElapsed(Duration.ofHours(1), berlin))
        .target(enterprise, p2, ResponseTarget.ofBusinessTime(Duration.ofHours(2), hours))
        .target(basic, p1, ResponseTarget.ofBusinessTime(Duration.ofHours(4), hours))
        .target(basic, p2, ResponseTarget.ofBusinessDays(1, hours))
        .pausesStop(Metric.FIRST_RESPONSE, false)
        .target(
            Metric.RESOLUTION,
            enterprise,
            p1,
            ResponseTarget.ofElapsed(Duration.ofHours(8), berlin))
        .target(Metric.RESOLUTION, enterprise, p2, ResponseTarget.ofBusinessDays(3, hours))
        .target(Metric.RESOLUTION, basic, p1, ResponseTarget.ofBusinessDays(2, hours))
        .noTarget(Metric.RESOLUTION, basic, p2)
        .build();
  }

  private static List<List<String>> displayNames(SlaPolicy policy) {
    return List.of(
        policy.severities().stream().map(Severity::displayName).toList(),
        policy.tiers().stream().map(SupportTier::displayName).toList(),
        policy.channels().stream().map(Channel::displayName).toList());
  }

  private java.util.Set<?> schemaProblems(Object value) {
    try {
      return SchemaSuite.validate(binding, value);
    } catch (Exception ex) {
      throw new AssertionError(ex);
    }
  }
}
