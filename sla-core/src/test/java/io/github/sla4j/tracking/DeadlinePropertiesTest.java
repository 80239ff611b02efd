package io.github.sla4j.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.policy.ThreekitPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Properties of deadlines and statuses on the Threekit policy, checked against {@link
 * ReferenceDeadlines}. The seed is fixed; QuickTheories prints it on failure, and {@code
 * -Dsla4j.seed=N} replays or varies it.
 */
class DeadlinePropertiesTest {

  private static final long SEED = Long.getLong("sla4j.seed", 20261126L);
  private static final SlaPolicy POLICY = SlaPolicy.threekit();
  private static final SlaTracker TRACKER = SlaTracker.of(POLICY);
  private static final long FIRST =
      LocalDateTime.parse("2024-01-01T00:00").toEpochSecond(java.time.ZoneOffset.UTC);
  private static final long LAST =
      LocalDateTime.parse("2032-12-15T00:00").toEpochSecond(java.time.ZoneOffset.UTC);

  /** Any instant 2024–2032, to the nanosecond. */
  private static Gen<Instant> anyInstant() {
    return longs()
        .between(FIRST, LAST)
        .zip(integers().between(0, 999_999_999), Instant::ofEpochSecond);
  }

  /** Instants on and around holidays and DST weekends, on whole minutes and odd seconds. */
  private static Gen<Instant> specialInstant() {
    Set<LocalDate> dates = new TreeSet<>();
    for (LocalDate holiday : ReferenceDeadlines.HOLIDAYS) {
      for (int d = -3; d <= 1; d++) {
        dates.add(holiday.plusDays(d));
      }
    }
    for (int year = 2024; year <= 2032; year++) {
      LocalDate march = LocalDate.of(year, 3, 8);
      LocalDate november = LocalDate.of(year, 11, 1);
      for (int d = -3; d <= 8; d++) {
        dates.add(march.plusDays(d));
        dates.add(november.plusDays(d));
      }
    }
    List<LocalDate> list = new ArrayList<>(dates);
    return arbitrary()
        .pick(list)
        .zip(
            integers().between(0, 24 * 60 - 1),
            integers().between(0, 2),
            (date, minute, second) ->
                date.atStartOfDay(ReferenceDeadlines.NEW_YORK)
                    .plusMinutes(minute)
                    .plusSeconds(second == 2 ? 59 : second)
                    .toInstant());
  }

  private static Gen<Instant> openings() {
    return anyInstant().mix(specialInstant(), 50);
  }

  private static CaseTimeline timeline(SupportTier tier, Severity severity, Instant openedAt) {
    return CaseTimeline.opened(openedAt, tier, severity, Channel.EMAIL, ApplicationArea.EDITOR);
  }

  @Test
  void responseDeadline_agreesWithReference_everyCell() {
    qt().withExamples(6000)
        .withFixedSeed(SEED)
        .forAll(openings())
        .checkAssert(
            openedAt -> {
              for (SupportTier tier : ThreekitPolicy.TIERS) {
                for (Severity severity : ThreekitPolicy.SEVERITIES) {
                  assertThat(POLICY.responseDeadline(tier, severity, openedAt))
                      .as("%s %s opened %s", tier, severity, openedAt)
                      .isEqualTo(ReferenceDeadlines.deadline(tier, severity, openedAt));
                }
              }
            });
  }

  @Test
  void responseDeadline_neverDecreasesAsOpeningIncreases() {
    qt().withExamples(3000)
        .withFixedSeed(SEED)
        .forAll(openings(), longs().between(0, 3 * 86_400_000_000_000L))
        .checkAssert(
            (openedAt, laterNanos) -> {
              Instant later = openedAt.plusNanos(laterNanos);
              for (SupportTier tier : ThreekitPolicy.TIERS) {
                for (Severity severity : ThreekitPolicy.SEVERITIES) {
                  assertThat(POLICY.responseDeadline(tier, severity, later))
                      .as("%s %s opened %s and %s", tier, severity, openedAt, later)
                      .isAfterOrEqualTo(POLICY.responseDeadline(tier, severity, openedAt));
                }
              }
            });
  }

