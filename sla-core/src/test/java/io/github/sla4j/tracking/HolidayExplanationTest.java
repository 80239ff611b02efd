package io.github.sla4j.tracking;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class HolidayExplanationTest {

  private static Instant ny(String local) {
    return LocalDateTime.parse(local).atZone(SlaPolicy.THREEKIT_ZONE).toInstant();
  }

  private static long holidaySteps(CaseStatus status) {
    return status.explanation().steps().stream()
        .filter(s -> s.kind() == StepKind.HOLIDAY_SKIPPED)
        .count();
  }

  private static CaseTimeline premierHigh(String openedAt) {
    return CaseTimeline.opened(
        ny(openedAt), SupportTier.PREMIER, Severity.HIGH, Channel.EMAIL, ApplicationArea.EDITOR);
  }

  @Test
  void holidayInsideTheTarget_isNamedOnce() {
    CaseStatus status =
        SlaTracker.of(SlaPolicy.threekit())
            .status(premierHigh("2026-11-25T12:00"), ny("2026-11-25T13:00"));
    assertThat(holidaySteps(status)).isEqualTo(1);
    assertThat(status.explanation().toString()).contains("Thanksgiving Day (Thu 2026-11-26)");
  }

  @Test
  void holidayWithSpecialHours_isNotSkipped_soNotNamed() {
    BusinessCalendar open =
        BusinessCalendar.builder(SlaPolicy.THREEKIT_ZONE)
            .name("open on Thanksgiving morning")
            .hours(
                java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.FRIDAY,
                LocalTime.of(3, 0),
                LocalTime.of(18, 0))
            .holidays(HolidayCalendar.usFederal())
            .specialHours(LocalDate.of(2026, 11, 26), LocalTime.of(9, 0), LocalTime.of(12, 0))
            .build();
    SlaPolicy policy =
        SlaPolicy.threekit().toBuilder()
            .target(SupportTier.PREMIER, Severity.HIGH, ResponseTarget.ofBusinessDays(1, open))
            .build();
    CaseStatus status =
        SlaTracker.of(policy).status(premierHigh("2026-11-25T12:00"), ny("2026-11-25T13:00"));
    assertThat(holidaySteps(status)).isZero();
    // One business day from Wednesday 12:00 (9 h into the day) is 9 h into Thursday, capped at
    // Thursday's 3 special hours: Thursday 12:00.
    assertThat(status.deadline()).contains(ny("2026-11-26T12:00"));
  }
}
