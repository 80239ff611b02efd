package io.github.sla4j.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A slow, obviously-correct model of the calendar rules, written from the text and independent of
 * the engine (no window tables, no prefix sums, no binary search, no engine classes).
 *
 * <p>Each local date's windows are turned into instants by the wall-clock rule taken literally
 * ({@link #firstInstantReading}); every operation is then a plain walk over those intervals, date
 * by date, with sums of {@link Duration}s. Intervals are computed lazily per date and cached.
 *
 * <p>Searches stop at a closed stretch beyond the ten-year horizon the engine documents, and throw
 * {@link NoAnswerException}. Not thread-safe.
 */
final class ReferenceCalendar {

  /** How many dates past the last open time seen a search walks before giving up. */
  static final int WALK_LIMIT_DAYS = 3670;

  private static final Duration MAX_OFFSET = Duration.ofHours(18);

  /**
   * The engine documents a search horizon of ten years: a search that must cross more closed time
   * than that (or, for nextClose, more open time) throws. Gaps clearly shorter must be crossed,
   * clearly longer must not; within a few days of ten years either is accepted.
   */
  static final Duration HORIZON_SURELY_WITHIN = Duration.ofDays(3650);

  static final Duration HORIZON_SURELY_BEYOND = Duration.ofDays(3660);

  /** A half-open interval of instants {@code [open, close)}. */
  record Interval(Instant open, Instant close) {

    boolean contains(Instant t) {
      return !t.isBefore(open) && t.isBefore(close);
    }

    Duration length() {
      return Duration.between(open, close);
    }

    /** The measure of {@code [open, close) ∩ [a, b)}. */
    Duration overlap(Instant a, Instant b) {
      Instant lo = max(open, a);
      Instant hi = min(close, b);
      return hi.isAfter(lo) ? Duration.between(lo, hi) : Duration.ZERO;
    }
  }

  /** Thrown when the model finds no answer within its scan limit. */
  static final class NoAnswerException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    NoAnswerException(String message) {
      super(message);
    }
  }

  /** Thrown when the answer depends on where exactly the ten-year horizon is drawn. */
  static final class HorizonEdgeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    HorizonEdgeException(String message) {
      super(message);
    }
  }

  /**
   * Windows whose instants differ in length from their local times (DST inside), over all models.
   */
  static final java.util.concurrent.atomic.AtomicLong SHIFTED_WINDOWS =
      new java.util.concurrent.atomic.AtomicLong();

  /** Windows the wall-clock rule mapped to an empty interval, over all models. */
  static final java.util.concurrent.atomic.AtomicLong DROPPED_WINDOWS =
      new java.util.concurrent.atomic.AtomicLong();

  private final CalendarSpec spec;
  private final ZoneId zone;
  private final java.util.function.Function<LocalDate, List<Interval>> dates;
  private final Map<LocalDate, List<Interval>> cache = new HashMap<>();

  ReferenceCalendar(CalendarSpec spec) {
    this.spec = spec;
    this.zone = spec.zone;
    this.dates = this::computeIntervals;
  }

  /** A model whose intervals per date come from elsewhere (a combination of other models). */
  ReferenceCalendar(ZoneId zone, java.util.function.Function<LocalDate, List<Interval>> dates) {
    this.spec = null;
    this.zone = zone;
    this.dates = dates;
  }

  ZoneId zone() {
    return zone;
  }

  // ---------------------------------------------------------------------------------------------
  // The wall-clock rule

  /**
   * The first instant at which the zone's wall clock reads {@code target} or later, straight from
   * the definition.
   *
   * <p>Why the candidates suffice: offsets lie within ±18 h, so the answer lies in {@code
   * [target−18h, target+18h]} (read as UTC), and {@code target+18h} itself qualifies. Between two
   * transitions the wall clock is {@code t + offset}, continuous and increasing, so the earliest
   * qualifying instant is either a transition instant (the clock jumps to {@code >= target}) or an
   * instant where the clock reads {@code target} exactly, i.e. {@code target − offset} for an
   * offset in force near there. Every candidate is checked against the definition with {@link
   * LocalDateTime#ofInstant}, and the smallest qualifying one is the answer.
   */
  static Instant firstInstantReading(ZoneId zone, LocalDateTime target) {
    ZoneRules rules = zone.getRules();
    Instant asUtc = target.toInstant(ZoneOffset.UTC);
    Instant lo = asUtc.minus(MAX_OFFSET);
    Instant hi = asUtc.plus(MAX_OFFSET);
    List<Instant> candidates = new ArrayList<>();
    candidates.add(hi);
    Set<ZoneOffset> offsets = new LinkedHashSet<>();
    offsets.add(rules.getOffset(lo));
    ZoneOffsetTransition tr = rules.nextTransition(lo);
    while (tr != null && !tr.getInstant().isAfter(hi)) {
      candidates.add(tr.getInstant());
      offsets.add(tr.getOffsetBefore());
      offsets.add(tr.getOffsetAfter());
      tr = rules.nextTransition(tr.getInstant());
    }
    for (ZoneOffset off : offsets) {
      candidates.add(target.toInstant(off));
    }
    Instant best = null;
    for (Instant c : candidates) {
      boolean inRange = !c.isBefore(lo) && !c.isAfter(hi);
      boolean reads = !LocalDateTime.ofInstant(c, zone).isBefore(target);
      if (inRange && reads && (best == null || c.isBefore(best))) {
        best = c;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------------------------------------
  // Intervals

  /** The non-empty open intervals of a local date, in time order. */
  List<Interval> intervalsOn(LocalDate date) {
    List<Interval> known = cache.get(date);
    if (known == null) {
      known = dates.apply(date);
      cache.put(date, known);
    }
    return known;
  }

  private List<Interval> computeIntervals(LocalDate date) {
    List<Interval> out = new ArrayList<>();
    for (CalendarSpec.Win w : spec.windowsOn(date)) {
      Instant open = firstInstantReading(zone, date.atStartOfDay().plusSeconds(w.open()));
      Instant close = firstInstantReading(zone, date.atStartOfDay().plusSeconds(w.close()));
      if (close.isAfter(open)) {
        out.add(new Interval(open, close));
      } else {
        DROPPED_WINDOWS.incrementAndGet();
      }
      if (Duration.between(open, close).getSeconds() != w.close() - w.open()) {
        SHIFTED_WINDOWS.incrementAndGet();
      }
    }
    out.sort((x, y) -> x.open().compareTo(y.open()));
    for (CalendarSpec.Clos c : spec.closures) {
      out = without(out, c.start(), c.end());
    }
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).open().isBefore(out.get(i - 1).close())) {
        throw new IllegalStateException("overlapping intervals on " + date + ": " + out);
      }
    }
    return out;
  }

  /** The intervals with the instants {@code [start, end)} taken out, each cut into its pieces. */
  private static List<Interval> without(List<Interval> intervals, Instant start, Instant end) {
    List<Interval> out = new ArrayList<>();
    for (Interval i : intervals) {
      if (start.isAfter(i.open())) {
        out.add(new Interval(i.open(), min(i.close(), start)));
      }
      if (end.isBefore(i.close())) {
        out.add(new Interval(max(i.open(), end), i.close()));
      }
    }
    out.removeIf(i -> !i.close().isAfter(i.open()));
    return out;
  }

  boolean isWorkingDate(LocalDate date) {
    return !intervalsOn(date).isEmpty();
  }

  private LocalDate localDate(Instant t) {
    return LocalDate.ofInstant(t, zone);
  }

  /**
   * A walk over the intervals of consecutive dates, forward or backward, that gives up once it has
   * gone {@link #WALK_LIMIT_DAYS} dates past its {@link #anchor}: the date of the last open time
   * the caller saw (or of the start). So a walk never runs forever, yet crosses any closed stretch
   * the horizon allows.
   */
  private final class Walk implements Iterable<Interval>, java.util.Iterator<Interval> {
    private final int step;
    private LocalDate date;
    private int index;
    private Interval last;
    LocalDate anchor;

    Walk(LocalDate from, int step) {
      this.step = step;
      this.date = from;
      this.anchor = from;
      this.index = step > 0 ? 0 : intervalsOn(from).size() - 1;
    }

    @Override
    public java.util.Iterator<Interval> iterator() {
      return this;
    }

    @Override
    public boolean hasNext() {
      while (index < 0 || index >= intervalsOn(date).size()) {
        if (Math.abs(date.toEpochDay() - anchor.toEpochDay()) > WALK_LIMIT_DAYS) {
          return false;
        }
        date = date.plusDays(step);
        index = step > 0 ? 0 : intervalsOn(date).size() - 1;
      }
      return true;
    }

    @Override
    public Interval next() {
      if (!hasNext()) {
        throw new java.util.NoSuchElementException();
      }
      Interval i = intervalsOn(date).get(index);
      index += step;
      boolean inOrder =
          last == null
              || (step > 0 ? !i.open().isBefore(last.close()) : !i.close().isAfter(last.open()));
      if (!inOrder) {
        throw new IllegalStateException("intervals out of order: " + last + " then " + i);
      }
      last = i;
      return i;
    }
  }

  private Walk forwardFrom(LocalDate from) {
    return new Walk(from, 1);
  }

  private Walk backwardFrom(LocalDate from) {
    return new Walk(from, -1);
  }

  /**
   * All intervals of the dates {@code [from, to]}, in time order. Also checks that consecutive
   * dates' intervals do not overlap.
   */
  private Iterable<Interval> forward(LocalDate from, LocalDate to) {
    return () ->
        new java.util.Iterator<>() {
          private LocalDate date = from;
          private int index;
          private Interval last;

          @Override
          public boolean hasNext() {
            while (index >= intervalsOn(date).size()) {
              if (!date.isBefore(to)) {
                return false;
              }
              date = date.plusDays(1);
              index = 0;
            }
            return true;
          }

          @Override
          public Interval next() {
            hasNext();
            Interval i = intervalsOn(date).get(index++);
            if (last != null && i.open().isBefore(last.close())) {
              throw new IllegalStateException("intervals out of order: " + last + " then " + i);
            }
            last = i;
            return i;
          }
        };
  }

  /**
   * Dates whose intervals may end after {@code t}: none before the local date of {@code t} can
   * (their last close is at most the first instant of that date, which is at or before {@code t});
   * two more days of margin cost nothing.
   */
  private LocalDate firstRelevantDate(Instant t) {
    return localDate(t).minusDays(2);
  }

  /**
   * Dates whose intervals may start before {@code t}: the wall clock can step back across midnight
   * in an overlap, so a later date's window may open before {@code t}; three days of margin cover
   * every offset change of the zones under test.
   */
  private LocalDate lastRelevantDate(Instant t) {
    return localDate(t).plusDays(3);
  }

  // ---------------------------------------------------------------------------------------------
  // Operations

  boolean isOpen(Instant t) {
    for (Interval i : forwardFrom(firstRelevantDate(t))) {
      if (i.close().isAfter(t)) {
        return !i.open().isAfter(t);
      }
    }
    return false;
  }

  Instant nextOpen(Instant t) {
    for (Interval i : forwardFrom(firstRelevantDate(t))) {
      if (i.close().isAfter(t)) {
        checkHorizon(t, i.open(), "closed time");
        return max(i.open(), t);
      }
    }
    throw new NoAnswerException("no open time after " + t);
  }

  Instant nextClose(Instant t) {
    Instant close = null;
    Walk walk = forwardFrom(firstRelevantDate(t));
    for (Interval i : walk) {
      if (close == null) {
        if (i.close().isAfter(t)) {
          checkHorizon(t, i.open(), "closed time");
          close = i.close();
          walk.anchor = localDate(close);
        }
      } else if (i.open().equals(close)) {
        close = i.close();
        if (close.isAfter(t.plus(HORIZON_SURELY_BEYOND))) {
          throw new NoAnswerException("open without a break beyond the horizon from " + t);
        }
      } else {
        checkHorizon(t, close, "open time");
        return close;
      }
    }
    // The walk ran out of intervals: no more open time within the horizon after close.
    if (close != null) {
      checkHorizon(t, close, "open time");
      return close;
    }
    throw new NoAnswerException("no close after " + t);
  }

  Duration between(Instant a, Instant b) {
    if (b.isBefore(a)) {
      return between(b, a).negated();
    }
    Duration sum = Duration.ZERO;
    for (Interval i : forward(firstRelevantDate(a), lastRelevantDate(b))) {
      if (!i.open().isBefore(b)) {
        break;
      }
      sum = sum.plus(i.overlap(a, b));
    }
    return sum;
  }

  Instant add(Instant t, Duration d) {
    if (d.isZero()) {
      return t;
    }
    if (d.isNegative()) {
      return subtract(t, d.negated());
    }
    Duration remaining = d;
    Instant previousEnd = t;
    Walk walk = forwardFrom(firstRelevantDate(t));
    for (Interval i : walk) {
      if (!i.close().isAfter(t)) {
        continue;
      }
      Instant start = max(i.open(), t);
      checkHorizon(previousEnd, start, "closed time");
      previousEnd = i.close();
      walk.anchor = localDate(previousEnd);
      Duration available = Duration.between(start, i.close());
      if (available.compareTo(remaining) >= 0) {
        return start.plus(remaining);
      }
      remaining = remaining.minus(available);
    }
    throw new NoAnswerException("cannot add " + d + " to " + t);
  }

  Instant subtract(Instant t, Duration d) {
    if (d.isZero()) {
      return t;
    }
    if (d.isNegative()) {
      return add(t, d.negated());
    }
    Duration remaining = d;
    Instant previousStart = t;
    Walk walk = backwardFrom(lastRelevantDate(t));
    for (Interval i : walk) {
      if (!i.open().isBefore(t)) {
        continue;
      }
      Instant end = min(i.close(), t);
      checkHorizon(end, previousStart, "closed time");
      previousStart = i.open();
      walk.anchor = localDate(previousStart);
      Duration available = Duration.between(i.open(), end);
      if (available.compareTo(remaining) >= 0) {
        return end.minus(remaining);
      }
      remaining = remaining.minus(available);
    }
    throw new NoAnswerException("cannot subtract " + d + " from " + t);
  }

  /** The rule for business days (docs/semantics.md §6), followed literally. */
  Instant addBusinessDays(Instant t, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative days");
    }
    if (n == 0) {
      return t;
    }
    Instant c = nextOpen(t);
    LocalDate w0 = workingDateContaining(c);
    Duration k = Duration.ZERO;
    for (Interval i : intervalsOn(w0)) {
      k = k.plus(i.overlap(Instant.MIN, c));
    }
    if (k.isZero()) {
      List<Interval> last = intervalsOn(nthWorkingDateAfter(w0, n - 1));
      return last.get(last.size() - 1).close();
    }
    LocalDate wn = nthWorkingDateAfter(w0, n);
    Duration length = dayLength(wn);
    Duration offset = k.compareTo(length) < 0 ? k : length;
    return atBusinessOffset(wn, offset);
  }

  /**
   * The mirror image of {@link #addBusinessDays} with time reflected, followed literally: {@code c}
   * is {@code t} if an interval {@code (open, close]} contains it, else the close of the last
   * interval before {@code t}; {@code W0} is that interval's date; {@code k} is the business time
   * of {@code W0} after {@code c}.
   */
  Instant subtractBusinessDays(Instant t, int n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative days");
    }
    if (n == 0) {
      return t;
    }
    Instant c = null;
    LocalDate w0 = null;
    for (LocalDate d = lastRelevantDate(t); c == null; d = d.minusDays(1)) {
      if (d.isBefore(localDate(t).minusDays(WALK_LIMIT_DAYS))) {
        throw new NoAnswerException("no open time before " + t);
      }
      List<Interval> intervals = intervalsOn(d);
      for (int k = intervals.size() - 1; k >= 0 && c == null; k--) {
        Interval i = intervals.get(k);
        if (i.open().isBefore(t)) {
          c = t.isAfter(i.close()) ? i.close() : t;
          w0 = d;
        }
      }
    }
    checkHorizon(c, t, "closed time");
    Duration k = Duration.ZERO;
    for (Interval i : intervalsOn(w0)) {
      k = k.plus(i.overlap(c, Instant.MAX));
    }
    if (k.isZero()) {
      return intervalsOn(nthWorkingDateBefore(w0, n - 1)).get(0).open();
    }
    LocalDate wn = nthWorkingDateBefore(w0, n);
    Duration length = dayLength(wn);
    Duration left = k.compareTo(length) < 0 ? k : length;
    List<Interval> intervals = intervalsOn(wn);
    for (int j = intervals.size() - 1; j >= 0; j--) {
      Interval i = intervals.get(j);
      if (i.length().compareTo(left) >= 0) {
        return i.close().minus(left);
      }
      left = left.minus(i.length());
    }
    throw new IllegalStateException("offset " + k + " beyond " + wn);
  }

  /** The {@code n}-th working date before {@code w0}; {@code w0} itself for {@code n == 0}. */
  LocalDate nthWorkingDateBefore(LocalDate w0, int n) {
    LocalDate d = w0;
    for (int found = 0; found < n; ) {
      Instant firstOpen = intervalsOn(d).get(0).open();
      do {
        d = d.minusDays(1);
        if (d.isBefore(localDate(firstOpen).minusDays(WALK_LIMIT_DAYS))) {
          throw new NoAnswerException("no " + n + " working dates before " + w0);
        }
      } while (!isWorkingDate(d));
      List<Interval> found2 = intervalsOn(d);
      checkHorizon(found2.get(found2.size() - 1).close(), firstOpen, "closed time");
      found++;
    }
    return d;
  }

  Duration dayLength(LocalDate date) {
    Duration sum = Duration.ZERO;
    for (Interval i : intervalsOn(date)) {
      sum = sum.plus(i.length());
    }
    return sum;
  }

  /** The working date one of whose intervals contains {@code c}. */
  LocalDate workingDateContaining(Instant c) {
    for (LocalDate d = firstRelevantDate(c); !d.isAfter(lastRelevantDate(c)); d = d.plusDays(1)) {
      for (Interval i : intervalsOn(d)) {
        if (i.contains(c)) {
          return d;
        }
      }
    }
    throw new IllegalStateException(c + " is in no interval");
  }

  /** The {@code n}-th working date after {@code w0}; {@code w0} itself for {@code n == 0}. */
  LocalDate nthWorkingDateAfter(LocalDate w0, int n) {
    LocalDate d = w0;
    for (int found = 0; found < n; ) {
      Instant lastClose = intervalsOn(d).get(intervalsOn(d).size() - 1).close();
      do {
        d = d.plusDays(1);
        if (d.isAfter(localDate(lastClose).plusDays(WALK_LIMIT_DAYS))) {
          throw new NoAnswerException("no " + n + " working dates after " + w0);
        }
      } while (!isWorkingDate(d));
      checkHorizon(lastClose, intervalsOn(d).get(0).open(), "closed time");
      found++;
    }
    return d;
  }

  /** The earliest instant with {@code offset > 0} of the date's business time before it. */
  private Instant atBusinessOffset(LocalDate date, Duration offset) {
    Duration remaining = offset;
    for (Interval i : intervalsOn(date)) {
      if (i.length().compareTo(remaining) >= 0) {
        return i.open().plus(remaining);
      }
      remaining = remaining.minus(i.length());
    }
    throw new IllegalStateException("offset " + offset + " beyond " + date);
  }

  /** Refuses a search step across more than the horizon from {@code from} to {@code to}. */
  private static void checkHorizon(Instant from, Instant to, String what) {
    Duration span = Duration.between(from, to);
    if (span.compareTo(HORIZON_SURELY_BEYOND) > 0) {
      throw new NoAnswerException(
          what + " spans " + span + " from " + from + ", beyond the horizon");
    }
    if (span.compareTo(HORIZON_SURELY_WITHIN) > 0) {
      throw new HorizonEdgeException(what + " spans " + span + " from " + from);
    }
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }
}
