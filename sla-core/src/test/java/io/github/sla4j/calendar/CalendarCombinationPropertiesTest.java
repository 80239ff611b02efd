package io.github.sla4j.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.calendar.CalendarGenerators.Rnd;
import io.github.sla4j.calendar.CalendarSpec.Win;
import io.github.sla4j.calendar.ReferenceCalendar.HorizonEdgeException;
import io.github.sla4j.calendar.ReferenceCalendar.Interval;
import io.github.sla4j.calendar.ReferenceCalendar.NoAnswerException;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Unions and intersections of random calendars in zones with odd DST (pairs whose changes fall on
 * different weekends, Lord Howe's 30 minutes, Santiago's midnight changes, a skipped day), nested
 * sometimes, checked operation by operation against {@link ReferenceCombination}: a brute-force
 * model that asks the component models whether they are open. Seeds as in {@link PropertyRunner}.
 */
class CalendarCombinationPropertiesTest {

  private static final AtomicInteger COMBINATIONS = new AtomicInteger();
  private static final AtomicInteger CHECKS = new AtomicInteger();

  /** A random combination: the calendar, its model, and the inputs to try. */
  record Combo(
      String description,
      BusinessCalendar calendar,
      ReferenceCalendar model,
      LocalDate base,
      List<Instant> instants,
      List<Duration> durations,
      List<Integer> days) {

    @Override
    public String toString() {
      return description
          + ", base "
          + base
          + ", instants "
          + instants
          + ", durations "
          + durations
          + ", days "
          + days;
    }
  }

  /** A component or combination with its model. */
  private record Part(String description, BusinessCalendar calendar, ReferenceCalendar model) {}

  @AfterAll
  static void report() {
    System.out.printf(
        "CalendarCombinationPropertiesTest: %d random unions and intersections, %d checked"
            + " operations, seed %d%n",
        COMBINATIONS.get(), CHECKS.get(), PropertyRunner.baseSeed());
  }

  @Test
  void everyOperation_onUnionsAndIntersections_agreesWithBruteForceModel() {
    PropertyRunner.check(
        "combinationsAgreeWithReference",
        400,
        combos(),
        c -> {
          COMBINATIONS.incrementAndGet();
          BusinessCalendar cal = c.calendar();
          ReferenceCalendar ref = c.model();
          for (int d = -2; d <= 2; d++) {
            LocalDate date = c.base().plusDays(d);
            assertThat(cal.isWorkingDate(date))
                .as("isWorkingDate(%s)", date)
                .isEqualTo(ref.isWorkingDate(date));
            assertThat(periods(cal.openPeriodsOn(date)))
                .as("openPeriodsOn(%s)", date)
                .isEqualTo(intervals(ref.intervalsOn(date)));
            CHECKS.addAndGet(2);
          }
          for (int i = 0; i < c.instants().size(); i++) {
            Instant t = c.instants().get(i);
            Instant u = c.instants().get((i + 1) % c.instants().size());
            Duration d = c.durations().get(i);
            int n = c.days().get(i % c.days().size());
            agree("isOpen(" + t + ")", () -> cal.isOpen(t), () -> ref.isOpen(t));
            agree("nextOpen(" + t + ")", () -> cal.nextOpen(t), () -> ref.nextOpen(t));
            agree("nextClose(" + t + ")", () -> cal.nextClose(t), () -> ref.nextClose(t));
            agree(
                "between(" + t + ", " + u + ")",
                () -> cal.businessTimeBetween(t, u),
                () -> ref.between(t, u));
            agree(
                "add(" + t + ", " + d + ")", () -> cal.addBusinessTime(t, d), () -> ref.add(t, d));
            agree(
                "subtract(" + t + ", " + d + ")",
                () -> cal.subtractBusinessTime(t, d),
                () -> ref.subtract(t, d));
            agree(
                "addBusinessDays(" + t + ", " + n + ")",
                () -> cal.addBusinessDays(t, n),
                () -> ref.addBusinessDays(t, n));
          }
        });
  }

  private static <T> void agree(String what, Supplier<T> engine, Supplier<T> model) {
    CHECKS.incrementAndGet();
    T expected;
    try {
      expected = model.get();
    } catch (HorizonEdgeException e) {
      try {
        engine.get();
      } catch (DateTimeException ignored) {
        // either answer is allowed at the horizon's edge
      }
      return;
    } catch (NoAnswerException e) {
      T actual;
      try {
        actual = engine.get();
      } catch (DateTimeException expectedFailure) {
        return;
      }
      throw new AssertionError(
          what + ": model finds none (" + e.getMessage() + "), engine says " + actual);
    }
    T actual;
    try {
      actual = engine.get();
    } catch (RuntimeException e) {
      throw new AssertionError(what + ": engine threw " + e + ", model says " + expected, e);
    }
    assertThat(actual).as(what).isEqualTo(expected);
  }

