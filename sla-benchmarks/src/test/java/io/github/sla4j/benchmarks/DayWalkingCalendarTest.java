package io.github.sla4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The day-walking reference must give sla4j's answers on the benchmarked instants, so the
 * benchmarks compare like with like.
 */
class DayWalkingCalendarTest {

  private static final long RANDOM_SEED = 20_240_601L;
  private static final int RANDOM_COUNT = 300;
  private static final int BENCHMARK_COUNT = 256;

  /**
   * The benchmarked calendars, and a split-shift one with a special Saturday, whose dates have
   * several windows (the engine's other table layout).
   */
  static Stream<Arguments> calendars() {
    BusinessCalendar split =
        BusinessCalendar.builder(Calendars.NEW_YORK)
            .name("split shifts")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(13, 0), LocalTime.of(17, 30))
            .holiday(LocalDate.of(2026, 12, 25), "Christmas Day")
            .specialHours(LocalDate.of(2026, 12, 19), LocalTime.of(10, 0), LocalTime.of(14, 0))
            .build();
    return Stream.of(
        Arguments.of(Calendars.SUPPORT, Calendars.supportCalendar()),
        Arguments.of(Calendars.ALWAYS_OPEN, Calendars.alwaysOpen()),
        Arguments.of("split", split));
  }

  @Test
  void policyDeadline_benchmarkedStarts_agreesWithSla4j() {
    SlaPolicy policy = SlaPolicy.threekit();
    ResponseTarget.BusinessTime businessTime =
        (ResponseTarget.BusinessTime) policy.target(SupportTier.PREMIER, Severity.URGENT);
    ResponseTarget.BusinessDays businessDays =
        (ResponseTarget.BusinessDays) policy.target(SupportTier.STANDARD, Severity.HIGH);
    DayWalkingCalendar walker = DayWalkingCalendar.of(businessTime.calendar());
    for (Instant t : Arrays.copyOf(Calendars.startInstants(), BENCHMARK_COUNT)) {
      assertThat(walker.addBusinessTime(t, businessTime.duration()))
          .as("4 business hours from " + t)
          .isEqualTo(policy.responseDeadline(SupportTier.PREMIER, Severity.URGENT, t));
      assertThat(walker.addBusinessDays(t, businessDays.days()))
          .as("2 business days from " + t)
          .isEqualTo(policy.responseDeadline(SupportTier.STANDARD, Severity.HIGH, t));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("calendars")
  void everyOperation_awayFromDst_agreesWithSla4j(String name, BusinessCalendar sla4j) {
    DayWalkingCalendar walker = DayWalkingCalendar.of(sla4j);
    Duration year = Calendars.oneYearOfBusinessTime(sla4j);
    Instant[] instants =
        Stream.concat(
                Arrays.stream(Calendars.randomInstants(RANDOM_SEED, RANDOM_COUNT)),
                Arrays.stream(Calendars.startInstants(), 0, BENCHMARK_COUNT))
            .toArray(Instant[]::new);
    for (Instant t : instants) {
      String where = name + " at " + t + " (random seed " + RANDOM_SEED + ")";
      assertThat(walker.isOpen(t)).as("isOpen, " + where).isEqualTo(sla4j.isOpen(t));
      assertThat(walker.nextOpen(t)).as("nextOpen, " + where).isEqualTo(sla4j.nextOpen(t));
      for (Duration d : new Duration[] {Duration.ofHours(4), Duration.ofHours(30), year}) {
        assertThat(walker.addBusinessTime(t, d))
            .as("addBusinessTime " + d + ", " + where)
            .isEqualTo(sla4j.addBusinessTime(t, d));
      }
      assertThat(walker.addBusinessDays(t, 2))
          .as("addBusinessDays 2, " + where)
          .isEqualTo(sla4j.addBusinessDays(t, 2));
      ZonedDateTime start = t.atZone(Calendars.NEW_YORK);
      for (ZonedDateTime end :
          new ZonedDateTime[] {start.plusDays(1), start.plusYears(1), start.plusYears(10)}) {
        assertThat(walker.businessTimeBetween(t, end.toInstant()))
            .as("businessTimeBetween to " + end + ", " + where)
            .isEqualTo(sla4j.businessTimeBetween(t, end.toInstant()));
      }
    }
  }

  @Test
  void addBusinessTime_exactFill_returnsWindowClose() {
    BusinessCalendar sla4j = Calendars.supportCalendar();
    DayWalkingCalendar walker = DayWalkingCalendar.of(sla4j);
    // Tuesday 2025-03-11 03:00 New York plus 15 business hours is Tuesday 18:00, not Wednesday.
    Instant open = ZonedDateTime.of(2025, 3, 11, 3, 0, 0, 0, Calendars.NEW_YORK).toInstant();
    Instant close = ZonedDateTime.of(2025, 3, 11, 18, 0, 0, 0, Calendars.NEW_YORK).toInstant();

    assertThat(walker.addBusinessTime(open, Duration.ofHours(15))).isEqualTo(close);
    assertThat(sla4j.addBusinessTime(open, Duration.ofHours(15))).isEqualTo(close);
  }

  @Test
  void supportCalendar_holidays_matchFederalObservedDatesCsv() throws IOException {
    Set<LocalDate> expected = new TreeSet<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                getClass().getResourceAsStream("/us-federal-holidays-2024-2032.csv"),
                StandardCharsets.UTF_8))) {
      in.lines()
          .skip(1)
          .map(line -> LocalDate.parse(line.substring(line.lastIndexOf(',') + 1)))
          .forEach(expected::add);
    }

    BusinessCalendar support = Calendars.supportCalendar();
    assertThat(expected).allSatisfy(d -> assertThat(support.isWorkingDate(d)).isFalse());
  }

  @Test
  void tenantDeadlines_firstTenantsOfTheBenchmark_agreeWithSla4j() {
    // The tenants open at 06:00 or later, clear of every zone's DST changes, so the day-walker's
    // atZone agrees with the wall-clock rule and TenantBenchmark compares like with like.
    Tenants tenants = new Tenants(Calendars.START_SEED, Calendars.START_COUNT);
    java.time.Duration fourHours = java.time.Duration.ofHours(4);
    for (int i = 0; i < 512; i++) {
      assertThat(tenants.dayWalking(i).addBusinessTime(tenants.start(i), fourHours))
          .as("tenant %d", i)
          .isEqualTo(tenants.calendar(i).addBusinessTime(tenants.start(i), fourHours));
    }
  }
}
