package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaState;
import io.github.sla4j.tracking.SlaTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

public abstract class TimelineJsonSuite {

  private final JsonBinding binding;

  protected TimelineJsonSuite(JsonBinding binding) {
    this.binding = binding;
  }

  public static final Path TIMELINE_JSON = Path.of("../docs/examples/case-timeline.json");

  @Test
  void docsTimeline_roundTrips_withIdenticalText() throws Exception {
    String text = Files.readString(TIMELINE_JSON);
    CaseTimeline timeline = binding.read(text, CaseTimeline.class);
    assertThat(timeline.events()).hasSize(4);
    assertThat(binding.writePretty(timeline) + "\n").isEqualTo(text);
  }

  @Test
  void read_offsetDateTime_isTheSameInstant() throws Exception {
    String json =
        "{\"formatVersion\":1,\"events\":[{\"type\":\"opened\",\"at\":\"2026-11-25T15:30:00-05:00\","
            + "\"tier\":\"premier\",\"severity\":\"high\",\"channel\":\"email\",\"area\":\"editor\"}]}";
    CaseTimeline timeline = binding.read(json, CaseTimeline.class);
    assertThat(timeline.opened().at()).isEqualTo(Instant.parse("2026-11-25T20:30:00Z"));
  }

  @Test
  void read_eventsOutOfOrder_isRefusedWithPath() {
    String json =
        "{\"formatVersion\":1,\"events\":[{\"type\":\"opened\",\"at\":\"2026-11-25T20:30:00Z\","
            + "\"tier\":\"premier\",\"severity\":\"high\",\"channel\":\"email\",\"area\":\"editor\"},"
            + "{\"type\":\"paused\",\"at\":\"2026-11-25T19:00:00Z\"}]}";
    assertThatThrownBy(() -> binding.read(json, CaseTimeline.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("$.events");
  }

  @Test
  void read_unknownEventType_namesTheKnownOnes() {
    String json =
        "{\"formatVersion\":1,\"events\":[{\"type\":\"closed\",\"at\":\"2026-11-25T20:30:00Z\"}]}";
    assertThatThrownBy(() -> binding.read(json, CaseTimeline.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("$.events[0].type")
        .hasMessageContaining("agent_reply");
  }

  @Test
  void status_isWrittenWithDeadlineThresholdsAndExplanation() throws Exception {
    CaseTimeline timeline = binding.read(Files.readString(TIMELINE_JSON), CaseTimeline.class);
    CaseStatus status =
        SlaTracker.of(SlaPolicy.threekit()).status(timeline, Instant.parse("2026-11-27T15:00:00Z"));
    assertThat(status.state()).isEqualTo(SlaState.BREACHED);
    JsonNode json =
        MutationCorpusSuite.tree(binding.write(status)).get("metrics").get("first_response");
    assertThat(json.get("state").asText()).isEqualTo("breached");
    assertThat(json.get("deadline").asText()).isEqualTo(status.deadline().orElseThrow().toString());
    assertThat(json.get("breachedAt").asText()).isEqualTo("2026-11-27T14:00:00Z");
    assertThat(json.get("thresholds")).hasSize(4);
    assertThat(json.get("thresholds").get(3).get("at").asText())
        .isEqualTo(json.get("deadline").asText());
    assertThat(json.get("explanation").toString()).contains("Thanksgiving Day");
  }

  @Test
  void withThresholds_changesTheWrittenThresholds() throws Exception {
    CaseTimeline timeline = binding.read(Files.readString(TIMELINE_JSON), CaseTimeline.class);
    CaseStatus status =
        SlaTracker.of(SlaPolicy.threekit()).status(timeline, Instant.parse("2026-11-25T21:30:00Z"));
    JsonNode json =
        MutationCorpusSuite.tree(binding.writeWithThresholds(status, 0.9))
            .get("metrics")
            .get("first_response");
    assertThat(json.get("thresholds")).hasSize(1);
    assertThat(json.get("state").asText()).isEqualTo("paused");
  }

  @Test
  void singleEvents_roundTrip_asTheirOwnDocuments() throws Exception {
    CaseTimeline timeline = binding.read(Files.readString(TIMELINE_JSON), CaseTimeline.class);
    for (io.github.sla4j.tracking.CaseEvent event : timeline.events()) {
      String json = binding.writePretty(event);
      assertThat(json).startsWith("{\n  \"formatVersion\" : 2,");
      assertThat(binding.read(json, io.github.sla4j.tracking.CaseEvent.class)).isEqualTo(event);
    }
  }

  @Test
  void singleEvent_withAFieldOfAnotherType_isRefused() {
    String json =
        "{\"formatVersion\":1,\"type\":\"paused\",\"at\":\"2026-11-25T20:30:00Z\",\"severity\":\"high\"}";
    assertThatThrownBy(() -> binding.read(json, io.github.sla4j.tracking.CaseEvent.class))
        .isInstanceOf(binding.unrecognizedProperty())
        .hasMessageContaining("$.severity");
  }

  @Test
  void openingAttributes_roundTrip_areWrittenOnlyWhenPresent_andFeedPolicySelection()
      throws Exception {
    io.github.sla4j.policy.CaseFacts facts =
        io.github.sla4j.policy.CaseFacts.of(
                io.github.sla4j.policy.SupportTier.PREMIER,
                io.github.sla4j.policy.Severity.HIGH,
                io.github.sla4j.policy.Channel.EMAIL,
                io.github.sla4j.policy.ApplicationArea.EDITOR)
            .withAttribute("organization", "acme")
            .withAttribute("tags", "vip", "beta");
    CaseTimeline timeline = CaseTimeline.opened(Instant.parse("2026-11-25T20:30:00Z"), facts);
    String json = binding.write(timeline);
    assertThat(json)
        .contains("\"attributes\":{\"organization\":[\"acme\"],\"tags\":[\"vip\",\"beta\"]}");
    CaseTimeline back = binding.read(json, CaseTimeline.class);
    assertThat(back).isEqualTo(timeline);
    assertThat(back.opened().facts()).isEqualTo(facts);
    assertThat(SchemaSuite.validate(binding, timeline)).isEmpty();
    assertThat(
            binding.write(
                CaseTimeline.opened(
                    Instant.parse("2026-11-25T20:30:00Z"), facts.withAttribute("x"))))
        .contains("\"x\":[]");
    String blank = json.replace("\"organization\"", "\" \"");
    assertThatThrownBy(() -> binding.read(blank, CaseTimeline.class))
        .isInstanceOf(binding.refusal())
        .hasMessageContaining("attribute");
    String number = json.replace("[\"acme\"]", "[7]");
    assertThatThrownBy(() -> binding.read(number, CaseTimeline.class))
        .isInstanceOf(binding.refusal())
        .hasMessageContaining("attribute value");
  }
}