  @Test
  void thresholds_fullFractionIsTheDeadline_andThresholdsAreOrdered() {
    qt().withExamples(2000)
        .withFixedSeed(SEED)
        .forAll(
            openings(),
            arbitrary().pick(ThreekitPolicy.TIERS),
            arbitrary().pick(ThreekitPolicy.SEVERITIES),
            doubles().between(0, 1.5).zip(doubles().between(0, 1.5), (a, b) -> new double[] {a, b}))
        .checkAssert(
            (openedAt, tier, severity, fractions) -> {
              CaseStatus status = TRACKER.status(timeline(tier, severity, openedAt), openedAt);
              Instant deadline = POLICY.responseDeadline(tier, severity, openedAt);
              assertThat(status.deadline()).contains(deadline);
              assertThat(status.thresholdInstant(1.0)).isEqualTo(deadline);
              Arrays.sort(fractions);
              assertThat(status.thresholdInstant(fractions[0]))
                  .isBeforeOrEqualTo(status.thresholdInstant(fractions[1]));
              assertThat(status.thresholdInstant(0)).isEqualTo(openedAt);
            });
  }

  @Test
  void status_whileRunning_elapsedPlusRemainingIsTheTargetLength() {
    qt().withExamples(2000)
        .withFixedSeed(SEED)
        .forAll(
            openings(),
            arbitrary().pick(ThreekitPolicy.TIERS),
            arbitrary().pick(ThreekitPolicy.SEVERITIES),
            doubles().between(0, 1))
        .checkAssert(
            (openedAt, tier, severity, where) -> {
              Instant deadline = POLICY.responseDeadline(tier, severity, openedAt);
              long span = Duration.between(openedAt, deadline).toNanos();
              Instant now = openedAt.plusNanos((long) (span * where));
              CaseStatus status = TRACKER.status(timeline(tier, severity, openedAt), now);
              assertThat(status.state()).isEqualTo(SlaState.RUNNING);
              assertThat(status.elapsed().plus(status.remaining()))
                  .isEqualTo(status.targetLength());
              assertThat(status.targetLength())
                  .isEqualTo(POLICY.target(tier, severity).lengthFrom(openedAt));
            });
  }

  @Test
  void status_breachedIffNoResponseByTheDeadline() {
    qt().withExamples(2000)
        .withFixedSeed(SEED)
        .forAll(
            openings(),
            arbitrary().pick(ThreekitPolicy.TIERS),
            arbitrary().pick(ThreekitPolicy.SEVERITIES),
            longs().between(-7_200_000_000_000L, 7_200_000_000_000L))
        .checkAssert(
            (openedAt, tier, severity, offset) -> {
              Instant deadline = POLICY.responseDeadline(tier, severity, openedAt);
              Instant response = deadline.plusNanos(offset);
              if (response.isBefore(openedAt)) {
                response = openedAt;
              }
              Instant now = deadline.plus(Duration.ofHours(3));
              CaseTimeline answered =
                  timeline(tier, severity, openedAt).withFirstResponse(response);
              SlaState state = TRACKER.status(answered, now).state();
              assertThat(state == SlaState.BREACHED)
                  .as("response %s, deadline %s, state %s", response, deadline, state)
                  .isEqualTo(response.isAfter(deadline));
              assertThat(TRACKER.status(timeline(tier, severity, openedAt), now).state())
                  .isEqualTo(SlaState.BREACHED);
            });
  }

  @Test
  void status_pauseOnTheTwentyFourSevenClock_movesTheDeadlineByItsLength() {
    qt().withExamples(1000)
        .withFixedSeed(SEED)
        .forAll(openings(), doubles().between(0, 0.99), longs().between(1, 86_400_000_000_000L))
        .checkAssert(
            (openedAt, where, pauseNanos) -> {
              Instant deadline =
                  POLICY.responseDeadline(SupportTier.STANDARD, Severity.CRITICAL, openedAt);
              Instant pause = openedAt.plusNanos((long) (Duration.ofHours(4).toNanos() * where));
              Instant resume = pause.plusNanos(pauseNanos);
              CaseTimeline timeline =
                  timeline(SupportTier.STANDARD, Severity.CRITICAL, openedAt)
                      .withPause(pause)
                      .withResume(resume);
              CaseStatus status = TRACKER.status(timeline, resume);
              assertThat(status.deadline()).contains(deadline.plusNanos(pauseNanos));
            });
  }
}
