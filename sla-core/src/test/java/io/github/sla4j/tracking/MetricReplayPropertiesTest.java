package io.github.sla4j.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.ReferenceReplay.Cal;
import io.github.sla4j.tracking.ReferenceReplay.Result;
import io.github.sla4j.tracking.ReferenceReplay.Target;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Every metric's status agrees with {@link ReferenceReplay} on random timelines: random events of
 * every kind in a valid order (pauses with and without reasons, severity changes, reopens, customer
 * replies before the first agent reply, equal instants, instants aimed at deadlines, events after
 * now), random policies (elapsed, business-time and business-days targets, empty cells, pauses that
 * stop a metric or not), DST weekends in New York and Berlin, holidays, and both severity-change
 * rules.
 *
 * <p>{@code -Dsla4j.seed=N} varies the base seed; {@code -Dsla4j.timelines=N} the number of
 * timelines (2,000 by default); {@code -Dsla4j.events=N} the most events per timeline (14). A
 * failure prints the seed of the timeline, the policy, the events, now and every field that
 * disagrees.
 */
class MetricReplayPropertiesTest {

  private static final long SEED = Long.getLong("sla4j.seed", 20_261_126L);
  private static final int TIMELINES = Integer.getInteger("sla4j.timelines", 2000);

  /** At most this many events after the opening ({@code -Dsla4j.events=N}). */
  private static final int EVENTS = Integer.getInteger("sla4j.events", 14);

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final List<Metric> METRICS =
      List.of(Metric.FIRST_RESPONSE, Metric.NEXT_REPLY, Metric.PERIODIC_UPDATE, Metric.RESOLUTION);
  private static final List<Severity> SEVERITIES =
      List.of(Severity.of("P1"), Severity.of("P2"), Severity.of("P3"));
  private static final SupportTier TIER = SupportTier.of("GOLD");
  private static final Channel PHONE = Channel.of("PHONE");
  private static final Channel FAX = Channel.of("FAX");

  /** DST weekends and U.S. holidays the opening is placed near. */
  private static final List<LocalDate> NEW_YORK_DATES =
      List.of(
          LocalDate.of(2026, 3, 8),
          LocalDate.of(2026, 11, 1),
          LocalDate.of(2026, 11, 26),
          LocalDate.of(2026, 7, 3),
          LocalDate.of(2026, 12, 25),
          LocalDate.of(2027, 1, 1),
          LocalDate.of(2026, 5, 25));

  private static final List<LocalDate> BERLIN_DATES =
      List.of(
          LocalDate.of(2026, 3, 29),
          LocalDate.of(2026, 10, 25),
          LocalDate.of(2027, 3, 28),
          LocalDate.of(2026, 12, 24));

  /** One random case: policy (engine and model), rule, events and now. */
  static final class Scenario {
    final long seed;
    final SlaPolicy policy;
    final ReferenceReplay.Policy model;
    final boolean restart;
    final List<CaseEvent> events;
    final Instant now;
    final String description;

    Scenario(
        long seed,
        SlaPolicy policy,
        ReferenceReplay.Policy model,
        boolean restart,
        List<CaseEvent> events,
        Instant now,
        String description) {
      this.seed = seed;
      this.policy = policy;
      this.model = model;
      this.restart = restart;
      this.events = events;
      this.now = now;
      this.description = description;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("Scenario seed ").append(seed).append('\n');
      sb.append(description).append('\n');
      sb.append("rule ").append(restart ? "RESTART" : "RETROACTIVE").append('\n');
      for (CaseEvent e : events) {
        sb.append("  ").append(e).append('\n');
      }
      return sb.append("now ").append(now).toString();
    }
  }

  /** A calendar as both the engine's and the model's. */
  private record Cals(BusinessCalendar engine, Cal model) {}

