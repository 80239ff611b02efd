package io.github.sla4j.internal;

import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.zone.ZoneRules;
import java.util.function.Supplier;

/**
 * Exact business-time arithmetic over the windows of a {@link WindowSource}, whose local dates are
 * named in a zone.
 *
 * <p>Every operation is a binary search in a {@link WindowTable}. The table is built lazily: the
 * first operation builds a chunk of about a week of dates around its instants, so a fresh calendar
 * answers a short question at the cost of those dates, and an operation that needs dates outside
 * the table rebuilds it, larger; growth at least doubles the range, so the cost of building is
 * amortised and steady-state operations allocate only their result. No answer depends on what was
 * cached before. The current table is published through a volatile field; concurrent builders may
 * race, which only builds an equal table twice.
 *
 * <p>Searches never loop forever: a search that finds no open time (or no close) within {@link
 * #HORIZON_YEARS} years of its start throws {@link DateTimeException}, and one operation may cover
 * at most {@link #MAX_SPAN_YEARS} years of dates.
 */
public final class BusinessTimeEngine {

  /** How far a search for the next open time or the next close looks before giving up. */
  public static final int HORIZON_YEARS = 10;

  /** The largest span of local dates one operation may cover. */
  public static final int MAX_SPAN_YEARS = 500;

  private static final long HORIZON_SECONDS = (HORIZON_YEARS * 365L + 3) * 86_400;
  private static final long HORIZON_DAYS = HORIZON_YEARS * 365L + 3;
  private static final long MAX_SPAN_DAYS = MAX_SPAN_YEARS * 365L + MAX_SPAN_YEARS / 4;

  /** Dates before the first operation's first local date in the first chunk. */
  private static final long INITIAL_PAST_DAYS = 1;

  /** Dates after the first operation's last local date in the first chunk. */
  private static final long INITIAL_FUTURE_DAYS = 4;

  /** The least number of dates a table grows by. */
  private static final long MIN_GROWTH_DAYS = 16;

  /** Dates kept on each side of a far operation when the table starts afresh around it. */
  private static final long FAR_PAD_DAYS = 400;

  private static final int NANOS = 1_000_000_000;

  private final ZoneRules rules;
  private final WindowSource source;
  private final Supplier<String> description;
  private final boolean everOpen;
  private volatile WindowTable table;

  /**
   * Creates an engine.
   *
   * @param rules the rules of the zone that names the local dates
   * @param source the windows of each date
   * @param description how error messages name the calendar, asked only when one is written
   * @param everOpen false when the source is known to have no open time at all, so searches fail at
   *     once
   */
  public BusinessTimeEngine(
      ZoneRules rules, WindowSource source, Supplier<String> description, boolean everOpen) {
    this.rules = rules;
    this.source = source;
    this.description = description;
    this.everOpen = everOpen;
  }

  // ---------------------------------------------------------------------------------------------
  // Queries

  /** Whether the instant lies in an open window. */
  public boolean isOpen(Instant t) {
    long s = t.getEpochSecond();
    WindowTable tb = covering(s, s);
    return tb.isOpenAt(tb.windowAtOrBefore(s), s);
  }

  /** {@code t} if open, else the open of the first window after {@code t}. */
  public Instant nextOpen(Instant t) {
    long s = t.getEpochSecond();
    WindowTable tb = covering(s, s);
    while (true) {
      int i = tb.windowAtOrBefore(s);
      if (tb.isOpenAt(i, s)) {
        return t;
      }
      if (i + 1 < tb.size) {
        checkReachable(tb.opens[i + 1], s, t);
        return Instant.ofEpochSecond(tb.opens[i + 1]);
      }
      tb = extendForwardForSearch(tb, Math.max(s, lastClose(tb)), t);
    }
  }

  /** The end of the open stretch containing {@code t}, else of the next one. */
  public Instant nextClose(Instant t) {
    long s = t.getEpochSecond();
    WindowTable tb = covering(s, s);
    while (true) {
      int i = tb.windowAtOrBefore(s);
      int start = tb.isOpenAt(i, s) ? i : i + 1;
      if (start >= tb.size) {
        tb = extendForwardForSearch(tb, Math.max(s, lastClose(tb)), t);
        continue;
      }
      if (start > i) {
        checkReachable(tb.opens[start], s, t);
      }
      long close = tb.close(tb.runEnds[start]);
      if (close - s > HORIZON_SECONDS) {
        throw neverCloses(t);
      }
      if (close < tb.rangeEnd) {
        return Instant.ofEpochSecond(close);
      }
      tb = rebuild(tb, tb.firstDay, tb.lastDay + growth(tb), t);
    }
  }

