package io.github.sla4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --metric} on {@code sla status} and {@code sla deadline}, with the Berlin help desk. */
class MetricOptionCliTest {

  @TempDir Path dir;

  static final String POLICY = "../docs/examples/berlin-helpdesk-policy.json";
  static final String TIMELINE = "../docs/examples/resolution-timeline.json";

  @Test
  void status_withoutMetric_printsEveryMeasuredMetric() {
    CliRun run =
        CliRun.of(
            "status", "--policy", POLICY, "--timeline", TIMELINE, "--now", "2027-03-24T12:00Z");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Metric     First response")
        .contains("Metric     Resolution")
        .contains("Responded  2027-03-23T09:30:00Z");
  }

  @Test
  void status_metricResolution_printsOnlyIt_inTheFormatsSpelling() {
    CliRun run =
        CliRun.of(
            "status",
            "--policy",
            POLICY,
            "--timeline",
            TIMELINE,
            "--now",
            "2027-03-24T12:00Z",
            "--metric",
            "resolution");
    assertThat(run.exitCode()).as(run.err()).isZero();
    // 2 business days from Tue 09:00 Berlin = Thu 09:00; paused Tue 13:30 to Wed 09:00 (5 h 30 min
    // of business time), so due Thu 14:30.
    assertThat(run.out())
        .contains("Metric     Resolution")
        .doesNotContain("Metric     First response")
        .contains("Deadline   2027-03-25T13:30:00Z")
        .contains("Remaining  11h 30m");
  }

  @Test
  void status_json_hasOneEntryPerMetricShown() throws Exception {
    CliRun run =
        CliRun.of(
            "status",
            "--policy",
            POLICY,
            "--timeline",
            TIMELINE,
            "--now",
            "2027-03-24T12:00Z",
            "--metric",
            "first-response,resolution",
            "--json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode json = new ObjectMapper().readTree(run.out());
    assertThat(json.at("/metrics/first_response/state").asText()).isEqualTo("met");
    assertThat(json.at("/metrics/resolution/deadline").asText()).isEqualTo("2027-03-25T13:30:00Z");
    assertThat(json.at("/status/metrics/resolution/state").asText()).isEqualTo("running");
  }

  @Test
  void status_unmeasuredMetric_isBadInputListingTheMeasuredOnes() {
    CliRun run =
        CliRun.of("status", "--policy", POLICY, "--timeline", TIMELINE, "--metric", "next_reply");
    assertThat(run.exitCode()).isEqualTo(SlaCli.BAD_INPUT);
    assertThat(run.err())
        .contains("--metric")
        .contains("does not measure the metric 'next_reply'")
        .contains("FIRST_RESPONSE, RESOLUTION");
  }

  @Test
  void deadline_metricResolution_andACyclicMetricIsRefused() throws Exception {
    CliRun resolution = enterpriseP2Deadline(POLICY, "resolution");
    assertThat(resolution.exitCode()).as(resolution.err()).isZero();
    assertThat(resolution.out()).contains("Metric     Resolution").contains("2 business days");
    String nextReply =
        Files.readString(Path.of(POLICY)).replace("\"resolution\" : {", "\"next_reply\" : {");
    assertThat(nextReply).contains("\"next_reply\"");
    Path file = dir.resolve("next-reply-policy.json");
    Files.writeString(file, nextReply);
    CliRun cyclic = enterpriseP2Deadline(file.toString(), "next-reply");
    assertThat(cyclic.exitCode()).isEqualTo(SlaCli.BAD_INPUT);
    assertThat(cyclic.err()).contains("next_reply has no deadline at the opening");
  }

  /** {@code sla deadline} for an Enterprise P2 phone case about billing, opened Thu 17:00. */
  private static CliRun enterpriseP2Deadline(String policy, String metric) {
    return CliRun.of(
        "deadline",
        "--policy",
        policy,
        "--tier",
        "enterprise",
        "--severity",
        "p2",
        "--channel",
        "phone",
        "--area",
        "billing",
        "--opened",
        "2027-03-25T17:00",
        "--metric",
        metric);
  }
}
