package io.github.sla4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The shared transition table answers exactly as the zone's rules, in every zone of the tz
 * database.
 */
class ZoneTransitionsTest {

  @Test
  void offsets_andTransitions_agreeWithTheRules_inEveryZone() {
    SplittableRandom random = new SplittableRandom(20261202L);
    int checked = 0;
    for (String id : ZoneId.getAvailableZoneIds()) {
      ZoneRules rules = ZoneId.of(id).getRules();
      ZoneTransitions shared = ZoneTransitions.of(rules);
      if (rules.isFixedOffset()) {
        assertThat(shared).as(id).isNull();
        continue;
      }
      assertThat(ZoneTransitions.of(rules)).as("one shared table per zone").isSameAs(shared);
      for (int i = 0; i < 40; i++) {
        long s = random.nextLong(ZoneTransitions.FROM + 1, ZoneTransitions.TO);
        assertThat(ZoneTransitions.offset(rules, s))
            .as("%s at %s", id, Instant.ofEpochSecond(s))
            .isEqualTo(rules.getOffset(Instant.ofEpochSecond(s)).getTotalSeconds());
        checked++;
      }
      // At and around each transition: the new offset applies from its instant on.
      for (long t : shared.instants()) {
        for (long s : new long[] {t - 1, t, t + 1}) {
          if (ZoneTransitions.covers(s, s)) {
            assertThat(ZoneTransitions.offset(rules, s))
                .as("%s at %s", id, Instant.ofEpochSecond(s))
                .isEqualTo(rules.getOffset(Instant.ofEpochSecond(s)).getTotalSeconds());
          }
        }
      }
      assertThat(toList(shared.instants())).as(id).isEqualTo(transitions(rules));
    }
    assertThat(checked).isGreaterThan(10_000);
  }

  @Test
  void outsideTheRange_theRulesAnswer() {
    ZoneRules rules = ZoneId.of("America/New_York").getRules();
    for (long s : new long[] {-2_000_000_000L, ZoneTransitions.FROM, ZoneTransitions.TO + 86_400}) {
      assertThat(ZoneTransitions.offset(rules, s))
          .isEqualTo(rules.getOffset(Instant.ofEpochSecond(s)).getTotalSeconds());
    }
  }

  private static List<Long> transitions(ZoneRules rules) {
    List<Long> out = new ArrayList<>();
    Instant cursor = Instant.ofEpochSecond(ZoneTransitions.FROM);
    for (ZoneOffsetTransition tr = rules.nextTransition(cursor);
        tr != null && tr.toEpochSecond() <= ZoneTransitions.TO;
        tr = rules.nextTransition(tr.getInstant())) {
      out.add(tr.toEpochSecond());
    }
    return out;
  }

  private static List<Long> toList(long[] values) {
    List<Long> out = new ArrayList<>();
    for (long v : values) {
      out.add(v);
    }
    return out;
  }
}
