package io.github.sla4j.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.calendar.ReferenceCalendar.HorizonEdgeException;
import io.github.sla4j.calendar.ReferenceCalendar.NoAnswerException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Property tests of {@link BusinessCalendar}: agreement with the slow {@link ReferenceCalendar} and
 * the algebraic laws of the calendar operations, over random calendars in zones with odd DST, years
 * 2000–2040, nanosecond instants. Seeds are fixed; see {@link PropertyRunner} to replay or soak.
 */
class BusinessCalendarPropertiesTest {

  private static final Duration NS = Duration.ofNanos(1);
  private static final AtomicInteger CALENDARS = new AtomicInteger();
  private static final AtomicInteger CHECKS = new AtomicInteger();

  @AfterAll
  static void report() {
    System.out.printf(
        "BusinessCalendarPropertiesTest: %d random calendars, %d checked operations, seed %d;"
            + " reference windows shifted by DST %d, dropped %d%n",
        CALENDARS.get(),
        CHECKS.get(),
        PropertyRunner.baseSeed(),
        ReferenceCalendar.SHIFTED_WINDOWS.get(),
        ReferenceCalendar.DROPPED_WINDOWS.get());
  }

  // ---------------------------------------------------------------------------------------------
  // Agreement with the reference model

  @Test
  void everyOperation_agreesWithReferenceModel() {
    PropertyRunner.check(
        "agreesWithReference",
        3000,
        CalendarGenerators.cases(),
        c -> {
          CALENDARS.incrementAndGet();
          BusinessCalendar cal = c.calendar();
          ReferenceCalendar ref = c.reference;
          for (int d = -3; d <= 3; d++) {
            LocalDate date = c.base.plusDays(d);
            assertThat(cal.isWorkingDate(date))
                .as("isWorkingDate(%s)", date)
                .isEqualTo(ref.isWorkingDate(date));
            assertThat(merged(cal.openPeriodsOn(date)))
                .as("openPeriodsOn(%s)", date)
                .isEqualTo(merged(ref.intervalsOn(date)));
            Instant dayStart =
                ReferenceCalendar.firstInstantReading(c.spec.zone, date.atStartOfDay());
            Instant dayEnd =
                ReferenceCalendar.firstInstantReading(c.spec.zone, date.plusDays(1).atStartOfDay());
            assertThat(ranges(cal.closuresOn(date)))
                .as("closuresOn(%s)", date)
                .isEqualTo(closuresOverlapping(c.spec, dayStart, dayEnd));
            CHECKS.addAndGet(3);
          }
          for (int i = 0; i < c.instants.size(); i++) {
            Instant t = c.instants.get(i);
            Instant u = c.instants.get((i + 1) % c.instants.size());
            Duration d = c.durations.get(i);
            agree("isOpen(" + t + ")", () -> cal.isOpen(t), () -> ref.isOpen(t));
            agree(
                "closuresBetween(" + t + ", " + u + ")",
                () -> ranges(cal.closuresBetween(t, u)),
                () -> closuresOverlapping(c.spec, t, u));
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
            int n = c.days.get(i % c.days.size());
            agree(
                "addBusinessDays(" + t + ", " + n + ")",
                () -> cal.addBusinessDays(t, n),
                () -> ref.addBusinessDays(t, n));
            agree(
                "subtractBusinessDays(" + t + ", " + n + ")",
                () -> cal.subtractBusinessDays(t, n),
                () -> ref.subtractBusinessDays(t, n));
          }
        });
  }

