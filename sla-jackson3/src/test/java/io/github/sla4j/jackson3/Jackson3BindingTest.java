package io.github.sla4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.jackson.CalendarJsonSuite;
import io.github.sla4j.jackson.SelectionJsonSuite;
import io.github.sla4j.policy.PolicySelection;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseEvent;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;

/** The Jackson 3 binding writes and reads exactly the documents of the Jackson 2 binding. */
class Jackson3BindingTest {

  /** Built as Spring Boot builds its mapper: modules found on the class or module path. */
  static final JsonMapper MAPPER = JsonMapper.builder().findAndAddModules().build();

  static final JsonMapper PRETTY =
      JsonMapper.builder()
          .addModule(new SlaModule())
          .enable(SerializationFeature.INDENT_OUTPUT)
          .build();

  static final ObjectMapper JACKSON2 =
      new ObjectMapper().registerModule(new io.github.sla4j.jackson.SlaModule());

  static Stream<Arguments> examples() {
    return Stream.of(
        Arguments.of("threekit-policy.json", SlaPolicy.class),
        Arguments.of("berlin-helpdesk-policy.json", SlaPolicy.class),
        Arguments.of("case-timeline.json", CaseTimeline.class),
        Arguments.of("status-example-timeline.json", CaseTimeline.class));
  }

  @ParameterizedTest
  @MethodSource("examples")
  void example_roundTrips_toTheSameBytes_andMatchesJackson2(String file, Class<?> type)
      throws Exception {
    String text = Files.readString(Path.of("../docs/examples", file));
    Object value = MAPPER.readValue(text, type);
    assertThat(value).isEqualTo(JACKSON2.readValue(text, type));
    String compact = MAPPER.writeValueAsString(value);
    assertThat(compact).isEqualTo(JACKSON2.writeValueAsString(value));
    assertThat(PRETTY.writeValueAsString(value) + "\n").isEqualTo(text);
    assertThat(JACKSON2.readValue(compact, type)).isEqualTo(value);
  }

  @Test
  void discoveredModule_readsAndWritesEveryType() throws Exception {
    BusinessCalendar cal = CalendarJsonSuite.support();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(cal), BusinessCalendar.class))
        .isEqualTo(cal);
    HolidayCalendar holidays = HolidayCalendar.usFederal();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(holidays), HolidayCalendar.class))
        .isEqualTo(holidays);
    SlaPolicy policy = SlaPolicy.threekit();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(policy), SlaPolicy.class))
        .isEqualTo(policy);
    CaseTimeline timeline =
        MAPPER.readValue(
            Files.readString(Path.of("../docs/examples/case-timeline.json")), CaseTimeline.class);
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(timeline), CaseTimeline.class))
        .isEqualTo(timeline);
    for (CaseEvent event : timeline.events()) {
      assertThat(MAPPER.readValue(MAPPER.writeValueAsString(event), CaseEvent.class))
          .isEqualTo(event);
    }
    PolicySelection selection = SelectionJsonSuite.small();
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(selection), PolicySelection.class))
        .isEqualTo(selection);
    CaseStatus status =
        SlaTracker.of(policy).status(timeline, Instant.parse("2026-11-27T15:00:00Z"));
    String json = MAPPER.writeValueAsString(status);
    assertThat(json).isNotEqualTo("{}").startsWith("{\"formatVersion\":2,");
    assertThat(json).isEqualTo(JACKSON2.writeValueAsString(status));
  }

  @Test
  void unknownProperty_isUnrecognizedPropertyException_withPathLineAndFix() {
    String json = MAPPER.writeValueAsString(SlaPolicy.threekit()).replace("\"name\"", "\"nmae\"");
    assertThatThrownBy(() -> MAPPER.readValue(json, SlaPolicy.class))
        .isInstanceOf(UnrecognizedPropertyException.class)
        .hasMessageContaining("nmae")
        .hasMessageContaining("did you mean 'name'?")
        .satisfies(
            e -> {
              UnrecognizedPropertyException u = (UnrecognizedPropertyException) e;
              assertThat(u.getPropertyName()).isEqualTo("nmae");
              assertThat(u.getPathReference()).contains("[\"nmae\"]");
              // Jackson 3 prints line and column only with INCLUDE_SOURCE_IN_LOCATION; the
              // location always carries them.
              assertThat(u.getLocation().getLineNr()).isEqualTo(1);
              assertThat(u.getLocation().getColumnNr())
                  .isEqualTo(json.indexOf("\"nmae\":") + "\"nmae\":".length() + 1);
            });
  }

  @Test
  void malformedDocuments_areMismatchedInputException_likeJackson2() {
    String policy = MAPPER.writeValueAsString(SlaPolicy.threekit());
    List<String> bad =
        List.of(
            policy.replace("\"PT2H\"", "\"P1D\""),
            policy.replace("\"formatVersion\":2", "\"formatVersion\":99"),
            policy.replace("\"formatVersion\":2,", "\"formatVersion\":2,\"formatVersion\":2,"),
            policy.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":null"),
            policy.replaceFirst("\"name\":\"[^\"]*\"", "\"name\":7"),
            "[]",
            "{\"formatVersion\":2}",
            "[".repeat(40) + "]".repeat(40));
    for (String json : bad) {
      Throwable by3 =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> MAPPER.readValue(json, SlaPolicy.class));
      Throwable by2 =
          org.assertj.core.api.Assertions.catchThrowable(
              () -> JACKSON2.readValue(json, SlaPolicy.class));
      assertThat(by3).as(json).isInstanceOf(MismatchedInputException.class);
      assertThat(by2).as(json).isNotNull();
      assertThat(((MismatchedInputException) by3).getOriginalMessage())
          .as(json)
          .isEqualTo(
              ((com.fasterxml.jackson.core.JsonProcessingException) by2).getOriginalMessage());
      assertThat(((MismatchedInputException) by3).getLocation()).as(json).isNotNull();
    }
  }

  @Test
  void textThatIsNotJson_isTheParsersOwnException_passedThroughUnchanged() {
    String policy = MAPPER.writeValueAsString(SlaPolicy.threekit());
    for (String json :
        List.of(policy.substring(0, policy.length() / 2), policy.replaceFirst(",", ",,"))) {
      Throwable by3 = catchThrowable(() -> MAPPER.readValue(json, SlaPolicy.class));
      Throwable by2 = catchThrowable(() -> JACKSON2.readValue(json, SlaPolicy.class));
      assertThat(by3).isInstanceOf(tools.jackson.core.exc.StreamReadException.class);
      assertThat(by2).isInstanceOf(com.fasterxml.jackson.core.JsonParseException.class);
      // The parsers word their messages a little differently; both say where.
      tools.jackson.core.TokenStreamLocation at3 =
          ((tools.jackson.core.JacksonException) by3).getLocation();
      com.fasterxml.jackson.core.JsonLocation at2 =
          ((com.fasterxml.jackson.core.JsonParseException) by2).getLocation();
      assertThat(by3.getMessage()).startsWith("Unexpected");
      assertThat(at3.getColumnNr()).isEqualTo(at2.getColumnNr());
    }
  }
}
