package io.github.sla4j.internal;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;

/**
 * Maps local date-times to instants by the wall-clock rule: the first instant at which the zone's
 * wall clock reads the given local date-time or later.
 *
 * <p>The time line is cut by the zone's transitions into pieces of constant offset. Within a piece
 * the wall clock runs forward, so the first instant of a piece at which it reads {@code L} or later
 * is {@code max(pieceStart, L - offset)}, when that is before the piece ends. The answer is the
 * earliest such instant over all pieces. No piece that ends before {@code L - 18h} can qualify,
 * because offsets are at most 18 hours, so the scan starts there and normally inspects one piece,
 * or two around a transition. This is exact for gaps (the transition instant), overlaps (the first
 * pass) and any irregular sequence of transitions, unlike {@code ZonedDateTime.of}, which shifts a
 * time in a gap by the gap's length.
 *
 * <p>An instance precomputes the transitions of a range of instants and answers for local times
 * whose instants fall in that range. Immutable and thread-safe.
 */
public final class WallClock {

  private static final long MAX_OFFSET_SECONDS = 18 * 3600;

  private final long fromEpochSecond;
  private final long toEpochSecond;
  private final int initialOffset;
  private final long[] transitions;
  private final int[] offsetsAfter;

  private WallClock(long from, long to, int initialOffset, long[] transitions, int[] offsetsAfter) {
    this.fromEpochSecond = from;
    this.toEpochSecond = to;
    this.initialOffset = initialOffset;
    this.transitions = transitions;
    this.offsetsAfter = offsetsAfter;
  }

  /**
   * Precomputes the transitions needed for local date-times whose epoch second (read as UTC) lies
   * in {@code [fromLocal, toLocal]}.
   *
   * @param rules the zone rules
   * @param fromLocal the smallest local epoch second that will be asked for
   * @param toLocal the largest local epoch second that will be asked for
   * @return the clock
   */
  public static WallClock of(ZoneRules rules, long fromLocal, long toLocal) {
    long from = fromLocal - 2 * MAX_OFFSET_SECONDS;
    long to = toLocal + 2 * MAX_OFFSET_SECONDS;
    ZoneTransitions shared = ZoneTransitions.of(rules);
    if (shared != null && ZoneTransitions.covers(from, to)) {
      // The same transitions as the loop below finds, from the zone's shared table.
      int lo = shared.firstAfter(from);
      int hi = shared.firstAfter(to);
      return new WallClock(
          from,
          to,
          shared.offsetAt(from),
          Arrays.copyOfRange(shared.instants(), lo, hi),
          Arrays.copyOfRange(shared.offsetsAfter(), lo, hi));
    }
    int initial = rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds();
    long[] trans = new long[8];
    int[] offs = new int[8];
    int n = 0;
    if (!rules.isFixedOffset()) {
      Instant cursor = Instant.ofEpochSecond(from);
      while (true) {
        ZoneOffsetTransition tr = rules.nextTransition(cursor);
        if (tr == null || tr.toEpochSecond() > to) {
          break;
        }
        if (n == trans.length) {
          trans = Arrays.copyOf(trans, n * 2);
          offs = Arrays.copyOf(offs, n * 2);
        }
        trans[n] = tr.toEpochSecond();
        offs[n] = tr.getOffsetAfter().getTotalSeconds();
        n++;
        cursor = tr.getInstant();
      }
    }
    return new WallClock(from, to, initial, Arrays.copyOf(trans, n), Arrays.copyOf(offs, n));
  }

  /**
   * Returns the first instant, as an epoch second, at which the wall clock reads the local
   * date-time {@code localEpochSecond} (a {@code LocalDateTime} read as UTC) or later.
   *
   * @param localEpochSecond the local date-time as seconds from 1970-01-01T00:00 local
   * @return the epoch second of the instant
   */
  public long firstInstantAtOrAfter(long localEpochSecond) {
    long lowest = localEpochSecond - MAX_OFFSET_SECONDS;
    if (lowest < fromEpochSecond || localEpochSecond + MAX_OFFSET_SECONDS > toEpochSecond) {
      throw new IllegalStateException(
          "local second " + localEpochSecond + " outside the precomputed range");
    }
    // Index of the piece containing `lowest`: the number of transitions at or before it.
    int k = Search.upperBound(transitions, lowest);
    for (; ; k++) {
      long start = k == 0 ? Long.MIN_VALUE : transitions[k - 1];
      int offset = k == 0 ? initialOffset : offsetsAfter[k - 1];
      long candidate = Math.max(start, localEpochSecond - offset);
      if (k == transitions.length || candidate < transitions[k]) {
        return candidate;
      }
    }
  }
}
