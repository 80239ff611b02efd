package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.policy.SlaPolicy;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** A misspelt key is named, with the known name nearest to it. */
public abstract class MisspeltPropertySuite {

  private final JsonBinding binding;

  protected MisspeltPropertySuite(JsonBinding binding) {
    this.binding = binding;
  }

  private String calendarJson() throws Exception {
    return binding.write(
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .name("support hours")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
            .build());
  }

  /** Reads a document that must be refused as an unknown property, and says what the error says. */
  private JsonBinding.Refused unknown(String json, Class<?> type) {
    Throwable thrown = catchThrowable(() -> binding.read(json, type));
    assertThat(thrown).as(json).isInstanceOf(binding.unrecognizedProperty());
    return binding.details(thrown);
  }

  @Test
  void missingRequiredProperty_nearUnknownOne_namesBoth() throws Exception {
    String json = calendarJson().replace("\"zone\":", "\"zoen\":");

    JsonBinding.Refused ex = unknown(json, BusinessCalendar.class);

    assertThat(ex.property()).isEqualTo("zoen");
    assertThat(ex.message())
        .startsWith("Unknown property 'zoen' at $.zoen: did you mean 'zone'?")
        .contains("Required property 'zone'", "is missing at $.");
  }

  @Test
  void unknownProperty_nearAKnownOne_suggestsIt() throws Exception {
    String json = calendarJson().replace("\"zone\":", "\"nmae\":\"x\",\"zone\":");

    assertThat(unknown(json, BusinessCalendar.class).message())
        .startsWith(
            "Unknown property 'nmae' at $.nmae: did you mean 'name'? This object allows only [");
  }

  @Test
  void unknownProperty_farFromEveryKnownOne_listsTheKnownOnes() throws Exception {
    String json = calendarJson().replace("\"zone\":", "\"colour\":\"red\",\"zone\":");

    assertThat(unknown(json, BusinessCalendar.class).message())
        .startsWith("Unknown property 'colour' at $.colour: this object allows only [");
  }

  @Test
  void policy_severityMisspeltInOneTier_namesBothSpellings() throws Exception {
    String json = binding.write(SlaPolicy.threekit()).replaceFirst("\"critical\"", "\"critcal\"");

    JsonBinding.Refused e = unknown(json, SlaPolicy.class);

    assertThat(e.property()).isEqualTo("critical");
    assertThat(e.message())
        .startsWith(
            "The severity 'critical' at $.metrics.first_response.targets.standard.critical is"
                + " not declared in \"severities\" [critcal, urgent, high, medium]")
        .endsWith("(did you mean 'critcal'?)");
  }
}
