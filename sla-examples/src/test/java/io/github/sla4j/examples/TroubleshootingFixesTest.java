package io.github.sla4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.TimeWindow;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TroubleshootingFixesTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void touchingWindows_mergeIntoOne() {
    BusinessCalendar cal =
        TroubleshootingFixes.touchingWindows(BusinessCalendar.builder(NEW_YORK)).build();
    assertThat(cal.weeklyHours(DayOfWeek.MONDAY))
        .containsExactly(TimeWindow.of(LocalTime.of(9, 0), LocalTime.of(17, 0)));
  }

  @Test
  void nightShift_isOneStretchAcrossMidnight() {
    BusinessCalendar cal =
        TroubleshootingFixes.nightShift(BusinessCalendar.builder(NEW_YORK)).build();
    Instant mondayNight = Instant.parse("2026-11-24T04:00:00Z"); // Mon 23:00 EST
    assertThat(cal.nextClose(mondayNight)).isEqualTo(Instant.parse("2026-11-24T11:00:00Z"));
  }

  @Test
  void withOpenHours_isOpenOnWeekdays() {
    assertThat(
            TroubleshootingFixes.withOpenHours(NEW_YORK)
                .isWorkingDate(java.time.LocalDate.of(2026, 11, 25)))
        .isTrue();
  }

  @Test
  void everyCell_buildsAPolicyWithEveryTarget() {
    SlaPolicy policy = TroubleshootingFixes.everyCell(NEW_YORK);
    assertThat(policy.severities()).hasSize(3);
    assertThat(policy.tiers()).hasSize(2);
    for (SupportTier tier : policy.tiers()) {
      for (Severity severity : policy.severities()) {
        assertThat(policy.target(tier, severity))
            .isEqualTo(ResponseTarget.ofElapsed(Duration.ofHours(4), NEW_YORK));
      }
    }
  }

  @Test
  void pauseThenResume_isAValidTimeline() {
    assertThat(TroubleshootingFixes.pauseThenResume(Instant.parse("2026-11-25T15:00:00Z")).events())
        .hasSize(3);
  }
}
