package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.PolicySelection;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.policy.ThreekitPolicy;
import io.github.sla4j.tracking.CaseEvent;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Documents of format version 1 (kept under {@code docs/examples/v1/} as they were written) still
 * read, into values equal to their version-2 forms, with the same deadlines and statuses.
 */
public abstract class Version1CompatibilitySuite {

  private final JsonBinding binding;

  protected Version1CompatibilitySuite(JsonBinding binding) {
    this.binding = binding;
  }

  private static final Path V1 = Path.of("../docs/examples/v1");
  private static final Path V2 = Path.of("../docs/examples");

  @Test
  void threekitPolicy_version1_readsAsTheSeedPolicy_withTheSameDeadlines() throws Exception {
    SlaPolicy v1 =
        binding.read(Files.readString(V1.resolve("threekit-policy.json")), SlaPolicy.class);
    SlaPolicy v2 =
        binding.read(Files.readString(V2.resolve("threekit-policy.json")), SlaPolicy.class);
    assertThat(v1).isEqualTo(SlaPolicy.threekit()).isEqualTo(v2);
    assertThat(v1.metrics()).containsExactly(Metric.FIRST_RESPONSE);
    assertThat(v1.pausesStop(Metric.FIRST_RESPONSE)).isTrue();
    assertThat(binding.writePretty(v1) + "\n")
        .as("a version-1 document is written back in version 2")
        .isEqualTo(Files.readString(V2.resolve("threekit-policy.json")));
    Instant t = Instant.parse("2026-01-01T00:00:00Z");
    for (int i = 0; i < 1000; i++) {
      t = t.plus(Duration.ofMinutes(1381));
      for (SupportTier tier : ThreekitPolicy.TIERS) {
        for (Severity severity : ThreekitPolicy.SEVERITIES) {
          assertThat(v1.responseDeadline(tier, severity, t))
              .isEqualTo(SlaPolicy.threekit().responseDeadline(tier, severity, t));
        }
      }
    }
  }

  @Test
  void timelines_version1_readAsTheirVersion2Forms_withTheSameStatuses() throws Exception {
    SlaTracker tracker = SlaTracker.of(SlaPolicy.threekit());
    for (String file : new String[] {"case-timeline.json", "status-example-timeline.json"}) {
      CaseTimeline v1 = binding.read(Files.readString(V1.resolve(file)), CaseTimeline.class);
      CaseTimeline v2 = binding.read(Files.readString(V2.resolve(file)), CaseTimeline.class);
      assertThat(v1.events()).as(file).isEqualTo(v2.events());
      assertThat(binding.writePretty(v1) + "\n").isEqualTo(Files.readString(V2.resolve(file)));
      Instant opened = v1.opened().at();
      for (int h = 0; h < 24 * 14; h += 5) {
        Instant now = opened.plus(Duration.ofHours(h));
        assertThat(tracker.status(v1, now))
            .as("%s at %s", file, now)
            .isEqualTo(tracker.status(v2, now));
        assertThat(tracker.status(v1, now).deadline())
            .isEqualTo(tracker.status(v2, now).deadline());
      }
    }
  }

  @Test
  void firstResponseEvent_inVersion1_readsAsAnAgentReply() throws Exception {
    String json =
        "{\"formatVersion\":1,\"events\":[{\"type\":\"opened\",\"at\":\"2026-11-25T20:30:00Z\","
            + "\"tier\":\"premier\",\"severity\":\"high\",\"channel\":\"email\",\"area\":\"editor\"},"
            + "{\"type\":\"first_response\",\"at\":\"2026-11-25T21:00:00Z\"}]}";
    CaseTimeline timeline = binding.read(json, CaseTimeline.class);
    assertThat(timeline.events().get(1))
        .isEqualTo(new CaseEvent.AgentReplied(Instant.parse("2026-11-25T21:00:00Z")));
    assertThat(binding.writePretty(timeline)).contains("\"agent_reply\"");
    String event =
        "{\"formatVersion\":1,\"type\":\"first_response\",\"at\":\"2026-11-25T21:00:00Z\"}";
    assertThat(binding.read(event, CaseEvent.class))
        .isEqualTo(new CaseEvent.AgentReplied(Instant.parse("2026-11-25T21:00:00Z")));
  }

  @Test
  void version1Policy_keepsItsOwnShape_version2PropertiesAreUnknownThere() throws Exception {
    String v1 = Files.readString(V1.resolve("threekit-policy.json"));
    String withSeverities =
        v1.replaceFirst("\"name\" :", "\"severities\" : [ \"critical\" ],\n  \"name\" :");
    assertThatThrownBy(() -> binding.read(withSeverities, SlaPolicy.class))
        .isInstanceOf(binding.unrecognizedProperty())
        .hasMessageContaining("'severities' at $.severities");
  }

  @Test
  void selection_version1_embedsVersion1Policies() throws Exception {
    String policy = Files.readString(V1.resolve("threekit-policy.json"));
    String embedded = policy.replace("\"formatVersion\" : 1,", "");
    String json =
        "{\"formatVersion\":1,\"name\":\"desk\",\"rules\":[{\"when\":{\"always\":{}},\"policy\":"
            + embedded
            + "}]}";
    PolicySelection selection = binding.read(json, PolicySelection.class);
    assertThat(selection.rules().get(0).policy()).isEqualTo(SlaPolicy.threekit());
    assertThat(binding.writePretty(selection)).startsWith("{\n  \"formatVersion\" : 2,");
  }

  @Test
  void otherVersions_areRefused_namingBoth() {
    for (String version : new String[] {"0", "3"}) {
      String json = "{\"formatVersion\":" + version + ",\"events\":[]}";
      assertThatThrownBy(() -> binding.read(json, CaseTimeline.class))
          .isInstanceOf(binding.mismatchedInput())
          .hasMessageContaining("Unsupported formatVersion " + version + " at $")
          .hasMessageContaining("reads format version 1 or 2");
    }
  }
}
