package io.github.sla4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The engine builds its tables in small chunks around what is asked and grows them as queries
 * arrive; every answer must be the same whatever was cached before. These tests ask one engine many
 * questions in a random order across chunk boundaries and compare each answer with a fresh engine's
 * for that question alone and with a slow reference that reads the windows straight from the
 * source; sources include night shifts, windows that close after the next midnight.
 */
class ChunkedEngineTest {

  private static final long SEED = 20261201L;
  private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
  private static final ZoneRules RULES = ZONE.getRules();

  /** 2020-01-01 as an epoch day: the tests ask about 2020-2027. */
  private static final long FIRST_DAY = 18_262;

  private static final long DAYS = 8 * 365;

  /**
   * A test-only source with night shifts: date {@code d} owns the local hours from 06:00 on {@code
   * d} to 06:00 on the next date; its windows (zero to three, some crossing midnight, some touching
   * the next date's first window) are drawn from a hash of {@code d}, so every range asked gives
   * the same windows for a date. Local times map to instants by the wall-clock rule.
   */
  static final class NightShifts implements WindowSource {
    private final long salt;

    NightShifts(long salt) {
      this.salt = salt;
    }

    /** The local windows of a date as seconds from its midnight, {@code [open, close, ...]}. */
    long[] local(long day) {
      SplittableRandom r = new SplittableRandom(day * 0x9E3779B97F4A7C15L ^ salt);
      int kind = r.nextInt(10);
      if (kind < 2) {
        return new long[0]; // closed
      }
      if (kind == 2) {
        return new long[] {6 * 3600, 30 * 3600}; // open around the clock: touches the next date
      }
      int count = 1 + r.nextInt(3);
      long[] out = new long[2 * count];
      long at = 6 * 3600;
      int n = 0;
      for (int k = 0; k < count; k++) {
        long open = at + 900L * r.nextInt(0, 24);
        long close = open + 900L * r.nextInt(1, 48);
        if (close > 30 * 3600) {
          break;
        }
        out[n++] = open;
        out[n++] = close;
        at = close + (r.nextBoolean() ? 0 : 900L * r.nextInt(1, 8));
      }
      return java.util.Arrays.copyOf(out, n);
    }

    @Override
    public void windows(long firstDay, long lastDay, Sink sink) {
      WallClock clock = WallClock.of(RULES, firstDay * 86_400, (lastDay + 2) * 86_400);
      for (long day = firstDay; day <= lastDay; day++) {
        long[] local = local(day);
        for (int k = 0; k < local.length; k += 2) {
          long open = clock.firstInstantAtOrAfter(day * 86_400 + local[k]);
          long close = clock.firstInstantAtOrAfter(day * 86_400 + local[k + 1]);
          if (close > open) {
            sink.window(day, open, close);
          }
        }
      }
    }
  }

  /** Weekday office hours with a long lunch: two windows a day, none crossing midnight. */
  private static WindowSource officeHours() {
    int[] weekday = {8 * 3600, 12 * 3600, 13 * 3600, 17 * 3600 + 1800};
    int[] closed = {};
    DaySchedule schedule =
        DaySchedule.byDate(
            date ->
                date.getDayOfWeek().getValue() >= DayOfWeek.SATURDAY.getValue() ? closed : weekday);
    return WindowSource.ofLocalHours(RULES, schedule);
  }

  /** The slow reference: every window of the test years, merged, straight from the source. */
  static final class Reference {
    final long[] opens;
    final long[] closes;

    Reference(WindowSource source) {
      List<long[]> merged = new ArrayList<>();
      source.windows(
          FIRST_DAY - 40,
          FIRST_DAY + DAYS + 40,
          (day, open, close) -> {
            if (!merged.isEmpty() && merged.get(merged.size() - 1)[1] == open) {
              merged.get(merged.size() - 1)[1] = close;
            } else {
              merged.add(new long[] {open, close});
            }
          });
      opens = merged.stream().mapToLong(w -> w[0]).toArray();
      closes = merged.stream().mapToLong(w -> w[1]).toArray();
    }

    boolean isOpen(Instant t) {
      long s = t.getEpochSecond();
      for (int k = 0; k < opens.length; k++) {
        if (opens[k] <= s && s < closes[k]) {
          return true;
        }
      }
      return false;
    }