  /**
   * Runs an operation on the engine and on the model: equal answers, or, where the model finds no
   * answer within its scan limit, a {@link DateTimeException} from the engine.
   */
  private static <T> void agree(String what, Supplier<T> engine, Supplier<T> model) {
    CHECKS.incrementAndGet();
    T expected;
    try {
      expected = model.get();
    } catch (HorizonEdgeException e) {
      attempt(engine); // either an answer or DateTimeException
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

  private static List<String> ranges(List<Closure> closures) {
    return closures.stream()
        .map(x -> x.startInclusive() + "/" + x.endExclusive() + " " + x.reason())
        .toList();
  }

  /** The spec's closures that share an instant with {@code [a, b)}, by start then end. */
  private static List<String> closuresOverlapping(CalendarSpec spec, Instant a, Instant b) {
    if (!b.isAfter(a)) {
      return List.of();
    }
    return spec.closures.stream()
        .filter(x -> x.start().isBefore(b) && a.isBefore(x.end()))
        .sorted(
            java.util.Comparator.comparing(CalendarSpec.Clos::start)
                .thenComparing(CalendarSpec.Clos::end)
                .thenComparing(CalendarSpec.Clos::reason))
        .map(x -> x.start() + "/" + x.end() + " " + x.reason())
        .distinct()
        .toList();
  }

  private static List<String> merged(List<?> periods) {
    List<Instant[]> out = new ArrayList<>();
    for (Object p : periods) {
      Instant open;
      Instant close;
      if (p instanceof OpenPeriod op) {
        open = op.startInclusive();
        close = op.endExclusive();
      } else {
        ReferenceCalendar.Interval i = (ReferenceCalendar.Interval) p;
        open = i.open();
        close = i.close();
      }
      if (!out.isEmpty() && out.get(out.size() - 1)[1].equals(open)) {
        out.get(out.size() - 1)[1] = close;
      } else {
        out.add(new Instant[] {open, close});
      }
    }
    return out.stream().map(a -> a[0] + "/" + a[1]).toList();
  }

  // ---------------------------------------------------------------------------------------------
  // Laws of addBusinessTime and subtractBusinessTime

  @Test
  void addBusinessTime_isEarliestInstantWithThatBusinessTime() {
    PropertyRunner.check(
        "addIsEarliest",
        1000,
        CalendarGenerators.cases(),
        c -> {
          CALENDARS.incrementAndGet();
          BusinessCalendar cal = c.calendar();
          for (int i = 0; i < c.instants.size(); i++) {
            Instant t = c.instants.get(i);
            Duration d = c.durations.get(i);
            Instant r = attempt(() -> cal.addBusinessTime(t, d));
            if (r == null) {
              continue;
            }
            CHECKS.incrementAndGet();
            String what = "add(" + t + ", " + d + ") = " + r;
            assertThat(r).as(what).isAfterOrEqualTo(t);
            assertThat(cal.businessTimeBetween(t, r)).as(what).isEqualTo(d);
            assertThat(cal.businessTimeBetween(t, r.minus(NS)))
                .as(what + ", 1 ns earlier")
                .isLessThan(d);
            assertThat(cal.isOpen(r.minus(NS))).as(what + ": open just before").isTrue();
            sameOutcome(
                what + ", negated from the result",
                () -> cal.addBusinessTime(r, d.negated()),
                () -> cal.subtractBusinessTime(r, d));
            if (cal.isOpen(t)) {
              assertThat(cal.subtractBusinessTime(r, d))
                  .as(what + ", subtract back from open t")
                  .isEqualTo(t);
            }
          }
        });
  }

  @Test
  void subtractBusinessTime_isLatestInstantWithThatBusinessTime() {
    PropertyRunner.check(
        "subtractIsLatest",
        1000,
        CalendarGenerators.cases(),
        c -> {
          CALENDARS.incrementAndGet();
          BusinessCalendar cal = c.calendar();
          for (int i = 0; i < c.instants.size(); i++) {
            Instant t = c.instants.get(i);
            Duration d = c.durations.get(i);
            Instant r = attempt(() -> cal.subtractBusinessTime(t, d));
            if (r == null) {
              continue;
            }
            CHECKS.incrementAndGet();
            String what = "subtract(" + t + ", " + d + ") = " + r;
            assertThat(r).as(what).isBeforeOrEqualTo(t);
            assertThat(cal.businessTimeBetween(r, t)).as(what).isEqualTo(d);
            assertThat(cal.businessTimeBetween(r.plus(NS), t))
                .as(what + ", 1 ns later")
                .isLessThan(d);
            assertThat(cal.isOpen(r)).as(what + ": open at the result").isTrue();
            sameOutcome(
                what + ", negated",
                () -> cal.subtractBusinessTime(t, d.negated()),
                () -> cal.addBusinessTime(t, d));
            if (cal.isOpen(t.minus(NS))) {
              // Only when open just before t: at a window's open, adding back stops at the
              // previous close, the earliest instant with that business time.
              assertThat(cal.addBusinessTime(r, d)).as(what + ", add back to t").isEqualTo(t);
            }
          }
        });
  }

  @Test
  void addBusinessTime_isMonotoneInStartAndAmount() {
    PropertyRunner.check(
        "addIsMonotone",
        800,
        CalendarGenerators.cases(),
        c -> {
          CALENDARS.incrementAndGet();
          BusinessCalendar cal = c.calendar();
          for (int i = 0; i + 1 < c.instants.size(); i++) {
            Instant t1 = min(c.instants.get(i), c.instants.get(i + 1));
            Instant t2 = max(c.instants.get(i), c.instants.get(i + 1));
            Duration d1 = c.durations.get(i);
            Duration d2 = c.durations.get(i + 1);
            Duration small = d1.compareTo(d2) <= 0 ? d1 : d2;
            Duration large = d1.compareTo(d2) <= 0 ? d2 : d1;
            Instant a1 = attempt(() -> cal.addBusinessTime(t1, small));
            Instant a2 = attempt(() -> cal.addBusinessTime(t2, small));
            if (a1 != null && a2 != null) {
              CHECKS.incrementAndGet();
              assertThat(a1)
                  .as("add(%s, %s) <= add(%s, %s)", t1, small, t2, small)
                  .isBeforeOrEqualTo(a2);
            }
            Instant b1 = attempt(() -> cal.addBusinessTime(t1, large));
            if (a1 != null && b1 != null) {
              CHECKS.incrementAndGet();
              if (small.equals(large)) {
                assertThat(a1).isEqualTo(b1);
              } else {
                assertThat(a1).as("add(%s, %s) < add(%s, %s)", t1, small, t1, large).isBefore(b1);
              }
            }
            Instant s1 = attempt(() -> cal.subtractBusinessTime(t1, small));
            Instant s2 = attempt(() -> cal.subtractBusinessTime(t2, small));
            if (s1 != null && s2 != null) {
              CHECKS.incrementAndGet();
              assertThat(s1)
                  .as("subtract(%s, %s) <= subtract(%s, %s)", t1, small, t2, small)
                  .isBeforeOrEqualTo(s2);
            }
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Laws of businessTimeBetween, nextOpen and nextClose

  @Test
  void businessTimeBetween_isAdditiveAntisymmetricAndBounded() {
    PropertyRunner.check(
        "betweenIsAdditive",
        800,
        CalendarGenerators.cases(),
        c -> {
          CALENDARS.incrementAndGet();
          BusinessCalendar cal = c.calendar();
          List<Instant> ts = c.instants;
          for (int i = 0; i + 2 < ts.size(); i++) {
            Instant a = ts.get(i);
            Instant b = ts.get(i + 1);
            Instant x = ts.get(i + 2);
            CHECKS.incrementAndGet();
            Duration ab = cal.businessTimeBetween(a, b);
            String what = "between(" + a + ", " + b + ", " + x + ")";
            assertThat(ab.plus(cal.businessTimeBetween(b, x)))
                .as(what)
                .isEqualTo(cal.businessTimeBetween(a, x));
            assertThat(cal.businessTimeBetween(b, a)).as(what).isEqualTo(ab.negated());
            assertThat(cal.businessTimeBetween(a, a)).isEqualTo(Duration.ZERO);
            Duration elapsed = Duration.between(a, b);
            assertThat(ab.abs()).as(what).isLessThanOrEqualTo(elapsed.abs());
            assertThat(ab.isNegative())
                .as(what)
                .isEqualTo(ab.isZero() ? false : elapsed.isNegative());
          }
        });
  }

  @Test
  void nextOpenAndNextClose_boundTheOpenStretch() {
    PropertyRunner.check(
        "nextOpenNextClose",
        800,
        CalendarGenerators.cases(),
        c -> {
          CALENDARS.incrementAndGet();
          BusinessCalendar cal = c.calendar();
          for (Instant t : c.instants) {
            Instant open = attempt(() -> cal.nextOpen(t));
            if (open == null) {
              continue;
            }
            CHECKS.incrementAndGet();
            assertThat(cal.isOpen(open)).as("isOpen(nextOpen(%s))", t).isTrue();
            assertThat(open).isAfterOrEqualTo(t);
            assertThat(open.equals(t)).as("nextOpen(%s) == t iff open", t).isEqualTo(cal.isOpen(t));
            assertThat(cal.businessTimeBetween(t, open)).isEqualTo(Duration.ZERO);
            Instant close = attempt(() -> cal.nextClose(t));
            if (close == null) {
              continue;
            }
            String what = "nextClose(" + t + ") = " + close;
            assertThat(close).as(what).isAfter(t).isAfter(open);
            assertThat(cal.isOpen(close)).as(what + ": closed there").isFalse();
            assertThat(cal.isOpen(close.minus(NS))).as(what + ": open just before").isTrue();
            assertThat(cal.businessTimeBetween(open, close))
                .as(what + ": open throughout")
                .isEqualTo(Duration.between(open, close));
            assertThat(cal.nextClose(open)).isEqualTo(close);
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Business days on uniform calendars

  /** One direction of the uniform-calendar law for business days. */
  private record DaysLaw(
      String operation,
      SpanOfDays span,
      DaysOp days,
      BiFunction<BusinessCalendar, Instant, Function<Duration, Instant>> time) {}

  /** The dates whose working days must all have one length for the law to apply. */
  private interface SpanOfDays {
    LocalDate[] of(ReferenceCalendar ref, Instant t, int n);
  }

  private interface DaysOp {
    Instant apply(BusinessCalendar cal, Instant t, int n);
  }

  @Test
  void addBusinessDays_onUniformCalendar_equalsAddBusinessTimeOfWholeDays() {
    checkUniformLaw(
        "businessDaysUniform",
        800,
        new DaysLaw(
            "addBusinessDays",
            (ref, t, n) -> {
              LocalDate w0 = ref.workingDateContaining(ref.nextOpen(t));
              return new LocalDate[] {w0, ref.nthWorkingDateAfter(w0, n)};
            },
            BusinessCalendar::addBusinessDays,
            (cal, t) -> d -> cal.addBusinessTime(t, d)));
  }

  @Test
  void subtractBusinessDays_onUniformCalendar_equalsSubtractBusinessTimeOfWholeDays() {
    checkUniformLaw(
        "businessDaysUniformBackward",
        400,
        new DaysLaw(
            "subtractBusinessDays",
            (ref, t, n) -> {
              LocalDate w0 = ref.workingDateContaining(ref.nextOpen(t));
              return new LocalDate[] {ref.nthWorkingDateBefore(w0, n + 1), w0.plusDays(1)};
            },
            BusinessCalendar::subtractBusinessDays,
            (cal, t) -> d -> cal.subtractBusinessTime(t, d)));
  }

  /**
   * On random uniform calendars, {@code law.days(t, n)} equals {@code law.time(t, n × day length)}
   * wherever every working day the operation may touch has the same length (a DST change inside a
   * window makes one longer or shorter); the law must apply to more than half the cases.
   */
  private static void checkUniformLaw(String name, int examples, DaysLaw law) {
    AtomicInteger tried = new AtomicInteger();
    AtomicInteger applied = new AtomicInteger();
    PropertyRunner.check(
        name,
        examples,
        CalendarGenerators.uniformCases(),
        c -> {
          CALENDARS.incrementAndGet();
          BusinessCalendar cal = c.calendar();
          ReferenceCalendar ref = c.reference;
          for (int i = 0; i < c.instants.size(); i++) {
            Instant t = c.instants.get(i);
            int n = c.days.get(i % c.days.size());
            tried.incrementAndGet();
            LocalDate[] span = law.span().of(ref, t, n);
            Duration length = null;
            boolean sameLengths = true;
            for (LocalDate d = span[0]; !d.isAfter(span[1]); d = d.plusDays(1)) {
              if (ref.isWorkingDate(d)) {
                length = length == null ? ref.dayLength(d) : length;
                sameLengths &= ref.dayLength(d).equals(length);
              }
            }
            if (!sameLengths || length == null) {
              continue;
            }
            applied.incrementAndGet();
            CHECKS.incrementAndGet();
            assertThat(law.days().apply(cal, t, n))
                .as("%s(%s, %d), day length %s", law.operation(), t, n, length)
                .isEqualTo(law.time().apply(cal, t).apply(length.multipliedBy(n)));
          }
        });
    assertThat(applied.get())
        .as("uniform law for %s applied, of %d", law.operation(), tried.get())
        .isGreaterThan(tried.get() / 2);
  }

  // ---------------------------------------------------------------------------------------------
  // Independence from history

  @Test
  void everyOperation_givesTheSameOutcomeOnAFreshAndOnAWarmCalendar() {
    PropertyRunner.check(
        "historyIndependence",
        250,
        CalendarGenerators.cases(),
        c -> {
          CALENDARS.incrementAndGet();
          BusinessCalendar warm = c.calendar();
          // Grow the cached window table far in both directions first.
          Instant t0 = c.instants.get(0);
          attempt(() -> warm.businessTimeBetween(t0.minus(Duration.ofDays(120 * 365)), t0));
          attempt(() -> warm.businessTimeBetween(t0, t0.plus(Duration.ofDays(120 * 365))));
          for (int i = 0; i < 3; i++) {
            Instant t = c.instants.get(i);
            Duration d = c.durations.get(i);
            int n = c.days.get(i % c.days.size());
            CHECKS.addAndGet(5);
            sameOutcome(
                "nextOpen(" + t + ")",
                () -> warm.nextOpen(t),
                () -> c.spec.toCalendar().nextOpen(t));
            sameOutcome(
                "nextClose(" + t + ")",
                () -> warm.nextClose(t),
                () -> c.spec.toCalendar().nextClose(t));
            sameOutcome(
                "add(" + t + ", " + d + ")",
                () -> warm.addBusinessTime(t, d),
                () -> c.spec.toCalendar().addBusinessTime(t, d));
            sameOutcome(
                "subtract(" + t + ", " + d + ")",
                () -> warm.subtractBusinessTime(t, d),
                () -> c.spec.toCalendar().subtractBusinessTime(t, d));
            sameOutcome(
                "addBusinessDays(" + t + ", " + n + ")",
                () -> warm.addBusinessDays(t, n),
                () -> c.spec.toCalendar().addBusinessDays(t, n));
          }
        });
  }

  /**
   * The engine builds small chunks of tables around what is asked and grows them: a calendar asked
   * in a random order (instants far apart and close together, so chunks grow in both directions)
   * agrees with the reference model on every answer and with a fresh calendar per question.
   */
  @Test
  void everyOperation_inARandomOrder_agreesWithReferenceAndWithAFreshCalendar() {
    PropertyRunner.check(
        "randomOrder",
        400,
        CalendarGenerators.cases(),
        c -> {
          CALENDARS.incrementAndGet();
          BusinessCalendar cal = c.spec.toCalendar();
          ReferenceCalendar ref = c.reference;
          int size = c.instants.size();
          List<Integer> order = new java.util.ArrayList<>();
          for (int k = 0; k < 5 * size; k++) {
            order.add(k);
          }
          java.util.Collections.shuffle(order, new java.util.Random(c.instants.get(0).getNano()));
          for (int k : order) {
            int i = k % size;
            Instant t = c.instants.get(i);
            Duration d = c.durations.get(i);
            int n = c.days.get(i % c.days.size());
            switch (k / size) {
              case 0 -> {
                agree(
                    "add(" + t + ", " + d + ")",
                    () -> cal.addBusinessTime(t, d),
                    () -> ref.add(t, d));
                sameOutcome(
                    "fresh add(" + t + ", " + d + ")",
                    () -> cal.addBusinessTime(t, d),
                    () -> c.spec.toCalendar().addBusinessTime(t, d));
              }
              case 1 -> {
                agree(
                    "subtract(" + t + ", " + d + ")",
                    () -> cal.subtractBusinessTime(t, d),
                    () -> ref.subtract(t, d));
                sameOutcome(
                    "fresh subtract(" + t + ", " + d + ")",
                    () -> cal.subtractBusinessTime(t, d),
                    () -> c.spec.toCalendar().subtractBusinessTime(t, d));
              }
              case 2 -> {
                agree(
                    "addBusinessDays(" + t + ", " + n + ")",
                    () -> cal.addBusinessDays(t, n),
                    () -> ref.addBusinessDays(t, n));
                sameOutcome(
                    "fresh addBusinessDays(" + t + ", " + n + ")",
                    () -> cal.addBusinessDays(t, n),
                    () -> c.spec.toCalendar().addBusinessDays(t, n));
              }
              case 3 -> {
                agree("nextClose(" + t + ")", () -> cal.nextClose(t), () -> ref.nextClose(t));
                sameOutcome(
                    "fresh nextClose(" + t + ")",
                    () -> cal.nextClose(t),
                    () -> c.spec.toCalendar().nextClose(t));
              }
              default -> {
                Instant u = t.plus(d);
                agree(
                    "between(" + t + ", " + u + ")",
                    () -> cal.businessTimeBetween(t, u),
                    () -> ref.between(t, u));
                agree("isOpen(" + u + ")", () -> cal.isOpen(u), () -> ref.isOpen(u));
              }
            }
          }
        });
  }

  // ---------------------------------------------------------------------------------------------
  // Overloads

  @Test
  void zonedAndOffsetOverloads_equalInstantForm() {
    PropertyRunner.check(
        "overloads",
        500,
        CalendarGenerators.cases(),
        c -> {
          CALENDARS.incrementAndGet();
          BusinessCalendar cal = c.calendar();
          List<ZoneId> zones = CalendarGenerators.ZONES;
          for (int i = 0; i + 1 < c.instants.size(); i++) {
            Instant t = c.instants.get(i);
            Instant u = c.instants.get(i + 1);
            Duration d = c.durations.get(i);
            int n = c.days.get(i % c.days.size());
            ZoneId zone = zones.get(Math.floorMod(t.hashCode(), zones.size()));
            ZonedDateTime zt = t.atZone(zone);
            ZonedDateTime zu = u.atZone(c.spec.zone);
            ZoneOffset offset =
                ZoneOffset.ofTotalSeconds(
                    Math.floorMod(u.hashCode(), 26 * 3600 + 1) / 900 * 900 - 12 * 3600);
            OffsetDateTime ot = t.atOffset(offset);
            OffsetDateTime ou = u.atOffset(ZoneOffset.UTC);
            CHECKS.incrementAndGet();
            assertThat(cal.isOpen(zt)).isEqualTo(cal.isOpen(t));
            assertThat(cal.isOpen(ot)).isEqualTo(cal.isOpen(t));
            assertThat(cal.businessTimeBetween(zt, zu)).isEqualTo(cal.businessTimeBetween(t, u));
            assertThat(cal.businessTimeBetween(ot, ou)).isEqualTo(cal.businessTimeBetween(t, u));
            sameAs(() -> cal.nextOpen(zt), () -> cal.nextOpen(t), zone);
            sameAs(() -> cal.nextOpen(ot), () -> cal.nextOpen(t), offset);
            sameAs(() -> cal.nextClose(zt), () -> cal.nextClose(t), zone);
            sameAs(() -> cal.nextClose(ot), () -> cal.nextClose(t), offset);
            sameAs(() -> cal.addBusinessTime(zt, d), () -> cal.addBusinessTime(t, d), zone);
            sameAs(() -> cal.addBusinessTime(ot, d), () -> cal.addBusinessTime(t, d), offset);
            sameAs(
                () -> cal.subtractBusinessTime(zt, d), () -> cal.subtractBusinessTime(t, d), zone);
            sameAs(
                () -> cal.subtractBusinessTime(ot, d),
                () -> cal.subtractBusinessTime(t, d),
                offset);
            sameAs(() -> cal.addBusinessDays(zt, n), () -> cal.addBusinessDays(t, n), zone);
            sameAs(() -> cal.addBusinessDays(ot, n), () -> cal.addBusinessDays(t, n), offset);
          }
        });
  }

  /** The overload's result is the instant form's, in the input's zone or offset; or both throw. */
  private static void sameAs(Supplier<?> overload, Supplier<Instant> instantForm, ZoneId zone) {
    Instant expected = attempt(instantForm);
    if (expected == null) {
      assertThatThrownBy(overload::get).isInstanceOf(DateTimeException.class);
      return;
    }
    Object actual = overload.get();
    if (actual instanceof ZonedDateTime z) {
      assertThat(z.toInstant()).isEqualTo(expected);
      assertThat(z.getZone()).isEqualTo(zone);
    } else {
      OffsetDateTime o = (OffsetDateTime) actual;
      assertThat(o.toInstant()).isEqualTo(expected);
      assertThat(o.getOffset()).isEqualTo(zone);
    }
  }

  // ---------------------------------------------------------------------------------------------

  /** Both give the same instant, or both throw {@link DateTimeException}. */
  private static void sameOutcome(String what, Supplier<Instant> a, Supplier<Instant> b) {
    assertThat(attempt(a)).as(what).isEqualTo(attempt(b));
  }

  /** The result, or null if the engine reports (by DateTimeException) that there is none. */
  private static <T> T attempt(Supplier<T> op) {
    try {
      return op.get();
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static Instant min(Instant a, Instant b) {
    return a.isBefore(b) ? a : b;
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }
}
