package io.github.sla4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The zone's shared wall clock (with its block index) and the constant-offset shortcut map local
 * date-times to instants by the wall-clock rule, in every zone of the tz database, checked against
 * the rule computed from {@link ZoneRules#getValidOffsets} and {@link ZoneRules#getTransition}.
 */
class WallClockTest {

  private static final long DAY = 86_400;

  /** 1971-01-01 to 2099-01-01, local: inside the shared range with the 36 hours either side. */
  private static final long FIRST_LOCAL = 365 * DAY;

  private static final long LAST_LOCAL = 47_482 * DAY;

  @Test
  void sharedClock_agreesWithTheRule_atRandomTimesAndAroundEveryTransition_inEveryZone() {
    SplittableRandom random = new SplittableRandom(20261202L);
    int checked = 0;
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneRules rules = ZoneId.of(id).getRules();
      WallClock clock = WallClock.of(rules, FIRST_LOCAL, LAST_LOCAL);
      for (int i = 0; i < 30; i++) {
        long local = random.nextLong(FIRST_LOCAL, LAST_LOCAL);
        assertThat(clock.firstInstantAtOrAfter(local))
            .as("%s at local %s", id, LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC))
            .isEqualTo(reference(rules, local));
        checked++;
      }
      for (ZoneOffsetTransition tr : transitions(rules)) {
        long at = tr.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC);
        long after = tr.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC);
        for (long local :
            new long[] {at - 1, at, at + 1, after - 1, after, after + 1, (at + after) / 2}) {
          if (local >= FIRST_LOCAL && local <= LAST_LOCAL) {
            assertThat(clock.firstInstantAtOrAfter(local))
                .as("%s at local %s", id, LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC))
                .isEqualTo(reference(rules, local));
            checked++;
          }
        }
      }
    }
    assertThat(checked).isGreaterThan(50_000);
  }

  @Test
  void constantOffset_isGivenOnlyWhenEveryLocalTimeOfTheRangeMapsByIt_inEveryZone() {
    SplittableRandom random = new SplittableRandom(20261203L);
    int constant = 0;
    int notConstant = 0;
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneRules rules = ZoneId.of(id).getRules();
      List<ZoneOffsetTransition> transitions = transitions(rules);
      for (int i = 0; i < 40; i++) {
        // Ranges of one to twelve days; half of them start near a transition.
        long from;
        if (i % 2 == 0 || transitions.isEmpty()) {
          from = random.nextLong(FIRST_LOCAL, LAST_LOCAL - 13 * DAY);
        } else {
          ZoneOffsetTransition tr = transitions.get(random.nextInt(transitions.size()));
          from =
              tr.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC) - random.nextLong(0, 14 * DAY);
        }
        long to = from + random.nextLong(DAY, 12 * DAY);
        if (from < FIRST_LOCAL || to > LAST_LOCAL) {
          continue;
        }
        WallClock clock = WallClock.of(rules, from, to);
        int offset = clock.constantOffset(from, to);
        boolean transitionNear =
            transitions.stream()
                .anyMatch(
                    tr ->
                        tr.toEpochSecond() > from - 18 * 3600
                            && tr.toEpochSecond() <= to + 18 * 3600);
        assertThat(offset == WallClock.NOT_CONSTANT)
            .as("%s, local %d..%d: not constant exactly when a transition is near", id, from, to)
            .isEqualTo(transitionNear);
        if (offset == WallClock.NOT_CONSTANT) {
          notConstant++;
          continue;
        }
        constant++;
        for (long local : new long[] {from, to, random.nextLong(from, to + 1)}) {
          assertThat(local - offset)
              .as("%s at local %d", id, local)
              .isEqualTo(reference(rules, local));
        }
      }
    }
    assertThat(constant).isGreaterThan(10_000);
    assertThat(notConstant).isGreaterThan(1_000);
  }

  /**
   * The wall-clock rule: the earliest instant whose local date-time is {@code local}, or, in a gap,
   * the transition (the first instant after which the clock reads later than {@code local}).
   */
  private static long reference(ZoneRules rules, long local) {
    LocalDateTime ldt = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
    List<ZoneOffset> valid = rules.getValidOffsets(ldt);
    if (valid.isEmpty()) {
      return rules.getTransition(ldt).toEpochSecond();
    }
    int largest = valid.stream().mapToInt(ZoneOffset::getTotalSeconds).max().orElseThrow();
    return local - largest;
  }

  private static List<ZoneOffsetTransition> transitions(ZoneRules rules) {
    List<ZoneOffsetTransition> out = new java.util.ArrayList<>();
    java.time.Instant cursor = java.time.Instant.ofEpochSecond(FIRST_LOCAL - 2 * DAY);
    for (ZoneOffsetTransition tr = rules.nextTransition(cursor);
        tr != null && tr.toEpochSecond() < LAST_LOCAL + 2 * DAY;
        tr = rules.nextTransition(tr.getInstant())) {
      out.add(tr);
    }
    return out;
  }
}
