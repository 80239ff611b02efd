package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.internal.json.FormatException;
import io.github.sla4j.internal.json.In;
import io.github.sla4j.internal.json.Path;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** A misspelt key is named, with the known name nearest to it. */
class MisspeltPropertyTest {

  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SlaModule());

  private static String calendarJson() throws Exception {
    return MAPPER.writeValueAsString(
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .name("support hours")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
            .build());
  }

  @Test
  void missingRequiredProperty_nearUnknownOne_namesBoth() throws Exception {
    String json = calendarJson().replace("\"zone\":", "\"zoen\":");

    UnrecognizedPropertyException ex =
        catchThrowableOfType(
            UnrecognizedPropertyException.class,
            () -> MAPPER.readValue(json, BusinessCalendar.class));

    assertThat(ex.getPropertyName()).isEqualTo("zoen");
    assertThat(ex.getOriginalMessage())
        .startsWith("Unknown property 'zoen' at $.zoen: did you mean 'zone'?")
        .contains("Required property 'zone'", "is missing at $.");
  }

  @Test
  void unknownProperty_nearAKnownOne_suggestsIt() throws Exception {
    String json = calendarJson().replace("\"zone\":", "\"nmae\":\"x\",\"zone\":");

    assertThatThrownBy(() -> MAPPER.readValue(json, BusinessCalendar.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .extracting(e -> ((UnrecognizedPropertyException) e).getOriginalMessage())
        .asString()
        .startsWith(
            "Unknown property 'nmae' at $.nmae: did you mean 'name'? This object allows only [");
  }

  @Test
  void unknownProperty_farFromEveryKnownOne_listsTheKnownOnes() throws Exception {
    String json = calendarJson().replace("\"zone\":", "\"colour\":\"red\",\"zone\":");

    assertThatThrownBy(() -> MAPPER.readValue(json, BusinessCalendar.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .extracting(e -> ((UnrecognizedPropertyException) e).getOriginalMessage())
        .asString()
        .startsWith("Unknown property 'colour' at $.colour: this object allows only [");
  }

  @Test
  void requiredSeverity_misspelt_isReportedAsUnknownWithTheSuggestion() {
    Map<String, @Nullable Object> targets = new LinkedHashMap<>();
    targets.put("critcal", Map.of());
    In in = In.object(targets, Path.ROOT.key("targets"), "targets");

    assertThatThrownBy(() -> in.object("critical", "target"))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith(
            "Unknown property 'critcal' at $.targets.critcal: did you mean 'critical'? Required property"
                + " 'critical' (target) is missing at $.targets.")
        .extracting(e -> ((FormatException) e).unknownProperty())
        .isEqualTo("critcal");
  }

  @Test
  void policy_severityMisspeltInOneTier_namesBothSpellings() throws Exception {
    String json =
        MAPPER
            .writeValueAsString(io.github.sla4j.policy.SlaPolicy.threekit())
            .replaceFirst("\"critical\"", "\"critcal\"");

    UnrecognizedPropertyException e =
        catchThrowableOfType(
            UnrecognizedPropertyException.class,
            () -> MAPPER.readValue(json, io.github.sla4j.policy.SlaPolicy.class));

    assertThat(e.getPropertyName()).isEqualTo("critical");
    assertThat(e.getOriginalMessage())
        .startsWith(
            "The severity 'critical' at $.metrics.first_response.targets.standard.critical is"
                + " not declared in \"severities\" [critcal, urgent, high, medium]")
        .endsWith("(did you mean 'critcal'?)");
  }

  @Test
  void closest_isWithinTwoEdits_andNeverAWholeShortName() {
    assertThat(In.distance("critcal", "critical")).isEqualTo(1);
    assertThat(In.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(In.closest("Critical", Set.of("critical", "urgent"))).isEqualTo("critical");
    assertThat(In.closest("hihg", Set.of("high", "medium"))).isEqualTo("high");
    assertThat(In.closest("xyzzy", Set.of("high", "medium"))).isNull();
    assertThat(In.closest("to", Set.of("at"))).isNull();
  }
}