  /** The measure of the open set within {@code [a, b)}; negated when {@code b < a}. */
  public Duration between(Instant a, Instant b) {
    if (b.isBefore(a)) {
      return between(b, a).negated();
    }
    long as = a.getEpochSecond();
    long bs = b.getEpochSecond();
    WindowTable tb = covering(as, bs);
    int ia = tb.windowAtOrBefore(as);
    int ib = tb.windowAtOrBefore(bs);
    long seconds = tb.cumSeconds(ib, bs) - tb.cumSeconds(ia, as);
    long nanos =
        (tb.isOpenAt(ib, bs) ? b.getNano() : 0) - (long) (tb.isOpenAt(ia, as) ? a.getNano() : 0);
    return Duration.ofSeconds(seconds, nanos);
  }

  /** The earliest {@code u >= t} with {@code between(t, u) == d}, for {@code d > 0}. */
  public Instant add(Instant t, Duration d) {
    checkSpan(d, t);
    long s = t.getEpochSecond();
    WindowTable tb = covering(s, s);
    while (true) {
      int i = tb.windowAtOrBefore(s);
      boolean open = tb.isOpenAt(i, s);
      int nano = (open ? t.getNano() : 0) + d.getNano();
      long carry = 0;
      if (nano >= NANOS) {
        nano -= NANOS;
        carry = 1;
      }
      long targetSec = tb.cumSeconds(i, s) + d.getSeconds() + carry;
      int targetNano = nano;
      long total = tb.total();
      if (targetSec < total || (targetSec == total && targetNano == 0 && total > 0)) {
        int w = locateWindow(tb, targetSec, targetNano, Math.max(i, 0));
        int first = open ? i : i + 1;
        checkReachable(tb.opens[first], s, t);
        checkNoFarGap(tb, first, w, t, "after");
        return Instant.ofEpochSecond(tb.opens[w] + (targetSec - tb.cums[w]), targetNano);
      }
      tb = extendForwardForSearch(tb, Math.max(s, lastClose(tb)), t);
    }
  }

  /** The latest {@code u <= t} with {@code between(u, t) == d}, for {@code d > 0}. */
  public Instant subtract(Instant t, Duration d) {
    checkSpan(d, t);
    long s = t.getEpochSecond();
    WindowTable tb = covering(s, s);
    while (true) {
      int i = tb.windowAtOrBefore(s);
      boolean open = tb.isOpenAt(i, s);
      long nano = (open ? t.getNano() : 0) - (long) d.getNano();
      long targetSec = tb.cumSeconds(i, s) - d.getSeconds() + Math.floorDiv(nano, NANOS);
      int targetNano = (int) Math.floorMod(nano, NANOS);
      if (targetSec >= 0 && tb.size > 0) {
        int w = Search.upperBound(tb.cums, tb.size, targetSec) - 1;
        if (!open && s - tb.close(i) > HORIZON_SECONDS) {
          throw noOpenTime(t, t, "before");
        }
        checkNoFarGap(tb, w, i, t, "before");
        return Instant.ofEpochSecond(tb.opens[w] + (targetSec - tb.cums[w]), targetNano);
      }
      tb = extendBackwardForSearch(tb, s, t);
    }
  }

  /** Business days as docs/semantics.md defines them, for {@code n > 0}. */
  public Instant addBusinessDays(Instant t, int n) {
    checkDays(n, t);
    long s = t.getEpochSecond();
    WindowTable tb = covering(s, s);
    while (true) {
      // c = nextOpen(t), as a (second, nano) pair so that only the result is allocated.
      int i = tb.windowAtOrBefore(s);
      boolean open = tb.isOpenAt(i, s);
      int w = open ? i : i + 1;
      if (w >= tb.size) {
        tb = extendForwardForSearch(tb, Math.max(s, lastClose(tb)), t);
        continue;
      }
      long cSec = open ? s : tb.opens[w];
      checkReachable(cSec, s, t);
      int w0 = tb.dateOfWindow(w);
      long kSec = tb.cumSeconds(w, cSec) - tb.dateCum(w0);
      int kNano = open ? t.getNano() : 0;
      boolean atStart = kSec == 0 && kNano == 0;
      long target = (long) w0 + (atStart ? n - 1 : n);
      if (target < tb.dateCount) {
        int j = (int) target;
        checkNoFarGap(tb, w, tb.firstWindow(j + 1) - 1, t, "after");
        if (atStart) {
          return Instant.ofEpochSecond(tb.dateLastClose(j));
        }
        long len = tb.dateLength(j);
        long offSec = kSec < len ? kSec : len;
        int offNano = kSec < len ? kNano : 0;
        long targetSec = tb.dateCum(j) + offSec;
        int u = locateWindow(tb, targetSec, offNano, tb.firstWindow(j));
        return Instant.ofEpochSecond(tb.opens[u] + (targetSec - tb.cums[u]), offNano);
      }
      tb = extendForwardForSearch(tb, Math.max(s, lastClose(tb)), t);
    }
  }

