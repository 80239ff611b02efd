package io.github.sla4j.calendar;

import java.time.DateTimeException;
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
 * A slow, obviously-correct model of SPEC §3, written from the text and independent of the engine
 * (no window tables, no prefix sums, no binary search, no engine classes).
 *
 * <p>Each local date's windows are turned into instants by the wall-clock rule taken literally
 * ({@link #firstInstantReading}); every operation is then a plain walk over those intervals, date
 * by date, with sums of {@link Duration}s. Intervals are computed lazily per date and cached.
 *
 * <p>Searches stop after {@link #SCAN_LIMIT_DAYS} dates and throw {@link NoAnswerException}. Not
 * thread-safe.
 */
final class ReferenceCalendar {

  /** How many dates a search walks before giving up. */
  static final int SCAN_LIMIT_DAYS = 12 * 366;

  private static final Duration MAX_OFFSET = Duration.ofHours(18);

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

  private final CalendarSpec spec;
  private final ZoneId zone;
  private final Map<LocalDate, List<Interval>> cache = new HashMap<>();

  ReferenceCalendar(CalendarSpec spec) {
    this.spec = spec;
    this.zone = spec.zone;
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
    return cache.computeIfAbsent(date, this::computeIntervals);
  }

  private List<Interval> computeIntervals(LocalDate date) {
    List<Interval> out = new ArrayList<>();
    for (CalendarSpec.Win w : spec.windowsOn(date)) {
      Instant open = firstInstantReading(zone, date.atStartOfDay().plusSeconds(w.open()));
      Instant close = firstInstantReading(zone, date.atStartOfDay().plusSeconds(w.close()));
      if (close.isAfter(open)) {
        out.add(new Interval(open, close));
      }
    }
    out.sort((x, y) -> x.open().compareTo(y.open()));
    for (int i = 1; i < out.size(); i++) {
      if (out.get(i).open().isBefore(out.get(i - 1).close())) {
        throw new IllegalStateException("overlapping intervals on " + date + ": " + out);
      }
    }
    return out;
  }

  boolean isWorkingDate(LocalDate date) {
    return !intervalsOn(date).isEmpty();
  }

  private LocalDate localDate(Instant t) {
    return LocalDate.ofInstant(t, zone);
  }

  /** All intervals of the dates from {@code from} on, in time order, up to the scan limit. */
  private Iterable<Interval> forwardFrom(LocalDate from) {
    return forward(from, from.plusDays(SCAN_LIMIT_DAYS));
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

  /** All intervals of the dates from {@code from} back, latest first, up to the scan limit. */
  private Iterable<Interval> backwardFrom(LocalDate from) {
    return () ->
        new java.util.Iterator<>() {
          private LocalDate date = from;
          private int index = intervalsOn(from).size() - 1;

          @Override
          public boolean hasNext() {
            while (index < 0) {
              if (date.isBefore(from.minusDays(SCAN_LIMIT_DAYS))) {
                return false;
              }
              date = date.minusDays(1);
              index = intervalsOn(date).size() - 1;
            }
            return true;
          }

          @Override
          public Interval next() {
            hasNext();
            return intervalsOn(date).get(index--);
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
        return max(i.open(), t);
      }
    }
    throw new NoAnswerException("no open time after " + t);
  }

  Instant nextClose(Instant t) {
    LocalDate from = firstRelevantDate(t);
    Instant close = null;
    for (Interval i : forwardFrom(from)) {
      if (close == null) {
        if (i.close().isAfter(t)) {
          close = i.close();
        }
      } else if (i.open().equals(close)) {
        close = i.close();
      } else {
        return close;
      }
    }
    // The walk ran out of intervals: the stretch ends at close, unless it reached the scan limit.
    if (close != null && localDate(close).isBefore(from.plusDays(SCAN_LIMIT_DAYS - 2))) {
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
    for (Interval i : forwardFrom(firstRelevantDate(t))) {
      if (!i.close().isAfter(t)) {
        continue;
      }
      Instant start = max(i.open(), t);
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
    for (Interval i : backwardFrom(lastRelevantDate(t))) {
      if (!i.open().isBefore(t)) {
        continue;
      }
      Instant end = min(i.close(), t);
      Duration available = Duration.between(i.open(), end);
      if (available.compareTo(remaining) >= 0) {
        return end.minus(remaining);
      }
      remaining = remaining.minus(available);
    }
    throw new NoAnswerException("cannot subtract " + d + " from " + t);
  }

  /** SPEC §3 "Business days", followed literally. */
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
      d = d.plusDays(1);
      if (d.isAfter(w0.plusDays(SCAN_LIMIT_DAYS))) {
        throw new NoAnswerException("no " + n + " working dates after " + w0);
      }
      if (isWorkingDate(d)) {
        found++;
      }
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

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  /** Used by tests that expect the engine to fail where the model finds nothing. */
  static boolean isNoAnswer(RuntimeException e) {
    return e instanceof NoAnswerException || e instanceof DateTimeException;
  }
}
