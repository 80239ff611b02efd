package io.github.sla4j.tracking;

import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.NotCoveredReason;
import io.github.sla4j.policy.Severity;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A slow, obviously-correct model of the tracking rules, written from their text and independent of
 * the library's tracking and calendar code: no {@code Replay}, {@code ClockReplay}, {@code
 * ClockRun}, no {@code ResponseTarget} or {@code BusinessCalendar} arithmetic.
 *
 * <p>Business time is a plain walk over the open intervals of each local date (windows mapped to
 * instants by the wall-clock rule, taken literally); a metric's clock is the list of "counting"
 * pieces (open ∩ after the clock's start ∖ paused ∖ solved), walked until the counted time reaches
 * the target's length. The rules are applied event by event, in list order. Not thread-safe.
 */
final class ReferenceReplay {

  private ReferenceReplay() {}

  /** A half-open interval {@code [from, to)} of instants. */
  record Iv(Instant from, Instant to) {
    @Override
    public String toString() {
      return "[" + from + ", " + to + ")";
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Calendar

  /** Weekly windows (seconds of the day, 86,400 = 24:00) and closed dates in a zone, or 24/7. */
  static final class Cal {
    final String name;
    final ZoneId zone;
    final boolean always;
    final Map<DayOfWeek, List<int[]>> weekly;
    final Set<LocalDate> holidays;
    private final Map<LocalDate, List<Iv>> cache = new HashMap<>();

    private Cal(
        String name,
        ZoneId zone,
        boolean always,
        Map<DayOfWeek, List<int[]>> weekly,
        Set<LocalDate> holidays) {
      this.name = name;
      this.zone = zone;
      this.always = always;
      this.weekly = weekly;
      this.holidays = holidays;
    }

    static Cal always(ZoneId zone) {
      return new Cal("24/7 " + zone, zone, true, Map.of(), Set.of());
    }

    static Cal weekly(
        String name, ZoneId zone, Map<DayOfWeek, List<int[]>> weekly, Set<LocalDate> holidays) {
      EnumMap<DayOfWeek, List<int[]>> copy = new EnumMap<>(DayOfWeek.class);
      for (DayOfWeek d : DayOfWeek.values()) {
        copy.put(d, List.copyOf(weekly.getOrDefault(d, List.of())));
      }
      return new Cal(name, zone, false, copy, new LinkedHashSet<>(holidays));
    }

    /** The open intervals of a date, by the wall-clock rule, empty ones dropped. */
    List<Iv> intervalsOn(LocalDate date) {
      return cache.computeIfAbsent(
          date,
          d -> {
            List<Iv> out = new ArrayList<>();
            if (always) {
              out.add(
                  new Iv(
                      firstInstantReading(zone, d.atStartOfDay()),
                      firstInstantReading(zone, d.plusDays(1).atStartOfDay())));
            } else if (!holidays.contains(d)) {
              for (int[] w : weekly.get(d.getDayOfWeek())) {
                Instant open = firstInstantReading(zone, d.atStartOfDay().plusSeconds(w[0]));
                Instant close = firstInstantReading(zone, d.atStartOfDay().plusSeconds(w[1]));
                if (close.isAfter(open)) {
                  out.add(new Iv(open, close));
                }
              }
            }
            out.removeIf(iv -> !iv.to().isAfter(iv.from()));
            out.sort((a, b) -> a.from().compareTo(b.from()));
            return out;
          });
    }

    /** Every open interval of the dates {@code [from, to]}, sorted; touching ones kept apart. */
    List<Iv> intervals(LocalDate from, LocalDate to) {
      List<Iv> out = new ArrayList<>();
      for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
        out.addAll(intervalsOn(d));
      }
      out.sort((a, b) -> a.from().compareTo(b.from()));
      return out;
    }

    LocalDate dateOf(Instant t) {
      return LocalDate.ofInstant(t, zone);
    }

    /** Open time within {@code [a, b)}. */
    Duration between(Instant a, Instant b) {
      Duration sum = Duration.ZERO;
      for (Iv iv : intervals(dateOf(a).minusDays(2), dateOf(b).plusDays(2))) {
        sum = sum.plus(overlap(iv, a, b));
      }
      return sum;
    }

    boolean isWorking(LocalDate d) {
      return !intervalsOn(d).isEmpty();
    }

    LocalDate nthWorkingAfter(LocalDate w0, int n) {
      LocalDate d = w0;
      for (int found = 0; found < n; ) {
        d = d.plusDays(1);
        if (d.isAfter(w0.plusDays(400))) {
          throw new IllegalStateException("no working date near " + w0 + " on " + name);
        }
        if (isWorking(d)) {
          found++;
        }
      }
      return d;
    }

    /** The business-days rule, followed literally from the rule's text. */
    Instant addBusinessDays(Instant t, int n) {
      Instant c = null;
      LocalDate w0 = null;
      for (LocalDate d = dateOf(t).minusDays(2); c == null; d = d.plusDays(1)) {
        if (d.isAfter(dateOf(t).plusDays(400))) {
          throw new IllegalStateException("no open time after " + t + " on " + name);
        }
        for (Iv iv : intervalsOn(d)) {
          if (iv.to().isAfter(t)) {
            c = iv.from().isAfter(t) ? iv.from() : t;
            w0 = d;
            break;
          }
        }
      }
      Duration k = Duration.ZERO;
      for (Iv iv : intervalsOn(w0)) {
        k = k.plus(overlap(iv, Instant.MIN, c));
      }
      if (k.isZero()) {
        List<Iv> last = intervalsOn(nthWorkingAfter(w0, n - 1));
        return last.get(last.size() - 1).to();
      }
      LocalDate wn = nthWorkingAfter(w0, n);
      Duration length = Duration.ZERO;
      for (Iv iv : intervalsOn(wn)) {
        length = length.plus(Duration.between(iv.from(), iv.to()));
      }
      Duration rest = k.compareTo(length) < 0 ? k : length;
      for (Iv iv : intervalsOn(wn)) {
        Duration len = Duration.between(iv.from(), iv.to());
        if (len.compareTo(rest) >= 0) {
          return iv.from().plus(rest);
        }
        rest = rest.minus(len);
      }
      throw new IllegalStateException("offset beyond " + wn);
    }

    @Override
    public String toString() {
      if (always) {
        return name;
      }
      StringBuilder sb = new StringBuilder(name).append('[').append(zone);
      weekly.forEach(
          (d, ws) -> {
            if (!ws.isEmpty()) {
              sb.append(' ').append(d.name(), 0, 3);
              for (int[] w : ws) {
                sb.append(' ').append(hm(w[0])).append('-').append(hm(w[1]));
              }
            }
          });
      return sb.append(", closed ").append(holidays).append(']').toString();
    }

    private static String hm(int s) {
      return String.format("%02d:%02d", s / 3600, s / 60 % 60);
    }
  }

  /**
   * The first instant at which the zone's wall clock reads {@code target} or later, straight from
   * the definition: the answer is the transition instant of a gap or {@code target − offset} for an
   * offset in force nearby; every candidate is checked with {@link LocalDateTime#ofInstant}.
   */
  static Instant firstInstantReading(ZoneId zone, LocalDateTime target) {
    ZoneRules rules = zone.getRules();
    Instant asUtc = target.toInstant(ZoneOffset.UTC);
    Instant lo = asUtc.minus(Duration.ofHours(18));
    Instant hi = asUtc.plus(Duration.ofHours(18));
    List<Instant> candidates = new ArrayList<>();
    candidates.add(hi);
    Set<ZoneOffset> offsets = new LinkedHashSet<>();
    offsets.add(rules.getOffset(lo));
    for (ZoneOffsetTransition tr = rules.nextTransition(lo);
        tr != null && !tr.getInstant().isAfter(hi);
        tr = rules.nextTransition(tr.getInstant())) {
      candidates.add(tr.getInstant());
      offsets.add(tr.getOffsetBefore());
      offsets.add(tr.getOffsetAfter());
    }
    for (ZoneOffset off : offsets) {
      candidates.add(target.toInstant(off));
    }
    Instant best = null;
    for (Instant c : candidates) {
      if (!LocalDateTime.ofInstant(c, zone).isBefore(target)
          && (best == null || c.isBefore(best))) {
        best = c;
      }
    }
    return best;
  }

  static Duration overlap(Iv iv, Instant a, Instant b) {
    Instant lo = iv.from().isAfter(a) ? iv.from() : a;
    Instant hi = iv.to().isBefore(b) ? iv.to() : b;
    return hi.isAfter(lo) ? Duration.between(lo, hi) : Duration.ZERO;
  }

  // ---------------------------------------------------------------------------------------------
  // Targets and policies

  /** A target: elapsed time, business time or business days on a calendar. */
  record Target(String kind, Duration duration, int days, Cal cal) {

    static Target elapsed(Duration d, ZoneId zone) {
      return new Target("elapsed", d, 0, Cal.always(zone));
    }

    static Target businessTime(Duration d, Cal cal) {
      return new Target("business time", d, 0, cal);
    }

    static Target businessDays(int n, Cal cal) {
      return new Target("business days", Duration.ZERO, n, cal);
    }

    /** The length for a clock started at {@code anchor}: business days measured without pauses. */
    Duration lengthFrom(Instant anchor) {
      if (days == 0) {
        return duration;
      }
      return cal.between(anchor, cal.addBusinessDays(anchor, days));
    }

    @Override
    public String toString() {
      return days == 0 ? kind + " " + duration : days + " business days";
    }
  }

  /** What the model needs of a policy: per metric, the target of each severity, and pauses. */
  record Policy(
      Map<Metric, Map<Severity, Target>> targets,
      Map<Metric, Boolean> pausesStop,
      boolean covered) {

    Target target(Metric m, Severity s) {
      return targets.get(m).get(s);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // The answer

  /** The model's status of one metric. */
  record Result(
      SlaState state,
      NotCoveredReason reason,
      Instant deadline,
      Instant breachedAt,
      Instant stoppedAt,
      Instant clockStart,
      Duration elapsed,
      Duration targetLength,
      int cycle,
      int cyclesMet,
      int cyclesBreached,
      List<Instant> thresholds,
      Severity severity) {}

  /** The threshold fractions checked, as numerator and denominator: 0.5, 0.75, 0.9, 1.0. */
  static final long[][] FRACTIONS = {{1, 2}, {3, 4}, {9, 10}, {1, 1}};

  static final double[] FRACTION_VALUES = {0.5, 0.75, 0.9, 1.0};

  // ---------------------------------------------------------------------------------------------
  // Cycles

  /** One cycle of a metric: where it starts in the event list and where it stops (-1: not). */
  private static final class Cycle {
    final int startIndex;
    final Instant start;
    final Severity severity;
    final boolean pausedAtStart;
    int stopIndex = -1;

    Cycle(int startIndex, Instant start, Severity severity, boolean pausedAtStart) {
      this.startIndex = startIndex;
      this.start = start;
      this.severity = severity;
      this.pausedAtStart = pausedAtStart;
    }
  }

  /** A target in force: its anchor and length; target null for an empty cell. */
  private record Run(Target target, Instant anchor, Duration length) {}

  /** A recorded breach. */
  private record Breach(Run run, Instant deadline, Instant at) {}

  /**
   * Computes every measured metric's status at {@code now}.
   *
   * @param restart true for the RESTART severity-change rule, false for RETROACTIVE
   */
  static Map<Metric, Result> replay(
      Policy policy, List<CaseEvent> all, Instant now, boolean restart) {
    List<CaseEvent> events = new ArrayList<>();
    for (CaseEvent e : all) {
      if (!e.at().isAfter(now)) {
        events.add(e);
      }
    }
    CaseEvent.Opened opened = (CaseEvent.Opened) events.get(0);
    Severity severityNow = opened.severity();
    for (CaseEvent e : events) {
      if (e instanceof CaseEvent.SeverityChanged c) {
        severityNow = c.severity();
      }
    }
    Map<Metric, Result> out = new LinkedHashMap<>();
    for (Metric m : policy.targets().keySet()) {
      if (!policy.covered()) {
        out.put(m, notApplicable(NotCoveredReason.CHANNEL_NOT_COVERED, 0, 0, 0, severityNow));
        continue;
      }
      List<Cycle> cycles = cycles(m, events);
      if (cycles.isEmpty()) {
        out.put(m, notApplicable(NotCoveredReason.NO_CYCLE_YET, 0, 0, 0, severityNow));
        continue;
      }
      boolean pausable = policy.pausesStop().get(m);
      int met = 0;
      int breached = 0;
      Result last = null;
      for (Cycle c : cycles) {
        last = clock(policy, m, pausable, c, events, now, restart, severityNow);
        if (last.state() == SlaState.MET) {
          met++;
        } else if (last.state() == SlaState.BREACHED) {
          breached++;
        }
      }
      out.put(
          m,
          new Result(
              last.state(),
              last.reason(),
              last.deadline(),
              last.breachedAt(),
              last.stoppedAt(),
              last.clockStart(),
              last.elapsed(),
              last.targetLength(),
              cycles.size(),
              met,
              breached,
              last.thresholds(),
              severityNow));
    }
    return out;
  }

  private static Result notApplicable(
      NotCoveredReason reason, int cycle, int met, int breached, Severity severity) {
    return new Result(
        SlaState.NOT_APPLICABLE,
        reason,
        null,
        null,
        null,
        null,
        Duration.ZERO,
        Duration.ZERO,
        cycle,
        met,
        breached,
        List.of(),
        severity);
  }

  /** The cycles of a metric, from the start and stop rules, event by event. */
  private static List<Cycle> cycles(Metric m, List<CaseEvent> events) {
    List<Cycle> cycles = new ArrayList<>();
    Cycle running = null;
    boolean paused = false;
    boolean agentEver = false;
    Severity severity = null;
    for (int i = 0; i < events.size(); i++) {
      CaseEvent e = events.get(i);
      if (e instanceof CaseEvent.Opened o) {
        severity = o.severity();
        if (m.equals(Metric.FIRST_RESPONSE) || m.equals(Metric.RESOLUTION)) {
          running = new Cycle(i, o.at(), severity, false);
          cycles.add(running);
        }
      } else if (e instanceof CaseEvent.SeverityChanged c) {
        severity = c.severity();
      } else if (e instanceof CaseEvent.Paused) {
        paused = true;
      } else if (e instanceof CaseEvent.Resumed) {
        paused = false;
      } else if (e instanceof CaseEvent.AgentReplied) {
        agentEver = true;
        boolean stops =
            m.equals(Metric.FIRST_RESPONSE)
                || m.equals(Metric.NEXT_REPLY)
                || m.equals(Metric.PERIODIC_UPDATE);
        if (stops && running != null) {
          running.stopIndex = i;
          running = null;
        }
        if (m.equals(Metric.PERIODIC_UPDATE)) {
          running = new Cycle(i, e.at(), severity, paused);
          cycles.add(running);
        }
      } else if (e instanceof CaseEvent.CustomerReplied) {
        if (m.equals(Metric.NEXT_REPLY) && agentEver && running == null) {
          running = new Cycle(i, e.at(), severity, paused);
          cycles.add(running);
        }
      } else if (e instanceof CaseEvent.Solved) {
        paused = false;
        if (!m.equals(Metric.RESOLUTION) && running != null) {
          running.stopIndex = i;
          running = null;
        }
      } else if (e instanceof CaseEvent.Reopened) {
        paused = false;
      }
    }
    return cycles;
  }

  /** One cycle's clock: exclusions first, then the runs and the breach, event by event. */
  private static Result clock(
      Policy policy,
      Metric m,
      boolean pausable,
      Cycle c,
      List<CaseEvent> events,
      Instant now,
      boolean restart,
      Severity severityNow) {
    boolean resolution = m.equals(Metric.RESOLUTION);
    int last = c.stopIndex >= 0 ? c.stopIndex : events.size() - 1;
    // Pass 1: the excluded time (pauses if they stop this metric, time while solved) and the end.
    List<Iv> excluded = new ArrayList<>();
    Instant pauseFrom = pausable && c.pausedAtStart ? c.start : null;
    Instant solvedFrom = null;
    for (int i = c.startIndex + 1; i <= last; i++) {
      CaseEvent e = events.get(i);
      Instant t = e.at();
      if (e instanceof CaseEvent.Paused) {
        if (pausable) {
          pauseFrom = t;
        }
      } else if (e instanceof CaseEvent.Resumed) {
        if (pauseFrom != null) {
          excluded.add(new Iv(pauseFrom, t));
          pauseFrom = null;
        }
      } else if (e instanceof CaseEvent.Solved
          || (i == c.stopIndex && e instanceof CaseEvent.AgentReplied)) {
        if (pauseFrom != null) {
          excluded.add(new Iv(pauseFrom, t));
          pauseFrom = null;
        }
        if (resolution) {
          solvedFrom = t;
        }
      } else if (e instanceof CaseEvent.Reopened && resolution) {
        excluded.add(new Iv(solvedFrom, t));
        solvedFrom = null;
      }
    }
    boolean stopped = c.stopIndex >= 0 || solvedFrom != null;
    Instant end =
        c.stopIndex >= 0 ? events.get(c.stopIndex).at() : solvedFrom != null ? solvedFrom : now;
    boolean pausedAtEnd = !stopped && pauseFrom != null;
    if (pauseFrom != null) {
      excluded.add(new Iv(pauseFrom, end));
    }
    excluded.removeIf(iv -> !iv.to().isAfter(iv.from()));
    // Pass 2: runs and breach, checking before each event (list order) and at now.
    Run run = run(policy.target(m, c.severity), c.start);
    Breach breach = null;
    boolean active = true;
    Severity severity = c.severity;
    for (int i = c.startIndex + 1; i <= last; i++) {
      CaseEvent e = events.get(i);
      Instant t = e.at();
      if (breach == null && active && run.target() != null) {
        Instant d = deadline(run, excluded);
        if (d.isBefore(t)) {
          breach = new Breach(run, d, d);
        }
      }
      if (e instanceof CaseEvent.SeverityChanged change) {
        severity = change.severity();
        run = run(policy.target(m, severity), restart ? t : c.start);
        if (breach == null && run.target() != null) {
          Instant d = deadline(run, excluded);
          if (d.isBefore(t)) {
            breach = new Breach(run, d, t);
          }
        }
      } else if (e instanceof CaseEvent.Solved && resolution) {
        active = false;
      } else if (e instanceof CaseEvent.Reopened && resolution) {
        active = true;
      }
    }
    if (!stopped && breach == null && run.target() != null) {
      Instant d = deadline(run, excluded);
      if (d.isBefore(now)) {
        breach = new Breach(run, d, d);
      }
    }
    Instant stoppedAt = stopped ? end : null;
    if (breach == null && run.target() == null) {
      return new Result(
          SlaState.NOT_APPLICABLE,
          NotCoveredReason.NO_TARGET,
          null,
          null,
          stoppedAt,
          null,
          Duration.ZERO,
          Duration.ZERO,
          0,
          0,
          0,
          List.of(),
          severityNow);
    }
    Run shown = breach != null ? breach.run() : run;
    SlaState state =
        breach != null
            ? SlaState.BREACHED
            : stopped ? SlaState.MET : pausedAtEnd ? SlaState.PAUSED : SlaState.RUNNING;
    List<Instant> thresholds = new ArrayList<>();
    long lengthNanos = shown.length().toNanos();
    for (long[] f : FRACTIONS) {
      long used = Math.floorDiv(lengthNanos * f[0] + f[1] - 1, f[1]);
      thresholds.add(instantAt(shown, Duration.ofNanos(used), excluded));
    }
    return new Result(
        state,
        null,
        breach != null ? breach.deadline() : deadline(shown, excluded),
        breach != null ? breach.at() : null,
        stoppedAt,
        shown.anchor(),
        counted(shown, excluded, end),
        shown.length(),
        0,
        0,
        0,
        thresholds,
        severityNow);
  }

  private static Run run(Target target, Instant anchor) {
    return new Run(target, anchor, target == null ? null : target.lengthFrom(anchor));
  }

  // ---------------------------------------------------------------------------------------------
  // The clock: counting pieces

  /**
   * The pieces of time that count for a run, from its anchor, in order: open time of the target's
   * calendar on the dates {@code [from, to]}, after the anchor, minus the excluded intervals.
   */
  private static List<Iv> pieces(Run run, List<Iv> excluded, LocalDate from, LocalDate to) {
    List<Iv> out = new ArrayList<>();
    for (Iv open : run.target().cal().intervals(from, to)) {
      Instant lo = open.from().isBefore(run.anchor()) ? run.anchor() : open.from();
      if (!open.to().isAfter(lo)) {
        continue;
      }
      List<Iv> parts = new ArrayList<>();
      parts.add(new Iv(lo, open.to()));
      for (Iv x : excluded) {
        List<Iv> next = new ArrayList<>();
        for (Iv p : parts) {
          if (!x.to().isAfter(p.from()) || !x.from().isBefore(p.to())) {
            next.add(p);
            continue;
          }
          if (x.from().isAfter(p.from())) {
            next.add(new Iv(p.from(), x.from()));
          }
          if (x.to().isBefore(p.to())) {
            next.add(new Iv(x.to(), p.to()));
          }
        }
        parts = next;
      }
      out.addAll(parts);
    }
    out.sort((a, b) -> a.from().compareTo(b.from()));
    return out;
  }

  /** The counted time of a run from its anchor up to {@code until}. */
  static Duration counted(Run run, List<Iv> excluded, Instant until) {
    if (!until.isAfter(run.anchor())) {
      return Duration.ZERO;
    }
    Cal cal = run.target().cal();
    Duration sum = Duration.ZERO;
    for (Iv p :
        pieces(
            run, excluded, cal.dateOf(run.anchor()).minusDays(2), cal.dateOf(until).plusDays(2))) {
      sum = sum.plus(overlap(p, run.anchor(), until));
    }
    return sum;
  }

  /** The earliest instant at which the run's counted time reaches {@code amount}. */
  static Instant instantAt(Run run, Duration amount, List<Iv> excluded) {
    if (amount.isZero()) {
      return run.anchor();
    }
    Cal cal = run.target().cal();
    LocalDate from = cal.dateOf(run.anchor()).minusDays(2);
    for (int days : new int[] {40, 800}) {
      LocalDate to = from.plusDays(days);
      // Pieces are complete for instants before the start of to - 2 (later dates are not listed).
      Instant limit = firstInstantReading(cal.zone, to.minusDays(2).atStartOfDay());
      Duration rest = amount;
      for (Iv p : pieces(run, excluded, from, to)) {
        if (!p.from().isBefore(limit)) {
          break;
        }
        Instant pe = p.to().isAfter(limit) ? limit : p.to();
        Duration len = Duration.between(p.from(), pe);
        if (len.compareTo(rest) >= 0) {
          return p.from().plus(rest);
        }
        rest = rest.minus(len);
      }
    }
    throw new IllegalStateException("no deadline within 800 days for " + run);
  }

  static Instant deadline(Run run, List<Iv> excluded) {
    return instantAt(run, run.length(), excluded);
  }
}