  /**
   * Business days counted backwards, the mirror image of {@link #addBusinessDays} (time reflected),
   * for {@code n > 0}. Let {@code c} be {@code t} if it lies in some window {@code (open, close]},
   * else the close of the last window before {@code t}; {@code W0} the working date of that window;
   * {@code k} the business time of {@code W0} after {@code c}. If {@code k == 0} the result is the
   * first open of the {@code (n−1)}-th working date before {@code W0}; otherwise the latest instant
   * with {@code min(k, length)} of business time left in the {@code n}-th working date before it.
   */
  public Instant subtractBusinessDays(Instant t, int n) {
    checkDays(n, t);
    long s = t.getEpochSecond();
    int nano = t.getNano();
    WindowTable tb = covering(s, s);
    while (true) {
      int i = tb.windowAtOrBefore(s);
      boolean afterOpen = i >= 0 && (s > tb.opens[i] || nano > 0);
      boolean atOrBeforeClose = i >= 0 && (s < tb.close(i) || (s == tb.close(i) && nano == 0));
      int w;
      long cSec;
      int cNano;
      if (afterOpen && atOrBeforeClose) {
        w = i;
        cSec = s;
        cNano = nano;
      } else {
        w = i >= 0 && afterOpen ? i : i - 1;
        if (w < 0) {
          tb = extendBackwardForSearch(tb, s, t);
          continue;
        }
        cSec = tb.close(w);
        cNano = 0;
        if (s - cSec > HORIZON_SECONDS) {
          throw noOpenTime(t, t, "before");
        }
      }
      int w0 = tb.dateOfWindow(w);
      long endCum = tb.dateCum(w0) + tb.dateLength(w0);
      long cCum = tb.cums[w] + (cSec - tb.opens[w]);
      long kSec = endCum - cCum - (cNano > 0 ? 1 : 0);
      int kNano = cNano > 0 ? NANOS - cNano : 0;
      boolean atEnd = kSec == 0 && kNano == 0;
      long target = (long) w0 - (atEnd ? n - 1 : n);
      if (target >= 0) {
        int j = (int) target;
        checkNoFarGap(tb, tb.firstWindow(j), w, t, "before");
        if (atEnd) {
          return Instant.ofEpochSecond(tb.opens[tb.firstWindow(j)]);
        }
        long len = tb.dateLength(j);
        boolean whole = kSec >= len;
        long posSec = tb.dateCum(j) + len - (whole ? len : kSec) - (!whole && kNano > 0 ? 1 : 0);
        int posNano = !whole && kNano > 0 ? NANOS - kNano : 0;
        // The latest instant at that business position: at a boundary between windows, the open.
        int u = Search.upperBound(tb.cums, tb.size, posSec) - 1;
        return Instant.ofEpochSecond(tb.opens[u] + (posSec - tb.cums[u]), posNano);
      }
      tb = extendBackwardForSearch(tb, s, t);
    }
  }

  /**
   * Whether the date has at least one non-empty window, computed directly from the source.
   *
   * @param date the date
   * @return true for a working date
   */
  public boolean isWorkingDate(LocalDate date) {
    return openWindowsOn(date).length > 0;
  }

  /**
   * The non-empty windows of a date as epoch seconds {@code [open0, close0, …]}, computed directly
   * from the source.
   *
   * @param date the date
   * @return the windows, possibly empty
   */
  public long[] openWindowsOn(LocalDate date) {
    Collector c = new Collector();
    source.windows(date.toEpochDay(), date.toEpochDay(), c);
    return java.util.Arrays.copyOf(c.bounds, c.n);
  }

  /** Collects the windows of one date as {@code [open0, close0, …]}. */
  private static final class Collector implements WindowSource.Sink {
    long[] bounds = new long[4];
    int n;

    @Override
    public void window(long epochDay, long open, long close) {
      if (n + 2 > bounds.length) {
        bounds = java.util.Arrays.copyOf(bounds, bounds.length * 2);
      }
      bounds[n++] = open;
      bounds[n++] = close;
    }
  }

  /** Bytes held by the current table; for footprint measurements. */
  public long tableFootprintBytes() {
    WindowTable tb = table;
    return tb == null ? 0 : tb.footprintBytes();
  }

