package io.github.sla4j.calendar;

import io.github.sla4j.calendar.CalendarSpec.Win;
import io.github.sla4j.calendar.ReferenceCalendar.Interval;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/**
 * QuickTheories generators of random calendars and inputs, biased towards the places where
 * business-time arithmetic goes wrong: DST gaps and overlaps (also at midnight, 30-minute, 2-hour
 * and negative DST, a skipped day), windows starting at 00:00 or ending at 24:00, touching windows,
 * holidays with special hours, and instants exactly on window boundaries.
 */
final class CalendarGenerators {

  /** Zones with odd DST behaviour, plus UTC and fixed offsets. */
  static final List<ZoneId> ZONES =
      List.of(
          ZoneId.of("America/New_York"),
          ZoneId.of("Europe/London"),
          ZoneId.of("Europe/Dublin"),
          ZoneId.of("Australia/Lord_Howe"),
          ZoneId.of("America/Santiago"),
          ZoneId.of("Asia/Beirut"),
          ZoneId.of("Pacific/Apia"),
          ZoneId.of("America/Sao_Paulo"),
          ZoneId.of("America/Havana"),
          ZoneId.of("Asia/Tehran"),
          ZoneId.of("Africa/Cairo"),
          ZoneId.of("America/St_Johns"),
          ZoneId.of("Asia/Kathmandu"),
          ZoneId.of("Pacific/Chatham"),
          ZoneId.of("Antarctica/Troll"),
          ZoneId.of("Europe/Moscow"),
          ZoneId.of("UTC"),
          ZoneOffset.ofHoursMinutes(5, 45),
          ZoneOffset.ofHoursMinutes(-3, -30));