    Instant nextOpen(Instant t) {
      for (int k = 0; k < opens.length; k++) {
        if (Instant.ofEpochSecond(closes[k]).isAfter(t)) {
          Instant open = Instant.ofEpochSecond(opens[k]);
          return open.isAfter(t) ? open : t;
        }
      }
      throw new AssertionError("reference range too short");
    }

    Instant nextClose(Instant t) {
      for (int k = 0; k < opens.length; k++) {
        if (Instant.ofEpochSecond(closes[k]).isAfter(t)) {
          return Instant.ofEpochSecond(closes[k]);
        }
      }
      throw new AssertionError("reference range too short");
    }

    Duration between(Instant a, Instant b) {
      Duration sum = Duration.ZERO;
      for (int k = 0; k < opens.length; k++) {
        Instant o = Instant.ofEpochSecond(opens[k]);
        Instant c = Instant.ofEpochSecond(closes[k]);
        Instant lo = o.isAfter(a) ? o : a;
        Instant hi = c.isBefore(b) ? c : b;
        if (hi.isAfter(lo)) {
          sum = sum.plus(Duration.between(lo, hi));
        }
      }
      return sum;
    }

    Instant add(Instant t, Duration d) {
      Duration left = d;
      for (int k = 0; k < opens.length; k++) {
        Instant o = Instant.ofEpochSecond(opens[k]);
        Instant c = Instant.ofEpochSecond(closes[k]);
        if (!c.isAfter(t)) {
          continue;
        }
        Instant from = o.isAfter(t) ? o : t;
        Duration here = Duration.between(from, c);
        if (here.compareTo(left) >= 0) {
          return from.plus(left);
        }
        left = left.minus(here);
      }
      throw new AssertionError("reference range too short");
    }
  }

  /** One random question; {@link #ask} answers it on an engine as a comparable string. */
  record Question(int op, Instant t, Duration d, int n) {
    static Question random(SplittableRandom r) {
      Instant t =
          Instant.ofEpochSecond((FIRST_DAY + 30 + r.nextLong(DAYS - 90)) * 86_400)
              .plusSeconds(r.nextLong(86_400))
              .plusNanos(r.nextBoolean() ? 0 : r.nextInt(1_000_000_000));
      Duration d =
          switch (r.nextInt(4)) {
            case 0 -> Duration.ofSeconds(r.nextLong(1, 4 * 3600));
            case 1 -> Duration.ofMinutes(r.nextLong(1, 3 * 24 * 60));
            case 2 -> Duration.ofHours(r.nextLong(1, 300)).plusNanos(r.nextInt(1_000_000_000));
            default -> Duration.ofDays(r.nextLong(1, 20));
          };
      return new Question(r.nextInt(8), t, d, 1 + r.nextInt(12));
    }

    String ask(BusinessTimeEngine e) {
      try {
        return switch (op) {
          case 0 -> "isOpen " + e.isOpen(t);
          case 1 -> "nextOpen " + e.nextOpen(t);
          case 2 -> "nextClose " + e.nextClose(t);
          case 3 -> "between " + e.between(t, t.plus(d));
          case 4 -> "add " + e.add(t, d);
          case 5 -> "subtract " + e.subtract(t, d);
          case 6 -> "addDays " + e.addBusinessDays(t, n);
          default -> "subtractDays " + e.subtractBusinessDays(t, n);
        };
      } catch (DateTimeException ex) {
        return "error " + ex.getMessage();
      }
    }

    /** The reference's answer, or null for the operations it does not model. */
    String reference(Reference ref) {
      return switch (op) {
        case 0 -> "isOpen " + ref.isOpen(t);
        case 1 -> "nextOpen " + ref.nextOpen(t);
        case 2 -> "nextClose " + ref.nextClose(t);
        case 3 -> "between " + ref.between(t, t.plus(d));
        case 4 -> "add " + ref.add(t, d);
        default -> null;
      };
    }
  }

  private static BusinessTimeEngine engine(WindowSource source) {
    return new BusinessTimeEngine(RULES, source, () -> "'test' (Europe/Berlin)", true);
  }

