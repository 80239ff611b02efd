package io.github.sla4j.internal;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The offset transitions of a zone from 1970 to 2100 in two flat arrays, computed once per zone and
 * shared by every calendar in it.
 *
 * <p>For instants after its last explicit transition, {@link ZoneRules} derives each year's
 * transitions from its last rules, through a cache keyed by a boxed year; a fresh calendar asks for
 * a handful of offsets and transitions, and that derivation was a fifth of the cost of its first
 * answer. Here an offset is one binary search. Instants outside the range are answered by the rules
 * themselves, so the answers are the rules' answers everywhere.
 *
 * <p>Each table holds the {@link WallClock} of its whole range, so a fresh calendar maps its local
 * hours to instants without copying any transitions.
 *
 * <p>Immutable and thread-safe; the cache is keyed by the identity of the rules (a region's rules
 * are one shared object), so looking up never hashes the rules' arrays, and the last tables looked
 * up sit in a small direct-mapped array in front of it, so a hit costs one array read.
 */
final class ZoneTransitions {

  /** 1970-01-01T00:00Z. */
  static final long FROM = 0;

  /** 2100-01-01T00:00Z. */
  static final long TO = 4_102_444_800L;

  private static final ConcurrentHashMap<Key, ZoneTransitions> CACHE = new ConcurrentHashMap<>();

  private static final int RECENT_SLOTS = 64;

  /**
   * The tables looked up last, direct-mapped by the rules' identity hash. Written racily: a table's
   * fields are final, so any thread that reads one from here sees it whole, and a lost write only
   * costs a lookup in {@link #CACHE}.
   */
  private static final @Nullable ZoneTransitions[] RECENT = new ZoneTransitions[RECENT_SLOTS];

  /** Rules compared by identity. */
  private static final class Key {
    private final ZoneRules rules;

    Key(ZoneRules rules) {
      this.rules = rules;
    }

    @Override
    public boolean equals(@Nullable Object obj) {
      return obj instanceof Key k && k.rules == rules;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(rules);
    }
  }

  private final ZoneRules rules;
  private final WallClock clock;

  private ZoneTransitions(ZoneRules rules, int initialOffset, long[] instants, int[] offsetsAfter) {
    this.rules = rules;
    this.clock = WallClock.shared(FROM, TO, initialOffset, instants, offsetsAfter);
  }

  /** The transitions of a zone with a time-varying offset; null for a fixed offset. */
  static @Nullable ZoneTransitions of(ZoneRules rules) {
    int slot = System.identityHashCode(rules) & (RECENT_SLOTS - 1);
    ZoneTransitions recent = RECENT[slot];
    if (recent != null && recent.rules == rules) {
      return recent;
    }
    if (rules.isFixedOffset()) {
      return null;
    }
    ZoneTransitions known = CACHE.get(new Key(rules));
    if (known == null) {
      known = CACHE.computeIfAbsent(new Key(rules), k -> compute(k.rules));
    }
    RECENT[slot] = known;
    return known;
  }

  private static ZoneTransitions compute(ZoneRules rules) {
    Instant cursor = Instant.ofEpochSecond(FROM);
    int initial = rules.getOffset(cursor).getTotalSeconds();
    long[] at = new long[512];
    int[] after = new int[512];
    int n = 0;
    while (true) {
      ZoneOffsetTransition tr = rules.nextTransition(cursor);
      if (tr == null || tr.toEpochSecond() > TO) {
        break;
      }
      if (n == at.length) {
        at = Arrays.copyOf(at, n * 2);
        after = Arrays.copyOf(after, n * 2);
      }
      at[n] = tr.toEpochSecond();
      after[n] = tr.getOffsetAfter().getTotalSeconds();
      n++;
      cursor = tr.getInstant();
    }
    return new ZoneTransitions(rules, initial, Arrays.copyOf(at, n), Arrays.copyOf(after, n));
  }

  /** Whether {@code [from, to]} (epoch seconds) lies within the precomputed range. */
  static boolean covers(long from, long to) {
    return from > FROM && to <= TO;
  }

  /**
   * The offset in effect at an epoch second, as {@link ZoneRules#getOffset(Instant)} gives it.
   *
   * @param rules the zone's rules
   * @param epochSecond the instant
   * @return the offset in seconds
   */
  static int offset(ZoneRules rules, long epochSecond) {
    ZoneTransitions shared = of(rules);
    if (shared != null && covers(epochSecond, epochSecond)) {
      return shared.clock.offsetAt(epochSecond);
    }
    return rules.getOffset(Instant.ofEpochSecond(epochSecond)).getTotalSeconds();
  }

  /** The wall clock of the whole range. */
  WallClock clock() {
    return clock;
  }

  /** The transitions' instants, as epoch seconds; shared, not to be modified. */
  long[] instants() {
    return clock.transitions();
  }
}
