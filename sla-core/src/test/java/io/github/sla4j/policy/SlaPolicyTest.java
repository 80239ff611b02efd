package io.github.sla4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.holiday.HolidayCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlaPolicyTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final SlaPolicy THREEKIT = SlaPolicy.threekit();

  static Instant ny(String localDateTime) {
    return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
  }

  @ParameterizedTest(name = "{0} {1} opened Wed 2026-11-18 10:00 -> {2}")
  @CsvSource({
    "STANDARD, CRITICAL, 2026-11-18T14:00",
    "STANDARD, URGENT,   2026-11-20T10:00",
    "STANDARD, HIGH,     2026-11-20T10:00",
    "STANDARD, MEDIUM,   2026-11-20T10:00",
    "PREMIER,  CRITICAL, 2026-11-18T12:00",
    "PREMIER,  URGENT,   2026-11-18T14:00",
    "PREMIER,  HIGH,     2026-11-19T10:00",
    "PREMIER,  MEDIUM,   2026-11-20T10:00"
  })
  void responseDeadline_everyCellOfTheTable(String tier, String severity, String due) {
    assertThat(
            THREEKIT.responseDeadline(
                SupportTier.of(tier), Severity.of(severity), ny("2026-11-18T10:00")))
        .isEqualTo(ny(due));
  }

  @ParameterizedTest(name = "{0} {1} opened Sat 2026-11-21 10:00 -> {2}")
  @CsvSource({
    "STANDARD, CRITICAL, 2026-11-21T14:00",
    "STANDARD, MEDIUM,   2026-11-24T18:00",
    "PREMIER,  CRITICAL, 2026-11-21T12:00",
    "PREMIER,  URGENT,   2026-11-23T07:00",
    "PREMIER,  HIGH,     2026-11-23T18:00",
    "PREMIER,  MEDIUM,   2026-11-24T18:00"
  })
  void responseDeadline_caseOnSaturday_clockStartsMonday(String tier, String severity, String due) {
    assertThat(
            THREEKIT.responseDeadline(
                SupportTier.of(tier), Severity.of(severity), ny("2026-11-21T10:00")))
        .isEqualTo(ny(due));
  }

  @Test
  void responseDeadline_friday1700UrgentPremier_isMonday0600() {
    assertThat(
            THREEKIT.responseDeadline(SupportTier.PREMIER, Severity.URGENT, ny("2026-11-20T17:00")))
        .isEqualTo(ny("2026-11-23T06:00"));
  }

  @Test
  void responseDeadline_dayBeforeThanksgiving_skipsTheHoliday() {
    assertThat(
            THREEKIT.responseDeadline(SupportTier.PREMIER, Severity.HIGH, ny("2026-11-25T12:00")))
        .isEqualTo(ny("2026-11-27T12:00"));
  }

  @Test
  void withHolidays_none_thanksgivingIsAWorkingDay() {
    SlaPolicy noHolidays = THREEKIT.withHolidays(HolidayCalendar.none());
    assertThat(
            noHolidays.responseDeadline(SupportTier.PREMIER, Severity.HIGH, ny("2026-11-25T12:00")))
        .isEqualTo(ny("2026-11-26T12:00"));
    assertThat(noHolidays).isEqualTo(SlaPolicy.threekit(HolidayCalendar.none()));
    assertThat(noHolidays.hashCode())
        .isEqualTo(SlaPolicy.threekit(HolidayCalendar.none()).hashCode());
    assertThat(noHolidays).isNotEqualTo(THREEKIT);
  }

  @Test
  void responseDeadline_criticalAcrossSpringForward_isElapsedTime() {
    Instant opened = ny("2026-03-08T00:30");
    Instant due = THREEKIT.responseDeadline(SupportTier.STANDARD, Severity.CRITICAL, opened);
    assertThat(due).isEqualTo(opened.plus(Duration.ofHours(4)));
    assertThat(due.atZone(NEW_YORK).toLocalDateTime()).isEqualTo("2026-03-08T05:30");
  }

  @Test
  void responseDeadline_criticalAcrossFallBack_isElapsedTime() {
    Instant opened = ny("2026-11-01T00:30");
    Instant due = THREEKIT.responseDeadline(SupportTier.STANDARD, Severity.CRITICAL, opened);
    assertThat(due).isEqualTo(opened.plus(Duration.ofHours(4)));
    assertThat(due.atZone(NEW_YORK).toLocalDateTime()).isEqualTo("2026-11-01T03:30");
  }

  @Test
  void coverage_forumPost_isNotCovered() {
    DeadlineResult result =
        THREEKIT.responseDeadline(
            SupportTier.PREMIER,
            Severity.CRITICAL,
            Channel.FORUM,
            ApplicationArea.EDITOR,
            ny("2026-11-18T10:00"));
    assertThat(result.deadline()).isEmpty();
    assertThat(result.reason()).contains(NotCoveredReason.CHANNEL_NOT_COVERED);
    assertThat(result.coverage().message()).contains("FORUM");
  }

  @Test
  void coverage_standardCaseInPremierOnlyArea_isNotCovered() {
    for (ApplicationArea area : ThreekitPolicy.AREAS) {
      Coverage standard = THREEKIT.coverage(SupportTier.STANDARD, Channel.EMAIL, area);
      assertThat(standard.isCovered())
          .as(area.name())
          .isEqualTo(ThreekitPolicy.NATIVE_PLATFORM_AREAS.contains(area));
      assertThat(THREEKIT.coverage(SupportTier.PREMIER, Channel.SUPPORT_PORTAL, area).isCovered())
          .isTrue();
    }
    Coverage crm =
        THREEKIT.coverage(
            SupportTier.STANDARD, Channel.EMAIL, ApplicationArea.CUSTOM_CRM_INTEGRATION);
    assertThat(crm.reason()).contains(NotCoveredReason.AREA_OUTSIDE_TIER_SCOPE);
    assertThat(crm.message()).contains("CUSTOM_CRM_INTEGRATION", "STANDARD");
  }

  @Test
  void responseDeadline_coveredCase_hasDeadline() {
    DeadlineResult result =
        THREEKIT.responseDeadline(
            SupportTier.STANDARD,
            Severity.URGENT,
            Channel.EMAIL,
            ApplicationArea.CATALOG,
            ny("2026-11-18T10:00"));
    assertThat(result.deadline()).contains(ny("2026-11-20T10:00"));
    assertThat(result.coverage().isCovered()).isTrue();
  }

  @Test
  void builder_missingTargets_listsEveryMissingCell() {
    SlaPolicy.Builder builder =
        SlaPolicy.builder()
            .severities(ThreekitPolicy.SEVERITIES)
            .tiers(ThreekitPolicy.TIERS)
            .target(
                SupportTier.STANDARD,
                Severity.CRITICAL,
                ResponseTarget.ofElapsed(Duration.ofHours(1), NEW_YORK));
    assertThatThrownBy(builder::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("STANDARD/URGENT")
        .hasMessageContaining("PREMIER/MEDIUM")
        .hasMessageNotContaining("STANDARD/CRITICAL");
  }

  @Test
  void builder_customPolicy_otherHoursAndScope() {
    var hours =
        io.github.sla4j.calendar.BusinessCalendar.builder(ZoneId.of("Europe/London"))
            .hours(
                java.time.DayOfWeek.MONDAY,
                java.time.DayOfWeek.FRIDAY,
                java.time.LocalTime.of(9, 0),
                java.time.LocalTime.of(17, 0))
            .build();
    SlaPolicy.Builder builder =
        SlaPolicy.builder()
            .name("London")
            .severities(ThreekitPolicy.SEVERITIES)
            .tiers(ThreekitPolicy.TIERS);
    for (SupportTier tier : ThreekitPolicy.TIERS) {
      for (Severity severity : ThreekitPolicy.SEVERITIES) {
        builder.target(tier, severity, ResponseTarget.ofBusinessTime(Duration.ofHours(8), hours));
      }
    }
    SlaPolicy london =
        builder
            .coveredChannels(Set.copyOf(ThreekitPolicy.CHANNELS))
            .scope(
                Scope.of(
                    Map.of(
                        SupportTier.STANDARD,
                        Set.of(ApplicationArea.EDITOR),
                        SupportTier.PREMIER,
                        ThreekitPolicy.AREAS)))
            .build();
    Instant monday9 =
        LocalDateTime.parse("2026-11-16T09:00").atZone(ZoneId.of("Europe/London")).toInstant();
    assertThat(london.responseDeadline(SupportTier.STANDARD, Severity.HIGH, monday9))
        .isEqualTo(monday9.plus(Duration.ofHours(8)));
    assertThat(
            london
                .coverage(SupportTier.STANDARD, Channel.FORUM, ApplicationArea.EDITOR)
                .isCovered())
        .isTrue();
    assertThat(
            london
                .coverage(SupportTier.STANDARD, Channel.FORUM, ApplicationArea.PLAYER)
                .isCovered())
        .isFalse();
    assertThat(london.toBuilder().build()).isEqualTo(london);
  }

  @Test
  void responseTarget_rejectsNonPositiveAmounts() {
    assertThatThrownBy(() -> ResponseTarget.ofElapsed(Duration.ZERO, NEW_YORK))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PT0S")
        .hasMessageContaining("positive");
    assertThatThrownBy(
            () ->
                ResponseTarget.ofBusinessDays(
                    0, SlaPolicy.threekitBusinessHours(HolidayCalendar.none())))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 days");
  }

  @Test
  void responseTarget_lengthOfBusinessDays_isBusinessTimeToTheDeadline() {
    ResponseTarget high = THREEKIT.target(SupportTier.PREMIER, Severity.HIGH);
    assertThat(high.lengthFrom(ny("2026-11-18T10:00"))).isEqualTo(Duration.ofHours(15));
    assertThat(high.lengthFrom(ny("2026-11-25T12:00"))).isEqualTo(Duration.ofHours(15));
    assertThat(high.describe()).startsWith("1 business day on Threekit business hours");
    assertThat(THREEKIT.target(SupportTier.PREMIER, Severity.CRITICAL).describe())
        .isEqualTo("2 h on the 24/7 clock");
  }
}