  private static void randomOrder(WindowSource source, long seed, int count) {
    Reference ref = new Reference(source);
    BusinessTimeEngine shared = engine(source);
    SplittableRandom r = new SplittableRandom(seed);
    int checked = 0;
    for (int i = 0; i < count; i++) {
      Question q = Question.random(r);
      String answer = q.ask(shared);
      String context = "seed " + seed + ", question " + i + ": " + q;
      assertThat(answer).as(context + " (fresh engine)").isEqualTo(q.ask(engine(source)));
      String expected = q.reference(ref);
      if (expected != null) {
        assertThat(answer).as(context + " (reference)").isEqualTo(expected);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(count / 2);
    System.out.println(
        "ChunkedEngineTest: "
            + count
            + " questions in random order, "
            + checked
            + " against the reference, seed "
            + seed);
  }

  @Test
  void nightShiftsInRandomOrderAgreeWithFreshEnginesAndTheReference() {
    randomOrder(new NightShifts(SEED), SEED, 1_500);
  }

  @Test
  void officeHoursInRandomOrderAgreeWithFreshEnginesAndTheReference() {
    randomOrder(officeHours(), SEED + 1, 1_000);
  }

  @Test
  void windowsSpillingPastMidnightAtEveryChunkBoundary() {
    // Every date is a night shift 22:00-06:00 (the next morning): whatever chunk a first question
    // builds, its first date is preceded by a shift reaching into it.
    WindowSource nights =
        (firstDay, lastDay, sink) -> {
          WallClock clock = WallClock.of(RULES, firstDay * 86_400, (lastDay + 2) * 86_400);
          for (long day = firstDay; day <= lastDay; day++) {
            long open = clock.firstInstantAtOrAfter(day * 86_400 + 22 * 3600);
            long close = clock.firstInstantAtOrAfter((day + 1) * 86_400 + 6 * 3600);
            sink.window(day, open, close);
          }
        };
    Reference ref = new Reference(nights);
    SplittableRandom r = new SplittableRandom(SEED + 2);
    for (int i = 0; i < 400; i++) {
      // Instants in the small hours (UTC 00:00-04:00 is 01:00-06:00 in Berlin): the previous
      // date's shift.
      Instant t =
          Instant.ofEpochSecond((FIRST_DAY + 30 + r.nextLong(DAYS - 90)) * 86_400)
              .plusSeconds(r.nextLong(4 * 3600));
      Duration d = Duration.ofMinutes(r.nextLong(1, 40 * 60));
      BusinessTimeEngine fresh = engine(nights);
      assertThat(fresh.isOpen(t)).as("seed %d, %s", SEED + 2, t).isTrue();
      assertThat(engine(nights).nextClose(t)).as("%s", t).isEqualTo(ref.nextClose(t));
      assertThat(engine(nights).add(t, d)).as("%s + %s", t, d).isEqualTo(ref.add(t, d));
      assertThat(engine(nights).between(t, t.plus(d)))
          .as("%s, %s", t, d)
          .isEqualTo(ref.between(t, t.plus(d)));
    }
  }

  @Test
  void chunksGrowingUnderEightThreadsGiveEachThreadTheSingleThreadedAnswers() throws Exception {
    WindowSource source = new NightShifts(SEED + 3);
    int perThread = 300;
    List<List<Question>> questions = new ArrayList<>();
    List<List<String>> expected = new ArrayList<>();
    for (int k = 0; k < 8; k++) {
      SplittableRandom r = new SplittableRandom(SEED + 10 + k);
      List<Question> qs = new ArrayList<>();
      List<String> answers = new ArrayList<>();
      for (int i = 0; i < perThread; i++) {
        Question q = Question.random(r);
        qs.add(q);
        answers.add(q.ask(engine(source)));
      }
      questions.add(qs);
      expected.add(answers);
    }
    for (int round = 0; round < 3; round++) {
      BusinessTimeEngine shared = engine(source);
      ExecutorService pool = Executors.newFixedThreadPool(8);
      try {
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
          List<Question> qs = questions.get(k);
          futures.add(
              pool.submit(
                  () -> {
                    List<String> out = new ArrayList<>();
                    for (Question q : qs) {
                      out.add(q.ask(shared));
                    }
                    return out;
                  }));
        }
        for (int k = 0; k < 8; k++) {
          assertThat(futures.get(k).get(60, TimeUnit.SECONDS))
              .as("thread %d, round %d, seed %d", k, round, SEED + 10 + k)
              .isEqualTo(expected.get(k));
        }
      } finally {
        pool.shutdownNow();
      }
      assertThat(shared.tableFootprintBytes()).isPositive();
    }
  }

  @Test
  void oneShortQuestionBuildsASmallTable() {
    BusinessTimeEngine e = engine(officeHours());
    e.add(Instant.parse("2025-03-07T16:00:00Z"), Duration.ofHours(4));
    assertThat(e.tableFootprintBytes()).isLessThan(1_024);
  }
}