  private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2040, 12, 31);

  /** Local times where DST gaps and overlaps happen in the zones above, in seconds of the day. */
  private static final int[] DST_EDGES = {
    0, 1800, 3600, 5400, 7200, 9000, 9900, 10_800, 13_500, 82_800, 84_600, 86_400
  };

  private static final Map<ZoneId, List<Instant>> TRANSITIONS = new ConcurrentHashMap<>();

  private CalendarGenerators() {}

  /** Random calendars with varied weekly hours, holidays and special hours. */
  static Gen<CalendarCase> cases() {
    return in -> generate(new Rnd(in), false);
  }

  /**
   * Random calendars whose working days all have the same windows (special hours, if any, repeat
   * them on a non-working weekday: an extra working Saturday).
   */
  static Gen<CalendarCase> uniformCases() {
    return in -> generate(new Rnd(in), true);
  }

  private static CalendarCase generate(Rnd r, boolean uniform) {
    ZoneId zone = r.pick(ZONES);
    LocalDate base = baseDate(r, zone);
    CalendarSpec spec = uniform ? uniformSpec(r, zone, base) : spec(r, zone, base);
    ReferenceCalendar ref = new ReferenceCalendar(spec);
    int count = r.between(4, 8);
    List<Instant> instants = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      instants.add(instant(r, zone, base, ref));
    }
    List<Duration> durations = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      durations.add(duration(r, spec, base, ref));
    }
    List<Integer> days = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      days.add(r.chance(70) ? r.between(1, 5) : r.between(1, 25));
    }
    return new CalendarCase(spec, base, instants, durations, days, ref);
  }

  // ---------------------------------------------------------------------------------------------
  // Calendars

  private static CalendarSpec spec(Rnd r, ZoneId zone, LocalDate base) {
    List<Win> template = windows(r);
    boolean sparse = r.chance(6); // only special hours: searches may cross years of closed time
    EnumMap<DayOfWeek, List<Win>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      int roll = r.between(0, 99);
      weekly.put(
          day, sparse || roll >= 55 && roll < 80 ? List.of() : roll < 55 ? template : windows(r));
    }
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    int holidayCount = r.chance(40) ? 0 : r.between(1, 4);
    for (int i = 0; i < holidayCount; i++) {
      holidays.put(nearDate(r, base), "Holiday " + i);
    }
    Map<LocalDate, List<Win>> special = new LinkedHashMap<>();
    int specialCount = r.chance(50) ? 0 : r.between(1, 3);
    for (int i = 0; i < specialCount; i++) {
      LocalDate date;
      int roll = r.between(0, 99);
      if (roll < 30 && !holidays.isEmpty()) {
        date = r.pick(new ArrayList<>(holidays.keySet()));
      } else if (roll < 60) {
        date = closedWeekday(r, weekly, base);
      } else {
        date = nearDate(r, base);
      }
      List<Win> wins = windows(r);
      special.put(date, wins.isEmpty() ? List.of(Win.of("09:00", "17:00")) : wins);
    }
    if (special.isEmpty() && r.chance(30)) {
      addNightShift(r, weekly);
    }
    List<CalendarSpec.Recurring> recurring = r.chance(70) ? List.of() : recurring(r, base, weekly);
    CalendarSpec spec =
        new CalendarSpec(zone, splitAndShuffle(r, weekly), holidays, special, recurring);
    return r.chance(35) ? spec.withClosures(closures(r, spec, base)) : spec;
  }

  /**
   * One to three closures near the base date: often exactly on a window's open or close, or inside
   * one (a part-day closure), sometimes a whole day or several, across midnight or a DST change.
   */
  private static List<CalendarSpec.Clos> closures(Rnd r, CalendarSpec spec, LocalDate base) {
    List<CalendarSpec.Clos> out = new ArrayList<>();
    int count = r.between(1, 3);
    for (int i = 0; i < count; i++) {
      LocalDate date = base.plusDays(r.chance(80) ? r.between(-3, 3) : r.between(-10, 10));
      List<Win> wins = spec.windowsOn(date);
      int open;
      int close;
      int roll = r.between(0, 99);
      if (roll < 40 && !wins.isEmpty()) {
        Win w = r.pick(wins);
        int mid = w.close() - w.open() >= 2 ? r.between(w.open() + 1, w.close() - 1) : w.open();
        open = r.chance(50) ? w.open() : mid;
        close = r.chance(50) ? w.close() : Math.max(open + 1, r.between(mid, w.close()));
      } else if (roll < 55) {
        open = 0;
        close = 86_400 * r.between(1, 3);
      } else {
        open = boundary(r);
        close = open + (r.chance(60) ? r.between(1, 12) * 1800 : r.between(1, 2 * 86_400));
      }
      Instant start = local(spec.zone, date, open);
      Instant end = local(spec.zone, date, close);
      if (end.isAfter(start)) {
        out.add(new CalendarSpec.Clos(start, end, "Closure " + i));
      }
    }
    return out;
  }

  private static Instant local(ZoneId zone, LocalDate date, int second) {
    return ReferenceCalendar.firstInstantReading(zone, date.atStartOfDay().plusSeconds(second));
  }

  /**
   * Adds a window that crosses midnight to one day: after that day's last close, closing before the
   * next day's first open (the builder refuses an overlap).
   */
  private static void addNightShift(Rnd r, Map<DayOfWeek, List<Win>> weekly) {
    DayOfWeek day = DayOfWeek.of(r.between(1, 7));
    int lastClose = weekly.get(day).stream().mapToInt(Win::close).max().orElse(0);
    int nextOpen = weekly.get(day.plus(1)).stream().mapToInt(Win::open).min().orElse(86_400);
    int open = Math.max(lastClose, boundary(r));
    int limit = Math.min(nextOpen, open);
    if (open >= 86_400 || limit < 1) {
      return;
    }
    int close = r.chance(70) ? Math.min(limit, r.between(1, 12) * 1800) : r.between(1, limit);
    List<Win> wins = new ArrayList<>(weekly.get(day));
    wins.add(new Win(open, 86_400 + close));
    weekly.put(day, wins);
  }

  /**
   * One or two recurring special hours near the base date: a fixed month and day, or a few days
   * from an n-th weekday. Their windows open after every weekly night shift has closed (the builder
   * refuses a night shift that may run into them).
   */
  private static List<CalendarSpec.Recurring> recurring(
      Rnd r, LocalDate base, Map<DayOfWeek, List<Win>> weekly) {
    int spill =
        weekly.values().stream()
            .flatMap(List::stream)
            .mapToInt(w -> Math.max(0, w.close() - 86_400))
            .max()
            .orElse(0);
    List<CalendarSpec.Recurring> out = new ArrayList<>();
    int count = r.between(1, 2);
    for (int i = 0; i < count; i++) {
      List<Win> wins = windows(r);
      if (wins.isEmpty()) {
        wins = List.of(Win.of("09:00", "12:00"));
      }
      if (wins.get(0).open() < spill) {
        continue;
      }
      LocalDate date = nearDate(r, base);
      if (r.chance(50)) {
        out.add(CalendarSpec.Recurring.fixed("Recurring " + i, MonthDay.from(date), wins));
      } else {
        int offset = r.between(-3, 3);
        LocalDate b = date.minusDays(offset);
        out.add(
            CalendarSpec.Recurring.relative(
                "Recurring " + i,
                b.getMonth(),
                (b.getDayOfMonth() - 1) / 7 + 1,
                b.getDayOfWeek(),
                offset,
                wins));
      }
    }
    return out;
  }

  private static CalendarSpec uniformSpec(Rnd r, ZoneId zone, LocalDate base) {
    List<Win> template = windows(r);
    if (template.isEmpty()) {
      template = List.of(Win.of("03:00", "18:00"));
    }
    EnumMap<DayOfWeek, List<Win>> weekly = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      weekly.put(day, r.chance(70) ? template : List.of());
    }
    if (weekly.values().stream().allMatch(List::isEmpty)) {
      weekly.put(DayOfWeek.WEDNESDAY, template);
    }
    Map<LocalDate, String> holidays = new LinkedHashMap<>();
    int holidayCount = r.chance(50) ? 0 : r.between(1, 4);
    for (int i = 0; i < holidayCount; i++) {
      holidays.put(nearDate(r, base), "Holiday " + i);
    }
    Map<LocalDate, List<Win>> special = new LinkedHashMap<>();
    if (r.chance(30)) {
      special.put(closedWeekday(r, weekly, base), template);
    }
    return new CalendarSpec(zone, weekly, holidays, special);
  }

  /** Zero to three windows of one day, boundaries biased to DST edges, hours and half hours. */
  private static List<Win> windows(Rnd r) {
    int roll = r.between(0, 99);
    if (roll < 8) {
      return List.of(new Win(0, 86_400));
    }
    int k = roll < 20 ? 0 : roll < 60 ? 1 : roll < 85 ? 2 : 3;
    List<Integer> points = new ArrayList<>();
    for (int i = 0; i < 2 * k; i++) {
      points.add(boundary(r));
    }
    Collections.sort(points);
    List<Win> out = new ArrayList<>();
    for (int i = 0; i < points.size(); i += 2) {
      if (points.get(i) < points.get(i + 1)) {
        out.add(new Win(points.get(i), points.get(i + 1)));
      }
    }
    return out;
  }

  private static int boundary(Rnd r) {
    int roll = r.between(0, 99);
    if (roll < 30) {
      return r.between(0, 24) * 3600;
    }
    if (roll < 50) {
      return r.between(0, 48) * 1800;
    }
    if (roll < 80) {
      return DST_EDGES[r.between(0, DST_EDGES.length - 1)];
    }
    return r.between(0, 86_400);
  }

  /**
   * Hands the windows to the builder as separate calls in shuffled order, sometimes split into two
   * touching windows, so the builder's sorting and merging are exercised.
   */
  private static Map<DayOfWeek, List<Win>> splitAndShuffle(
      Rnd r, Map<DayOfWeek, List<Win>> weekly) {
    EnumMap<DayOfWeek, List<Win>> out = new EnumMap<>(DayOfWeek.class);
    weekly.forEach(
        (day, wins) -> {
          List<Win> list = new ArrayList<>();
          for (Win w : wins) {
            if (w.close() - w.open() >= 2 && w.close() <= 86_400 && r.chance(15)) {
              int cut = r.between(w.open() + 1, w.close() - 1);
              list.add(new Win(w.open(), cut));
              list.add(new Win(cut, w.close()));
            } else {
              list.add(w);
            }
          }
          for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, r.between(0, i));
          }
          out.put(day, list);
        });
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Dates and instants

  /** Half the time the local date of a transition of the zone (±3 days), else any date. */
  private static LocalDate baseDate(Rnd r, ZoneId zone) {
    List<Instant> transitions = transitions(zone);
    if (!transitions.isEmpty() && r.chance(55)) {
      Instant tr = r.pick(transitions);
      return LocalDate.ofInstant(tr, zone).plusDays(r.between(-3, 3));
    }
    return FIRST.plusDays(r.between(0, (int) (LAST.toEpochDay() - FIRST.toEpochDay())));
  }

  private static LocalDate nearDate(Rnd r, LocalDate base) {
    return base.plusDays(r.chance(70) ? r.between(-10, 10) : r.between(-120, 120));
  }

  private static LocalDate closedWeekday(Rnd r, Map<DayOfWeek, List<Win>> weekly, LocalDate base) {
    LocalDate start = base.plusDays(r.between(-10, 10));
    for (int i = 0; i < 7; i++) {
      if (weekly.get(start.plusDays(i).getDayOfWeek()).isEmpty()) {
        return start.plusDays(i);
      }
    }
    return start;
  }

  private static Instant instant(Rnd r, ZoneId zone, LocalDate base, ReferenceCalendar ref) {
    int roll = r.between(0, 99);
    Instant anchor;
    if (roll < 35) {
      List<Interval> intervals = ref.intervalsOn(base.plusDays(r.between(-2, 3)));
      if (intervals.isEmpty()) {
        anchor = base.atStartOfDay(zone).toInstant().plusSeconds(r.between(0, 86_400));
      } else {
        Interval i = r.pick(intervals);
        anchor = r.chance(50) ? i.open() : i.close();
      }
      return anchor.plus(jitter(r));
    }
    if (roll < 45) {
      List<Instant> transitions = transitions(zone);
      if (!transitions.isEmpty()) {
        Instant near = base.atStartOfDay(zone).toInstant();
        Instant tr = transitions.get(Math.max(0, nearestIndex(transitions, near)));
        return tr.plus(jitter(r));
      }
    }
    Instant start = base.minusDays(3).atStartOfDay(zone).toInstant();
    Instant t = start.plusSeconds(r.between(0, 7 * 86_400));
    return r.chance(50) ? t : t.plusNanos(r.between(0, 999_999_999));
  }

  private static Duration jitter(Rnd r) {
    switch (r.between(0, 6)) {
      case 0:
      case 1:
        return Duration.ZERO;
      case 2:
        return Duration.ofNanos(1);
      case 3:
        return Duration.ofNanos(-1);
      case 4:
        return Duration.ofSeconds(r.chance(50) ? 1 : -1);
      default:
        return Duration.ofSeconds(r.between(-3600, 3600), r.between(0, 999_999_999));
    }
  }

  private static Duration duration(
      Rnd r, CalendarSpec spec, LocalDate base, ReferenceCalendar ref) {
    int roll = r.between(0, 99);
    if (roll < 20) {
      List<Interval> intervals = ref.intervalsOn(base.plusDays(r.between(-1, 2)));
      if (!intervals.isEmpty()) {
        Duration len = r.pick(intervals).length();
        return r.chance(70) ? len : len.plusSeconds(r.between(-1, 1));
      }
    }
    if (roll < 40) {
      return Duration.ofHours(r.between(1, 48));
    }
    if (roll < 50) {
      return Duration.ofMinutes(30L * r.between(1, 60));
    }
    if (roll < 65) {
      return Duration.ofNanos(r.chance(50) ? r.between(1, 1000) : 1_000_000_000L);
    }
    if (roll < 85) {
      long week = Math.max(3600, spec.weeklyLocalSeconds());
      long seconds = r.betweenLong(1, 2 * week);
      return Duration.ofSeconds(seconds, r.chance(50) ? 0 : r.between(0, 999_999_999));
    }
    return Duration.ofSeconds(r.between(1, 36_000), r.between(0, 999_999_999));
  }

  /** Transitions of the zone from 2000 to 2040. */
  static List<Instant> transitions(ZoneId zone) {
    return TRANSITIONS.computeIfAbsent(
        zone,
        z -> {
          List<Instant> out = new ArrayList<>();
          Instant end = LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
          ZoneOffsetTransition tr =
              z.getRules().nextTransition(FIRST.atStartOfDay(ZoneOffset.UTC).toInstant());
          while (tr != null && tr.getInstant().isBefore(end)) {
            out.add(tr.getInstant());
            tr = z.getRules().nextTransition(tr.getInstant());
          }
          return List.copyOf(out);
        });
  }

  private static int nearestIndex(List<Instant> sorted, Instant t) {
    int i = Collections.binarySearch(sorted, t);
    int idx = i >= 0 ? i : -i - 1;
    if (idx == sorted.size()) {
      return idx - 1;
    }
    if (idx > 0
        && Duration.between(sorted.get(idx - 1), t).compareTo(Duration.between(t, sorted.get(idx)))
            < 0) {
      return idx - 1;
    }
    return idx;
  }

  /** Draws numbers from QuickTheories' randomness source, so failures shrink and replay. */
  static final class Rnd {
    private final RandomnessSource in;

    Rnd(RandomnessSource in) {
      this.in = in;
    }

    int between(int lo, int hi) {
      return (int) in.next(Constraint.between(lo, hi));
    }

    long betweenLong(long lo, long hi) {
      return in.next(Constraint.between(lo, hi));
    }

    boolean chance(int percent) {
      return between(0, 99) < percent;
    }

    <T> T pick(List<T> xs) {
      return xs.get(between(0, xs.size() - 1));
    }
  }
}