  // ---------------------------------------------------------------------------------------------
  // Table management

  /**
   * The last window whose business-time start is strictly before the business position {@code
   * (targetSec, targetNano)}: the target lies in that window or at its close. Every window before
   * {@code from} starts before the target; the search starts at {@code from}, so a short step costs
   * a few comparisons, not a search of the whole table.
   */
  private static int locateWindow(WindowTable tb, long targetSec, int targetNano, int from) {
    return (targetNano == 0
            ? Search.lowerBoundFrom(tb.cums, tb.size, targetSec, from)
            : Search.upperBoundFrom(tb.cums, tb.size, targetSec, from))
        - 1;
  }

  private static long lastClose(WindowTable tb) {
    return tb.size == 0 ? tb.rangeStart : tb.close(tb.size - 1);
  }

  /** Growth doubles the table's dates, so building costs amortised O(1) per date ever covered. */
  private static long growth(WindowTable tb) {
    return Math.max(MIN_GROWTH_DAYS, tb.lastDay - tb.firstDay + 1);
  }

  /** A table whose span includes the instants {@code [lo, hi]} (epoch seconds). */
  private WindowTable covering(long lo, long hi) {
    WindowTable tb = table;
    if (tb != null && tb.covers(lo) && tb.covers(hi)) {
      return tb;
    }
    long loLocal = localEpochDay(lo);
    long hiLocal = hi == lo ? loLocal : localEpochDay(hi);
    long loDay = loLocal - 2;
    long hiDay = hiLocal + 2;
    if (hiDay - loDay > MAX_SPAN_DAYS) {
      throw new DateTimeException(
          "Calendar "
              + description.get()
              + ": the instants "
              + Instant.ofEpochSecond(lo)
              + " and "
              + Instant.ofEpochSecond(hi)
              + " are more than "
              + MAX_SPAN_YEARS
              + " years apart, the most one operation may span. Split the computation.");
    }
    long first;
    long last;
    if (tb == null) {
      // The first chunk: the few dates a short operation needs, so a fresh calendar answers its
      // first question at the cost of about a week of dates.
      first = loLocal - INITIAL_PAST_DAYS;
      last = hiLocal + INITIAL_FUTURE_DAYS;
    } else {
      first = Math.min(tb.firstDay, loDay - (loDay < tb.firstDay ? growth(tb) : 0));
      last = Math.max(tb.lastDay, hiDay + (hiDay > tb.lastDay ? growth(tb) : 0));
    }
    if (last - first > MAX_SPAN_DAYS) {
      // Far from the cached range: start afresh around what this operation needs.
      long pad = Math.min(FAR_PAD_DAYS, (MAX_SPAN_DAYS - (hiDay - loDay)) / 2);
      first = loDay - pad;
      last = hiDay + pad;
    }
    WindowTable built = rebuild(tb, first, last, null);
    while (!(built.covers(lo) && built.covers(hi))) {
      // A window of the date before the chunk may reach past the instant (a long night shift):
      // widen until the span holds both instants.
      long more = growth(built);
      if (built.lastDay - built.firstDay + 2 * more > MAX_SPAN_DAYS) {
        throw new DateTimeException(
            "Calendar "
                + description.get()
                + ": the instants "
                + Instant.ofEpochSecond(lo)
                + " and "
                + Instant.ofEpochSecond(hi)
                + " need more than "
                + MAX_SPAN_YEARS
                + " years of dates, the most one operation may span. Split the computation.");
      }
      built = rebuild(built, built.firstDay - more, built.lastDay + more, null);
    }
    return built;
  }

  private WindowTable extendForwardForSearch(WindowTable tb, long searchFrom, Instant start) {
    if (!everOpen || tb.rangeEnd - searchFrom >= HORIZON_SECONDS) {
      throw noOpenTime(start, Instant.ofEpochSecond(searchFrom), "after");
    }
    // Grow by doubling, but never past what the horizon check needs: a search that runs off the
    // table then either finds its answer in the next chunk or fails once the table reaches the
    // horizon, whatever the table covered before.
    long needed = localEpochDay(searchFrom) + HORIZON_DAYS + 2;
    long last = Math.min(tb.lastDay + growth(tb), needed);
    if (last <= tb.lastDay) {
      last = tb.lastDay + growth(tb);
    }
    return rebuild(tb, tb.firstDay, last, start);
  }