  private static List<String> periods(List<OpenPeriod> periods) {
    return periods.stream().map(p -> p.startInclusive() + "/" + p.endExclusive()).toList();
  }

  private static List<String> intervals(List<Interval> intervals) {
    return intervals.stream().map(i -> i.open() + "/" + i.close()).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Generators

  static Gen<Combo> combos() {
    Gen<CalendarCase> cases = CalendarGenerators.cases();
    return in -> {
      Rnd r = new Rnd(in);
      CalendarCase first = cases.generate(in);
      LocalDate base = first.base;
      Part top = combination(r, in, cases, first, 0);
      List<Interval> near = new ArrayList<>();
      for (int d = -2; d <= 3; d++) {
        near.addAll(top.model().intervalsOn(base.plusDays(d)));
      }
      Instant start =
          ReferenceCalendar.firstInstantReading(top.model().zone(), base.atStartOfDay());
      int count = r.between(4, 7);
      List<Instant> instants = new ArrayList<>();
      List<Duration> durations = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        Instant t;
        if (!near.isEmpty() && r.chance(45)) {
          Interval iv = r.pick(near);
          t = r.chance(50) ? iv.open() : iv.close();
          int jitter = r.between(0, 4);
          t = jitter == 0 ? t.minusNanos(1) : jitter == 1 ? t.plusNanos(1) : t;
        } else {
          t = start.plusSeconds(r.between(-2 * 86_400, 5 * 86_400));
          t = r.chance(50) ? t : t.plusNanos(r.between(0, 999_999_999));
        }
        instants.add(t);
        int roll = r.between(0, 99);
        Duration d;
        if (roll < 20 && !near.isEmpty()) {
          d = r.pick(near).length();
        } else if (roll < 60) {
          d = Duration.ofMinutes(30L * r.between(1, 200));
        } else if (roll < 70) {
          d = Duration.ofNanos(r.between(1, 1000));
        } else {
          d = Duration.ofSeconds(r.between(1, 400_000), r.between(0, 999_999_999));
        }
        durations.add(d);
      }
      List<Integer> days = List.of(r.between(1, 5), r.between(1, 5), r.between(1, 15));
      return new Combo(
          top.description(), top.calendar(), top.model(), base, instants, durations, days);
    };
  }

  private static Part combination(
      Rnd r,
      org.quicktheories.core.RandomnessSource in,
      Gen<CalendarCase> cases,
      CalendarCase first,
      int depth) {
    boolean union = r.chance(55);
    ZoneId zone = r.chance(30) ? first.spec.zone : r.pick(CalendarGenerators.ZONES);
    int count = r.between(1, 3);
    List<Part> parts = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      if (depth == 0 && i > 0 && r.chance(20)) {
        parts.add(combination(r, in, cases, first, depth + 1));
      } else {
        parts.add(component(i == 0 && depth == 0 ? first : cases.generate(in)));
      }
    }
    BusinessCalendar[] cals = parts.stream().map(Part::calendar).toArray(BusinessCalendar[]::new);
    BusinessCalendar cal =
        union ? BusinessCalendar.union(zone, cals) : BusinessCalendar.intersection(zone, cals);
    ReferenceCalendar model =
        ReferenceCombination.of(union, zone, parts.stream().map(Part::model).toList());
    String description =
        (union ? "union" : "intersection")
            + "("
            + zone
            + ", "
            + parts.stream().map(Part::description).toList()
            + ")";
    return new Part(description, cal, model);
  }

  /** A component; one without any hours gets Monday 09:00-17:00, so combinations are legal. */
  private static Part component(CalendarCase c) {
    CalendarSpec spec = c.spec;
    boolean hasHours =
        spec.hasWeeklyHours() || spec.special.values().stream().anyMatch(l -> !l.isEmpty());
    if (!hasHours) {
      Map<DayOfWeek, List<Win>> weekly = new EnumMap<>(DayOfWeek.class);
      weekly.put(DayOfWeek.MONDAY, List.of(Win.of("09:00", "17:00")));
      spec = new CalendarSpec(spec.zone, weekly, spec.holidays, spec.special);
    }
    return new Part(spec.toString(), spec.toCalendar(), new ReferenceCalendar(spec));
  }
}
