package io.github.sla4j.internal;

import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

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
 * whose instants fall in that range. For instants from 1970 to 2100 it is the zone's one shared
 * clock (see {@link ZoneTransitions}), which finds the piece of an instant through an index of the
 * transitions by blocks of about a year, not by a binary search over all of them. Immutable and
 * thread-safe.
 */
public final class WallClock {

  private static final long MAX_OFFSET_SECONDS = 18 * 3600;

  /** What {@link #constantOffset} returns when a transition lies within the range. */
  static final int NOT_CONSTANT = Integer.MIN_VALUE;

  /** The index's blocks are {@code 2^25} seconds, about 388 days. */
  private static final int BLOCK_SHIFT = 25;

  private static final long[] NO_TRANSITIONS = new long[0];
  private static final int[] NO_OFFSETS = new int[0];

  private final long fromEpochSecond;
  private final long toEpochSecond;
  private final int initialOffset;
  private final long[] transitions;
  private final int[] offsetsAfter;

  /**
   * Null, or for each block of {@code 2^BLOCK_SHIFT} seconds from {@code fromEpochSecond}, the
   * number of transitions at or before the block's start.
   */
  private final int @Nullable [] blocks;

  private WallClock(
      long from,
      long to,
      int initialOffset,
      long[] transitions,
      int[] offsetsAfter,
      int @Nullable [] blocks) {
    this.fromEpochSecond = from;
    this.toEpochSecond = to;
    this.initialOffset = initialOffset;
    this.transitions = transitions;
    this.offsetsAfter = offsetsAfter;
    this.blocks = blocks;
  }

  /**
   * The clock of a whole range of transitions, with the block index; built once per zone.
   *
   * @param from the first epoch second of the range
   * @param to the last epoch second of the range
   * @param initialOffset the offset at {@code from}
   * @param transitions the transitions after {@code from} up to {@code to}, sorted
   * @param offsetsAfter the offset after each transition
   * @return the clock
   */
  static WallClock shared(
      long from, long to, int initialOffset, long[] transitions, int[] offsetsAfter) {
    int[] blocks = new int[(int) ((to - from) >>> BLOCK_SHIFT) + 2];
    int k = 0;
    for (int b = 0; b < blocks.length; b++) {
      long blockStart = from + ((long) b << BLOCK_SHIFT);
      while (k < transitions.length && transitions[k] <= blockStart) {
        k++;
      }
      blocks[b] = k;
    }
    return new WallClock(from, to, initialOffset, transitions, offsetsAfter, blocks);
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
      // The same transitions as the loop below finds: the zone's shared clock, not a copy.
      return shared.clock();
    }
    int initial = rules.getOffset(Instant.ofEpochSecond(from)).getTotalSeconds();
    if (rules.isFixedOffset()) {
      return new WallClock(from, to, initial, NO_TRANSITIONS, NO_OFFSETS, null);
    }
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
    return new WallClock(from, to, initial, Arrays.copyOf(trans, n), Arrays.copyOf(offs, n), null);
  }

  /**
   * The offset in effect at an epoch second within the clock's range, as {@link
   * ZoneRules#getOffset(Instant)} gives it.
   *
   * @param epochSecond the instant, within the range
   * @return the offset in seconds
   */
  int offsetAt(long epochSecond) {
    int k = piece(epochSecond);
    return k == 0 ? initialOffset : offsetsAfter[k - 1];
  }

  /**
   * The offset by which every local date-time in {@code [fromLocal, toLocal]} maps to its instant
   * ({@code instant = local - offset}), when no transition can affect them; else {@link
   * #NOT_CONSTANT}. That is so when no transition lies in {@code (fromLocal - 18h, toLocal + 18h]}:
   * the piece that {@link #firstInstantAtOrAfter} starts from then holds {@code local - offset} for
   * every such local date-time.
   *
   * @param fromLocal the smallest local epoch second, within the range
   * @param toLocal the largest local epoch second, within the range
   * @return the offset in seconds, or {@link #NOT_CONSTANT}
   */
  int constantOffset(long fromLocal, long toLocal) {
    long lowest = fromLocal - MAX_OFFSET_SECONDS;
    long highest = toLocal + MAX_OFFSET_SECONDS;
    if (lowest < fromEpochSecond || highest > toEpochSecond) {
      throw new IllegalStateException(
          "local seconds " + fromLocal + ".." + toLocal + " outside the precomputed range");
    }
    int k = piece(lowest);
    if (k < transitions.length && transitions[k] <= highest) {
      return NOT_CONSTANT;
    }
    return k == 0 ? initialOffset : offsetsAfter[k - 1];
  }

  /** The transitions within the range, as epoch seconds; shared, not to be modified. */
  long[] transitions() {
    return transitions;
  }

  /** The number of transitions at or before an epoch second within the range. */
  private int piece(long epochSecond) {
    int[] index = blocks;
    if (index == null) {
      return Search.upperBound(transitions, epochSecond);
    }
    int k = index[(int) ((epochSecond - fromEpochSecond) >>> BLOCK_SHIFT)];
    while (k < transitions.length && transitions[k] <= epochSecond) {
      k++;
    }
    return k;
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
    int k = piece(lowest);
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