  private WindowTable rebuild(WindowTable old, long firstDay, long lastDay, Instant start) {
    boolean progress = true;
    if (old != null && start != null && lastDay - firstDay > MAX_SPAN_DAYS) {
      // The cached table may reach far from this search (grown by earlier operations, or by
      // doubling): keep only the dates from the search start in the direction it searches.
      long startDay = localEpochDay(start.getEpochSecond());
      if (lastDay > old.lastDay) {
        firstDay = Math.max(firstDay, startDay - 2);
        lastDay = Math.min(lastDay, firstDay + MAX_SPAN_DAYS);
        progress = lastDay > old.lastDay;
      } else {
        lastDay = Math.min(lastDay, startDay + 2);
        firstDay = Math.max(firstDay, lastDay - MAX_SPAN_DAYS);
        progress = firstDay < old.firstDay;
      }
    }
    if (old != null && (!progress || lastDay - firstDay > MAX_SPAN_DAYS)) {
      throw new DateTimeException(
          "Calendar "
              + description.get()
              + ": the search from "
              + start
              + " needs more than "
              + MAX_SPAN_YEARS
              + " years of dates, the most one operation may span. Use a smaller amount or a"
              + " later start.");
    }
    WindowTable tb;
    try {
      tb = WindowTable.build(rules, source, firstDay, lastDay, HORIZON_SECONDS);
    } catch (DateTimeException | ArithmeticException ex) {
      throw new DateTimeException(
          "Calendar "
              + description.get()
              + ": dates "
              + firstDay
              + ".."
              + lastDay
              + " (epoch days) are outside the range java.time supports for this zone",
          ex);
    }
    table = tb;
    return tb;
  }

  private long localEpochDay(long epochSecond) {
    try {
      int offset = ZoneTransitions.offset(rules, epochSecond);
      long day = Math.floorDiv(Math.addExact(epochSecond, offset), 86_400);
      LocalDate.ofEpochDay(day); // range check
      return day;
    } catch (DateTimeException | ArithmeticException ex) {
      throw new DateTimeException(
          "Calendar "
              + description.get()
              + ": the instant at epoch second "
              + epochSecond
              + " is outside the supported range of dates",
          ex);
    }
  }

  private void checkDays(int n, Instant t) {
    if (n > MAX_SPAN_DAYS) {
      throw new DateTimeException(
          "Calendar "
              + description.get()
              + ": "
              + n
              + " business days from "
              + t
              + " span more than "
              + MAX_SPAN_YEARS
              + " years, the most one operation may span");
    }
  }

  private WindowTable extendBackwardForSearch(WindowTable tb, long s, Instant start) {
    long firstOpen = tb.size == 0 ? Long.MAX_VALUE : tb.opens[0];
    long searchFrom = Math.min(s, firstOpen);
    if (!everOpen || searchFrom - tb.rangeStart >= HORIZON_SECONDS) {
      throw noOpenTime(start, Instant.ofEpochSecond(searchFrom), "before");
    }
    return rebuild(tb, tb.firstDay - growth(tb), tb.lastDay, start);
  }

  private void checkSpan(Duration d, Instant t) {
    if (d.getSeconds() > MAX_SPAN_DAYS * 86_400) {
      throw new DateTimeException(
          "Calendar "
              + description.get()
              + ": "
              + d
              + " of business time from "
              + t
              + " spans more than "
              + MAX_SPAN_YEARS
              + " years, the most one operation may span");
    }
  }

  /**
   * Throws if the first open at or after {@code s} lies beyond the horizon. Whether a search finds
   * it must not depend on how far the cached table happens to reach.
   */
  private void checkReachable(long open, long s, Instant start) {
    if (open - s > HORIZON_SECONDS) {
      throw noOpenTime(start, start, "after");
    }
  }

  /** Throws if the search from window {@code first} to {@code last} crosses a far gap. */
  private void checkNoFarGap(WindowTable tb, int first, int last, Instant start, String direction) {
    if (tb.hasFarGap(first, last)) {
      int after = tb.lastFarGapAtOrBefore(last);
      long from = direction.equals("after") ? tb.close(after - 1) : tb.opens[after];
      throw noOpenTime(start, Instant.ofEpochSecond(from), direction);
    }
  }

  private DateTimeException noOpenTime(Instant start, Instant from, String direction) {
    return new DateTimeException(
        "Calendar "
            + description.get()
            + " has no open time in the "
            + HORIZON_YEARS
            + " years "
            + direction
            + " "
            + from
            + " (search started at "
            + start
            + "). Check its weekly hours, holidays and special hours.");
  }

  private DateTimeException neverCloses(Instant start) {
    return new DateTimeException(
        "Calendar "
            + description.get()
            + " does not close within "
            + HORIZON_YEARS
            + " years after the search start "
            + start
            + ": it is open around the clock, so there is no next close.");
  }
}
