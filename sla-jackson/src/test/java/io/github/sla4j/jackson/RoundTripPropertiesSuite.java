package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRule;
import io.github.sla4j.holiday.Observance;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.policy.ThreekitPolicy;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * Random calendars and policies survive write → read → write: the value read back is equal, its
 * text is identical, and it computes the same deadlines.
 */
public abstract class RoundTripPropertiesSuite {

  private final JsonBinding binding;

  protected RoundTripPropertiesSuite(JsonBinding binding) {
    this.binding = binding;
  }

  private static final long SEED = Long.getLong("sla4j.seed", 20261126L);

  private static final List<String> ZONES =
      List.of(
          "America/New_York",
          "Europe/London",
          "Europe/Dublin",
          "Australia/Lord_Howe",
          "America/Santiago",
          "Asia/Beirut",
          "Pacific/Apia",
          "UTC",
          "Asia/Kolkata");

  /** A generator of calendars from a random seed; QuickTheories shrinks the seed. */
  public static BusinessCalendar calendar(long seed, String name) {
    SplittableRandom r = new SplittableRandom(seed);
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(ZoneId.of(ZONES.get(r.nextInt(ZONES.size())))).name(name);
    for (DayOfWeek day : DayOfWeek.values()) {
      int at = 0;
      for (int w = r.nextInt(3); w > 0 && at < 86_400 - 1800; w--) {
        int open = at + 1800 * r.nextInt(1, 16);
        int close = Math.min(86_400, open + 1800 * r.nextInt(1, 20) + (r.nextBoolean() ? 0 : 7));
        if (open >= 86_400) {
          break;
        }
        b.hours(day, time(open), close == 86_400 ? LocalTime.MIDNIGHT : time(close));
        at = close;
      }
    }
    List<HolidayRule> rules = new ArrayList<>();
    if (r.nextBoolean()) {
      rules.addAll(HolidayCalendar.usFederal().rules());
    }
    Month month = Month.of(r.nextInt(1, 13));
    rules.add(
        HolidayRule.fixed(
            "Fixed",
            MonthDay.of(month, r.nextInt(1, 29)),
            Observance.values()[r.nextInt(Observance.values().length)]));
    rules.add(
        HolidayRule.nthWeekday("Nth", month, r.nextInt(1, 6), DayOfWeek.of(r.nextInt(1, 8)))
            .withYears(r.nextBoolean() ? 2020 : null, null));
    rules.add(HolidayRule.easterOffset("Easter", r.nextInt(-3, 4)));
    HolidayRule last = HolidayRule.lastWeekday("Last", month, DayOfWeek.of(r.nextInt(1, 8)));
    rules.add(last);
    rules.add(HolidayRule.relativeTo("After last", last, 1).withYears(2000, 2040));
    b.holidays(HolidayCalendar.of("random " + seed, rules));
    b.holiday(LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365)), "One-off");
    LocalDate special = LocalDate.of(2026, 1, 1).plusDays(r.nextInt(365));
    b.specialHours(special, time(1800 * r.nextInt(0, 20)), LocalTime.MIDNIGHT);
    return b.build();
  }

  private static LocalTime time(int second) {
    return LocalTime.ofSecondOfDay(second);
  }

  public static SlaPolicy policy(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    BusinessCalendar a = calendar(r.nextLong(), "first");
    BusinessCalendar b = calendar(r.nextLong(), "second");
    SlaPolicy.Builder builder = SlaPolicy.threekit().toBuilder().name("policy " + seed);
    for (SupportTier tier : ThreekitPolicy.TIERS) {
      for (Severity severity : ThreekitPolicy.SEVERITIES) {
        BusinessCalendar cal = r.nextBoolean() ? a : b;
        ResponseTarget target =
            switch (r.nextInt(3)) {
              case 0 -> ResponseTarget.ofElapsed(Duration.ofMinutes(r.nextInt(1, 600)), cal.zone());
              case 1 ->
                  ResponseTarget.ofBusinessTime(Duration.ofSeconds(r.nextInt(1, 200_000)), cal);
              default -> ResponseTarget.ofBusinessDays(r.nextInt(1, 6), cal);
            };
        builder.target(tier, severity, target);
      }
    }
    return builder.build();
  }

  private static Gen<Long> seeds() {
    return SourceDSL.longs().all();
  }

  @Test
  void randomCalendars_roundTripExactly() {
    qt().withFixedSeed(SEED)
        .withExamples(300)
        .forAll(seeds())
        .checkAssert(
            seed -> {
              BusinessCalendar cal = calendar(seed, "calendar");
              String json = binding.writeOrFail(cal);
              BusinessCalendar back = binding.readOrFail(json, BusinessCalendar.class);
              assertThat(back).as(json).isEqualTo(cal);
              assertThat(binding.writeOrFail(back)).isEqualTo(json);
            });
  }

  @Test
  void randomPolicies_roundTripExactly_andGiveTheSameDeadlines() {
    qt().withFixedSeed(SEED)
        .withExamples(100)
        .forAll(seeds())
        .checkAssert(
            seed -> {
              SlaPolicy policy = policy(seed);
              String json = binding.writeOrFail(policy);
              SlaPolicy back = binding.readOrFail(json, SlaPolicy.class);
              assertThat(back).isEqualTo(policy);
              assertThat(binding.writeOrFail(back)).isEqualTo(json);
              SplittableRandom r = new SplittableRandom(seed);
              for (int i = 0; i < 5; i++) {
                Instant t =
                    Instant.parse("2026-01-01T00:00:00Z").plusSeconds(r.nextLong(0, 31_536_000));
                SupportTier tier = ThreekitPolicy.TIERS.get(r.nextInt(2));
                Severity severity = ThreekitPolicy.SEVERITIES.get(r.nextInt(4));
                assertThat(back.responseDeadline(tier, severity, t))
                    .isEqualTo(policy.responseDeadline(tier, severity, t));
              }
            });
  }
}
