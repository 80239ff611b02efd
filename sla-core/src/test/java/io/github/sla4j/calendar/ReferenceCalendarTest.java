package io.github.sla4j.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.calendar.CalendarSpec.Win;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Checks the test oracle itself: its wall-clock rule against a second-by-second brute-force scan
 * and against the hand-checked values of the wall-clock rule in odd zones, and its operations on a
 * calendar small enough to reason about by hand.
 */
class ReferenceCalendarTest {

  @Test
  void firstInstantReading_matchesBruteForceScan_nearTransitions() {
    SplittableRandom random = new SplittableRandom(PropertyRunner.baseSeed());
    int probes = 0;
    for (ZoneId zone : CalendarGenerators.ZONES) {
      List<Instant> transitions = CalendarGenerators.transitions(zone);
      for (int k = 0; k < 3; k++) {
        Instant anchor =
            transitions.isEmpty()
                ? Instant.parse("2024-03-10T07:00:00Z")
                : transitions.get(random.nextInt(transitions.size()));
        LocalDateTime before = LocalDateTime.ofInstant(anchor.minusSeconds(1), zone);
        LocalDateTime after = LocalDateTime.ofInstant(anchor, zone);
        LocalDateTime target =
            switch (random.nextInt(4)) {
              case 0 -> before;
              case 1 -> after;
              case 2 -> before.plusSeconds(random.nextInt(-5400, 5400));
              default -> after.plusSeconds(random.nextInt(-5400, 5400));
            };
        assertThat(ReferenceCalendar.firstInstantReading(zone, target))
            .as("%s %s", zone, target)
            .isEqualTo(bruteForce(zone, target));
        probes++;
      }
    }
    assertThat(probes).isEqualTo(3 * CalendarGenerators.ZONES.size());
  }

  /** The earliest whole second in ±18 h whose wall clock reads {@code target} or later. */
  private static Instant bruteForce(ZoneId zone, LocalDateTime target) {
    Instant lo = target.toInstant(ZoneOffset.UTC).minus(Duration.ofHours(18));
    for (long s = 0; s <= 36 * 3600; s++) {
      Instant t = lo.plusSeconds(s);
      if (!LocalDateTime.ofInstant(t, zone).isBefore(target)) {
        return t;
      }
    }
    throw new AssertionError("no instant reads " + target);
  }

  @Test
  void firstInstantReading_matchesHandCheckedOracles() {
    assertReads("America/New_York", "2024-03-10T02:30", "2024-03-10T07:00:00Z");
    assertReads("America/New_York", "2024-03-10T03:00", "2024-03-10T07:00:00Z");
    assertReads("America/New_York", "2024-11-03T01:30", "2024-11-03T05:30:00Z");
    assertReads("America/Santiago", "2024-09-08T00:30", "2024-09-08T04:00:00Z");
    assertReads("Australia/Lord_Howe", "2024-10-06T02:15", "2024-10-05T15:30:00Z");
    assertReads("Antarctica/Troll", "2024-03-31T02:00", "2024-03-31T01:00:00Z");
    assertReads("Pacific/Apia", "2011-12-30T09:00", "2011-12-30T10:00:00Z");
  }

  private static void assertReads(String zone, String local, String instant) {
    assertThat(ReferenceCalendar.firstInstantReading(ZoneId.of(zone), LocalDateTime.parse(local)))
        .as("%s %s", zone, local)
        .isEqualTo(Instant.parse(instant));
  }

  @Test
  void operations_onNewYorkSupportHours_matchHandComputedValues() {
    CalendarSpec spec =
        new CalendarSpec(
            ZoneId.of("America/New_York"),
            Map.of(
                DayOfWeek.MONDAY, List.of(Win.of("03:00", "18:00")),
                DayOfWeek.TUESDAY, List.of(Win.of("03:00", "18:00")),
                DayOfWeek.FRIDAY, List.of(Win.of("03:00", "18:00"))),
            Map.of(),
            Map.of(LocalDate.of(2024, 3, 9), List.of(Win.of("10:00", "12:00"))));
    ReferenceCalendar ref = new ReferenceCalendar(spec);
    Instant fri17 = Instant.parse("2024-03-08T22:00:00Z");
    assertThat(ref.isOpen(fri17)).isTrue();
    assertThat(ref.nextClose(fri17)).isEqualTo(Instant.parse("2024-03-08T23:00:00Z"));
    assertThat(ref.add(fri17, Duration.ofHours(2)))
        .isEqualTo(Instant.parse("2024-03-09T16:00:00Z"));
    assertThat(ref.add(fri17, Duration.ofHours(4)))
        .isEqualTo(Instant.parse("2024-03-11T08:00:00Z"));
    assertThat(ref.subtract(Instant.parse("2024-03-11T08:00:00Z"), Duration.ofHours(3)))
        .isEqualTo(Instant.parse("2024-03-09T15:00:00Z"));
    assertThat(ref.between(fri17, Instant.parse("2024-03-11T08:00:00Z")))
        .isEqualTo(Duration.ofHours(4));
    assertThat(ref.nextOpen(Instant.parse("2024-03-09T17:00:00Z")))
        .isEqualTo(Instant.parse("2024-03-11T07:00:00Z"));
    assertThat(ref.isWorkingDate(LocalDate.of(2024, 3, 10))).isFalse();
    assertThat(ref.addBusinessDays(Instant.parse("2024-03-09T18:00:00Z"), 1))
        .isEqualTo(Instant.parse("2024-03-11T22:00:00Z"));
    assertThat(ref.addBusinessDays(Instant.parse("2024-03-08T13:00:00Z"), 2))
        .as("k = 5h into Monday, the second working date after Friday")
        .isEqualTo(Instant.parse("2024-03-11T12:00:00Z"));
    assertThat(ref.addBusinessDays(Instant.parse("2024-03-08T13:00:00Z"), 1))
        .as("min(k = 5h, 2h) into Saturday's special hours: their close")
        .isEqualTo(Instant.parse("2024-03-09T17:00:00Z"));
  }
}
