package io.github.sla4j.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class TextsTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  @Test
  void formatInstant_wholeMinute_showsMinutes() {
    assertThat(Texts.format(Instant.parse("2026-11-18T15:00:00Z"), NEW_YORK))
        .isEqualTo("Wed 2026-11-18 10:00 EST");
  }

  @Test
  void formatInstant_wholeSecond_showsSecondsWithoutFraction() {
    assertThat(Texts.format(Instant.parse("2026-11-18T15:00:37Z"), NEW_YORK))
        .isEqualTo("Wed 2026-11-18 10:00:37 EST");
  }

  @Test
  void formatInstant_fraction_showsOnlyTheDigitsItNeeds() {
    assertThat(Texts.format(Instant.parse("2026-11-18T15:00:37.250Z"), NEW_YORK))
        .isEqualTo("Wed 2026-11-18 10:00:37.25 EST");
    assertThat(Texts.format(Instant.parse("2026-11-18T15:00:00.000000001Z"), NEW_YORK))
        .isEqualTo("Wed 2026-11-18 10:00:00.000000001 EST");
  }

  @Test
  void formatInstant_yearZeroAndBefore_isProleptic() {
    assertThat(Texts.format(Instant.parse("0000-01-01T10:00:00Z"), ZoneId.of("UTC")))
        .isEqualTo("Sat 0000-01-01 10:00 UTC");
    assertThat(Texts.format(Instant.parse("-0001-01-01T10:00:00Z"), ZoneId.of("UTC")))
        .isEqualTo("Fri -0001-01-01 10:00 UTC");
  }

  @Test
  void formatDuration_fractionOfASecond_isADecimal() {
    assertThat(Texts.format(Duration.ofMinutes(47).plusMillis(54_750))).isEqualTo("47 min 54.75 s");
    assertThat(Texts.format(Duration.ofNanos(1))).isEqualTo("0.000000001 s");
    assertThat(Texts.format(Duration.ofHours(2).plusNanos(500_000_000))).isEqualTo("2 h 0.5 s");
  }

  @Test
  void formatDuration_wholeUnits_andZero_andNegative() {
    assertThat(Texts.format(Duration.ofMinutes(90))).isEqualTo("1 h 30 min");
    assertThat(Texts.format(Duration.ofSeconds(37))).isEqualTo("37 s");
    assertThat(Texts.format(Duration.ZERO)).isEqualTo("0 min");
    assertThat(Texts.format(Duration.ofMillis(-1500))).isEqualTo("-1.5 s");
  }
}
