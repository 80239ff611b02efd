package io.github.sla4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaState;
import io.github.sla4j.tracking.SlaTracker;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * The example of testing code that uses sla4j: the service takes a {@link Clock}, the test fixes
 * it, and the answers are the same on every run.
 */
class SlaMonitorTest {

  private static final SlaTracker TRACKER = SlaTracker.of(SlaPolicy.threekit());

  private static final CaseTimeline PREMIER_HIGH =
      CaseTimeline.opened(
          LocalDateTime.parse("2026-11-18T09:00").atZone(SlaPolicy.THREEKIT_ZONE).toInstant(),
          SupportTier.PREMIER,
          Severity.HIGH,
          Channel.SUPPORT_PORTAL,
          ApplicationArea.PLAYER);

  private static SlaMonitor monitorAt(String instant) {
    return new SlaMonitor(TRACKER, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
  }

  @Test
  void statusOf_beforeTheDeadline_isRunning() {
    assertThat(monitorAt("2026-11-18T17:00:00Z").statusOf(PREMIER_HIGH).state())
        .isEqualTo(SlaState.RUNNING);
  }

  @Test
  void isBreached_atTheDeadline_isFalse_oneNanosecondLater_isTrue() {
    // 1 business day from Wed 09:00 EST is Thu 09:00 EST = 14:00Z; on time means at or before.
    assertThat(monitorAt("2026-11-19T14:00:00Z").isBreached(PREMIER_HIGH)).isFalse();
    assertThat(monitorAt("2026-11-19T14:00:00.000000001Z").isBreached(PREMIER_HIGH)).isTrue();
  }
}