  private static Cals calendar(Random r, ZoneId zone, LocalDate base) {
    int kind = r.nextInt(zone.equals(NEW_YORK) ? 3 : 3);
    Map<DayOfWeek, List<int[]>> weekly = new EnumMap<>(DayOfWeek.class);
    Set<LocalDate> holidays = new LinkedHashSet<>();
    String name;
    if (zone.equals(NEW_YORK) && kind == 0) {
      for (DayOfWeek d : DayOfWeek.values()) {
        weekly.put(d, d.getValue() <= 5 ? List.of(w(3, 0, 18, 0)) : List.of());
      }
      holidays.addAll(ReferenceDeadlines.HOLIDAYS);
      Cal model = Cal.weekly("threekit", zone, weekly, holidays);
      return new Cals(SlaPolicy.threekitBusinessHours(HolidayCalendar.usFederal()), model);
    }
    if (kind == 0) {
      name = "office";
      for (DayOfWeek d : DayOfWeek.values()) {
        weekly.put(d, d.getValue() <= 5 ? List.of(w(8, 0, 12, 0), w(13, 0, 17, 0)) : List.of());
      }
    } else if (kind == 1) {
      name = "night";
      for (DayOfWeek d : DayOfWeek.values()) {
        weekly.put(
            d,
            d == DayOfWeek.SATURDAY
                ? List.of(w(1, 0, 3, 30))
                : List.of(w(0, 0, 3, 30), w(22, 0, 24, 0)));
      }
    } else {
      name = "long days";
      for (DayOfWeek d : DayOfWeek.values()) {
        weekly.put(d, d == DayOfWeek.SATURDAY ? List.of() : List.of(w(0, 0, 24, 0)));
      }
    }
    int count = r.nextInt(3);
    for (int i = 0; i < count; i++) {
      holidays.add(base.plusDays(r.nextInt(11) - 3));
    }
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone).name(name);
    weekly.forEach(
        (d, ws) -> {
          for (int[] x : ws) {
            b.hours(d, time(x[0]), time(x[1]));
          }
        });
    holidays.forEach(b::holiday);
    return new Cals(b.build(), Cal.weekly(name, zone, weekly, holidays));
  }

  private static int[] w(int h1, int m1, int h2, int m2) {
    return new int[] {h1 * 3600 + m1 * 60, h2 * 3600 + m2 * 60};
  }

  private static LocalTime time(int seconds) {
    return seconds == 86_400 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(seconds);
  }

  static Scenario generate(long seed) {
    Random r = new Random(seed);
    boolean ny = r.nextBoolean();
    ZoneId zone = ny ? NEW_YORK : BERLIN;
    LocalDate base =
        (ny ? NEW_YORK_DATES : BERLIN_DATES)
            .get(r.nextInt(ny ? NEW_YORK_DATES.size() : BERLIN_DATES.size()))
            .plusDays(r.nextInt(9) - 5);
    Cals cals = calendar(r, zone, base);
    StringBuilder description = new StringBuilder("calendar ").append(cals.model()).append('\n');
    // Policy
    SlaPolicy.Builder b =
        SlaPolicy.builder()
            .name("random")
            .severities(SEVERITIES)
            .tiers(TIER)
            .channels(PHONE, FAX)
            .coveredChannels(Set.of(PHONE));
    Map<Metric, Map<Severity, Target>> targets = new LinkedHashMap<>();
    Map<Metric, Boolean> pauses = new LinkedHashMap<>();
    List<Metric> measured = new ArrayList<>();
    for (Metric m : METRICS) {
      if (r.nextInt(100) < 70) {
        measured.add(m);
      }
    }
    if (measured.isEmpty()) {
      measured.add(METRICS.get(r.nextInt(4)));
    }
    for (Metric m : measured) {
      Map<Severity, Target> row = new LinkedHashMap<>();
      for (Severity s : SEVERITIES) {
        int roll = r.nextInt(100);
        if (roll < 15) {
          b.noTarget(m, TIER, s);
          row.put(s, null);
          continue;
        }
        if (roll < 45) {
          Duration d = Duration.ofMinutes(1 + r.nextInt(600));
          if (r.nextInt(4) == 0) {
            d = d.plusSeconds(r.nextInt(60)).plusNanos(r.nextInt(1000));
          }
          b.target(m, TIER, s, ResponseTarget.ofElapsed(d, zone));
          row.put(s, Target.elapsed(d, zone));
        } else if (roll < 80) {
          Duration d = Duration.ofMinutes(15L * (1 + r.nextInt(100)));
          if (r.nextInt(4) == 0) {
            d = d.plusSeconds(r.nextInt(3600)).plusNanos(r.nextInt(1000));
          }
          b.target(m, TIER, s, ResponseTarget.ofBusinessTime(d, cals.engine()));
          row.put(s, Target.businessTime(d, cals.model()));
        } else {
          int n = 1 + r.nextInt(3);
          b.target(m, TIER, s, ResponseTarget.ofBusinessDays(n, cals.engine()));
          row.put(s, Target.businessDays(n, cals.model()));
        }
      }
      boolean stop = r.nextInt(100) < 65;
      b.pausesStop(m, stop);
      targets.put(m, row);
      pauses.put(m, stop);
      description.append(m).append(stop ? " (pauses stop) " : " (pauses ignored) ").append(row);
      description.append('\n');
    }
    boolean covered = r.nextInt(100) >= 4;
    ReferenceReplay.Policy model = new ReferenceReplay.Policy(targets, pauses, covered);
    boolean restart = r.nextBoolean();
    // Timeline
    Instant openedAt =
        base.atStartOfDay(zone)
            .toInstant()
            .plus(Duration.ofMinutes(r.nextInt(24 * 60)))
            .plusSeconds(r.nextInt(4) == 0 ? r.nextInt(60) : 0);
    Severity severity = SEVERITIES.get(r.nextInt(3));
    List<CaseEvent> events = new ArrayList<>();
    events.add(
        new CaseEvent.Opened(
            openedAt, TIER, severity, covered ? PHONE : FAX, ApplicationArea.EDITOR));
    boolean paused = false;
    boolean solved = false;
    Instant t = openedAt;
    int count = r.nextInt(EVENTS + 1);
    for (int i = 0; i < count; i++) {
      t = next(r, t, model, events, restart);
      CaseEvent e;
      if (solved) {
        if (r.nextInt(100) < 40) {
          break;
        }
        e = new CaseEvent.Reopened(t);
        solved = false;
      } else {
        int roll = r.nextInt(100);
        if (roll < 14) {
          if (paused) {
            e = new CaseEvent.Resumed(t, r.nextBoolean() ? null : "customer answered");
            paused = false;
          } else {
            e = new CaseEvent.Paused(t, r.nextBoolean() ? null : "waiting for customer");
            paused = true;
          }
        } else if (roll < 40) {
          e = new CaseEvent.AgentReplied(t);
        } else if (roll < 66) {
          e = new CaseEvent.CustomerReplied(t);
        } else if (roll < 84) {
          Severity to = SEVERITIES.get(r.nextInt(3));
          if (to.equals(severity)) {
            to = SEVERITIES.get((SEVERITIES.indexOf(to) + 1) % 3);
          }
          severity = to;
          e = new CaseEvent.SeverityChanged(t, to);
        } else if (roll < 94) {
          e = new CaseEvent.Solved(t);
          solved = true;
          paused = false;
        } else {
          e = paused ? new CaseEvent.Resumed(t) : new CaseEvent.Paused(t);
          paused = !paused;
        }
      }
      events.add(e);
    }
    Instant now;
    int roll = r.nextInt(100);
    Instant last = events.get(events.size() - 1).at();
    if (roll < 15) {
      now = last;
    } else if (roll < 30) {
      long span = Duration.between(openedAt, last).toSeconds();
      now = openedAt.plusSeconds(span <= 0 ? 0 : (long) (r.nextDouble() * span));
      if (r.nextBoolean()) {
        now = events.get(r.nextInt(events.size())).at();
      }
    } else if (roll < 50) {
      now = aimed(r, last, model, events, restart).orElse(last);
    } else {
      now = last.plus(Duration.ofMinutes(r.nextInt(5 * 24 * 60)));
    }
    return new Scenario(
        seed, b.build(), model, restart, List.copyOf(events), now, description.toString());
  }

  /** The instant of the next event: equal, a nanosecond later, minutes or days, or a deadline. */
  private static Instant next(
      Random r, Instant t, ReferenceReplay.Policy model, List<CaseEvent> events, boolean restart) {
    int roll = r.nextInt(100);
    if (roll < 12) {
      return t;
    }
    if (roll < 16) {
      return t.plusNanos(1);
    }
    if (roll < 30) {
      Optional<Instant> aimed = aimed(r, t, model, events, restart);
      if (aimed.isPresent()) {
        return aimed.get();
      }
    }
    if (roll < 75) {
      return t.plus(Duration.ofMinutes(1 + r.nextInt(600)));
    }
    return t.plus(Duration.ofMinutes(1 + r.nextInt(3 * 24 * 60)));
  }

  /**
   * A deadline or threshold of a clock the model sees running at {@code t}, give or take a
   * nanosecond, if one is not before {@code t}.
   */
  private static Optional<Instant> aimed(
      Random r, Instant t, ReferenceReplay.Policy model, List<CaseEvent> events, boolean restart) {
    List<Instant> candidates = new ArrayList<>();
    for (Result res : ReferenceReplay.replay(model, events, t, restart).values()) {
      if (res.deadline() != null) {
        candidates.add(res.deadline());
        candidates.addAll(res.thresholds());
      }
    }
    if (candidates.isEmpty()) {
      return Optional.empty();
    }
    Instant pick = candidates.get(r.nextInt(candidates.size()));
    pick = pick.plusNanos(r.nextInt(3) - 1);
    return pick.isBefore(t) ? Optional.empty() : Optional.of(pick);
  }

  @Test
  void everyMetric_agreesWithTheReferenceReplay() {
    long[] stats = run(TIMELINES, false);
    System.out.printf(
        "MetricReplayPropertiesTest: %d timelines, %d metric statuses (%d running, %d paused, %d"
            + " met, %d breached, %d not applicable), %d with events after now, %d breached at a severity change%n",
        TIMELINES, stats[0], stats[1], stats[2], stats[3], stats[4], stats[5], stats[6], stats[7]);
    assertThat(stats[4]).as("breached statuses").isPositive();
    assertThat(stats[3]).as("met statuses").isPositive();
    assertThat(stats[2]).as("paused statuses").isPositive();
  }

  @Test
  void everyMetric_severityIsTheCaseSeverityAtNow() {
    run(TIMELINES, true);
  }

  private static long[] run(int timelines, boolean withSeverity) {
    long[] stats = new long[8];
    qt().withFixedSeed(SEED)
        .withExamples(timelines)
        .withShrinkCycles(0)
        .forAll(longs().all())
        .checkAssert(
            seed -> {
              Scenario s = generate(seed);
              String diff = compare(s, stats, withSeverity);
              if (!diff.isEmpty()) {
                throw new AssertionError(
                    "Timeline disagrees with the reference (replay: -Dsla4j.seed="
                        + SEED
                        + "; this timeline: MetricReplayPropertiesTest.generate("
                        + seed
                        + "L))\n"
                        + s
                        + "\n"
                        + diff);
              }
            });
    return stats;
  }

  /** Every field that differs, one line each; empty if all agree. */
  static String compare(Scenario s, long[] stats, boolean withSeverity) {
    CaseTimeline timeline = CaseTimeline.of(s.events);
    SlaTracker tracker =
        SlaTracker.of(
            s.policy, s.restart ? SeverityChangeRule.RESTART : SeverityChangeRule.RETROACTIVE);
    CaseStatus status = tracker.status(timeline, s.now);
    Map<Metric, Result> expected = ReferenceReplay.replay(s.model, s.events, s.now, s.restart);
    StringBuilder diff = new StringBuilder();
    if (s.events.get(s.events.size() - 1).at().isAfter(s.now)) {
      stats[6]++;
    }
    Metric primary =
        expected.containsKey(Metric.FIRST_RESPONSE)
            ? Metric.FIRST_RESPONSE
            : expected.keySet().iterator().next();
    check(diff, "legacy state", expected.get(primary).state(), status.state());
    check(
        diff,
        "legacy deadline",
        Optional.ofNullable(expected.get(primary).deadline()),
        status.deadline());
    check(diff, "legacy elapsed", expected.get(primary).elapsed(), status.elapsed());
    check(diff, "metrics measured", expected.keySet(), status.metrics().keySet());
    for (Map.Entry<Metric, Result> entry : expected.entrySet()) {
      Metric m = entry.getKey();
      Result want = entry.getValue();
      MetricStatus got = status.metric(m);
      stats[0]++;
      stats[
          1
              + List.of(
                      SlaState.RUNNING,
                      SlaState.PAUSED,
                      SlaState.MET,
                      SlaState.BREACHED,
                      SlaState.NOT_APPLICABLE)
                  .indexOf(want.state())]++;
      String p = m + ": ";
      check(diff, p + "state", want.state(), got.state());
      if (want.state() == SlaState.NOT_APPLICABLE) {
        check(diff, p + "reason", Optional.of(want.reason()), got.coverage().reason());
      }
      check(diff, p + "deadline", Optional.ofNullable(want.deadline()), got.deadline());
      check(diff, p + "breachedAt", Optional.ofNullable(want.breachedAt()), got.breachedAt());
      if (want.state() != SlaState.NOT_APPLICABLE) {
        check(diff, p + "stoppedAt", Optional.ofNullable(want.stoppedAt()), got.stoppedAt());
        check(diff, p + "clockStart", Optional.ofNullable(want.clockStart()), got.clockStart());
      }
      check(diff, p + "elapsed", want.elapsed(), got.elapsed());
      check(diff, p + "targetLength", want.targetLength(), got.targetLength());
      check(diff, p + "cycle", want.cycle(), got.cycle());
      check(diff, p + "cyclesMet", want.cyclesMet(), got.cyclesMet());
      check(diff, p + "cyclesBreached", want.cyclesBreached(), got.cyclesBreached());
      if (withSeverity) {
        check(diff, p + "severity", want.severity(), got.severity());
        continue;
      }
      Duration remaining =
          want.state() == SlaState.BREACHED || want.elapsed().compareTo(want.targetLength()) > 0
              ? Duration.ZERO
              : want.targetLength().minus(want.elapsed());
      check(diff, p + "remaining", remaining, got.remaining());
      if (want.state() == SlaState.BREACHED) {
        Instant end = want.stoppedAt() != null ? want.stoppedAt() : s.now;
        check(
            diff,
            p + "lateness",
            Optional.of(Duration.between(want.deadline(), end)),
            got.lateness());
        check(
            diff,
            p + "latenessOnClock",
            Optional.of(want.elapsed().minus(want.targetLength())),
            got.latenessOnClock());
      }
      if (want.breachedAt() != null && !want.breachedAt().equals(want.deadline())) {
        stats[7]++; // breached at a severity change
      }
      try {
        if (got.explanation().steps().isEmpty()) {
          diff.append("  ").append(p).append("explanation has no steps\n");
        }
      } catch (RuntimeException e) {
        diff.append("  ").append(p).append("explanation threw ").append(e).append('\n');
      }
      if (want.state() == SlaState.NOT_APPLICABLE) {
        try {
          got.thresholdInstant(0.5);
          diff.append("  ").append(p).append("thresholdInstant did not throw\n");
        } catch (IllegalStateException expectedException) {
          // not applicable: no thresholds
        }
      } else {
        for (int i = 0; i < ReferenceReplay.FRACTION_VALUES.length; i++) {
          double f = ReferenceReplay.FRACTION_VALUES[i];
          check(diff, p + "threshold " + f, want.thresholds().get(i), got.thresholdInstant(f));
        }
      }
    }
    return diff.toString();
  }

  private static void check(StringBuilder diff, String what, Object expected, Object actual) {
    if (!expected.equals(actual)) {
      diff.append("  ")
          .append(what)
          .append(": reference ")
          .append(expected)
          .append(", code ")
          .append(actual)
          .append('\n');
    }
  }
}
