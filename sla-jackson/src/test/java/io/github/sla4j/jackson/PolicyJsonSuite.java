package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.policy.ThreekitPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

public abstract class PolicyJsonSuite {

  private final JsonBinding binding;

  protected PolicyJsonSuite(JsonBinding binding) {
    this.binding = binding;
  }

  /** The seed policy as the module writes it, kept in the docs. */
  public static final Path THREEKIT_JSON = Path.of("../docs/examples/threekit-policy.json");

  @Test
  void threekit_roundTrips_withIdenticalTextAndDeadlines() throws Exception {
    SlaPolicy policy = SlaPolicy.threekit();
    String json = binding.writePretty(policy);
    SlaPolicy back = binding.read(json, SlaPolicy.class);
    assertThat(back).isEqualTo(policy);
    assertThat(binding.writePretty(back)).isEqualTo(json);
    Instant t = Instant.parse("2024-01-01T00:00:00Z");
    for (int i = 0; i < 3000; i++) {
      t = t.plus(Duration.ofMinutes(1381)); // a stride that visits every time of day and weekday
      for (SupportTier tier : ThreekitPolicy.TIERS) {
        for (Severity severity : ThreekitPolicy.SEVERITIES) {
          assertThat(back.responseDeadline(tier, severity, t))
              .isEqualTo(policy.responseDeadline(tier, severity, t));
        }
      }
    }
  }

  @Test
  void threekit_docsExample_isExactlyWhatTheModuleWrites() throws Exception {
    String json = binding.writePretty(SlaPolicy.threekit()) + "\n";
    assertThat(Files.readString(THREEKIT_JSON))
        .as("docs/examples/threekit-policy.json is out of date; regenerate it from this test")
        .isEqualTo(json);
    assertThat(binding.read(Files.readString(THREEKIT_JSON), SlaPolicy.class))
        .isEqualTo(SlaPolicy.threekit());
  }

  @Test
  void targets_areSpelledForPeople() throws Exception {
    String json = binding.writePretty(SlaPolicy.threekit());
    assertThat(json)
        .contains("\"elapsed\" : \"PT4H\"")
        .contains("\"businessTime\" : \"PT4H\"")
        .contains("\"businessDays\" : 2")
        .contains("\"zone\" : \"America/New_York\"");
  }

  @Test
  void read_durationInDays_isRefusedBecauseItReadsWrong() throws Exception {
    String json = binding.writePretty(SlaPolicy.threekit()).replace("\"PT2H\"", "\"P1D\"");
    assertThatThrownBy(() -> binding.read(json, SlaPolicy.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("$.metrics.first_response.targets.premier.critical.elapsed")
        .hasMessageContaining("businessDays");
  }

  @Test
  void read_negativeTarget_isRefused() throws Exception {
    String json =
        binding
            .writePretty(SlaPolicy.threekit())
            .replace("\"businessDays\" : 2", "\"businessDays\" : -2");
    assertThatThrownBy(() -> binding.read(json, SlaPolicy.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("businessDays");
  }

  @Test
  void write_twoCalendarsWithOneName_isRefused() {
    BusinessCalendar a =
        BusinessCalendar.builder(ZoneId.of("UTC"))
            .name("hours")
            .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    BusinessCalendar b =
        BusinessCalendar.builder(ZoneId.of("UTC"))
            .name("hours")
            .hours(DayOfWeek.TUESDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    SlaPolicy.Builder builder = SlaPolicy.threekit().toBuilder();
    builder.target(SupportTier.PREMIER, Severity.HIGH, ResponseTarget.ofBusinessDays(1, a));
    builder.target(SupportTier.PREMIER, Severity.MEDIUM, ResponseTarget.ofBusinessDays(1, b));
    assertThatThrownBy(() -> binding.writePretty(builder.build()))
        .isInstanceOf(binding.refusal())
        .hasMessageContaining("two different calendars named 'hours'");
  }
}
