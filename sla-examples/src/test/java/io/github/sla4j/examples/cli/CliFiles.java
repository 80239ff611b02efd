package io.github.sla4j.examples.cli;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseTimeline;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;

/** Test inputs, written as JSON files through the sla4j Jackson module. */
final class CliFiles {

  private CliFiles() {}

  static Instant newYork(String local) {
    return LocalDateTime.parse(local).atZone(SlaPolicy.THREEKIT_ZONE).toInstant();
  }

  /**
   * A Premier Medium case about the API opened Wed 2026-11-18 10:00 EST, paused 12:00 until Thu
   * 09:00, escalated to Urgent at Thu 10:00: under the retroactive rule the deadline is Thu 11:00.
   */
  static CaseTimeline escalatedCase() {
    return CaseTimeline.opened(
            newYork("2026-11-18T10:00"),
            SupportTier.PREMIER,
            Severity.MEDIUM,
            Channel.SUPPORT_PORTAL,
            ApplicationArea.API)
        .withPause(newYork("2026-11-18T12:00"))
        .withResume(newYork("2026-11-19T09:00"))
        .withSeverityChange(newYork("2026-11-19T10:00"), Severity.URGENT);
  }

  static Path write(Path file, Object value) throws IOException {
    Inputs.MAPPER.writerWithDefaultPrettyPrinter().writeValue(file.toFile(), value);
    return file;
  }
}
