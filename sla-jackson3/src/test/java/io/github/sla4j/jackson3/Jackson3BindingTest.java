package io.github.sla4j.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
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

  static BusinessCalendar calendar() {
    return BusinessCalendar.builder(ZoneId.of("America/New_York"))
        .name("support hours")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
        .hours(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)
        .holidays(HolidayCalendar.usFederal())
        .holiday(LocalDate.of(2025, 1, 9), "National Day of Mourning")
        .specialHours(LocalDate.of(2026, 12, 24), LocalTime.of(3, 0), LocalTime.of(12, 0))
        .build();
  }

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
  void everyType_writtenByOneBinding_isReadByTheOther() throws Exception {
    List<Object> values =
        List.of(
            SlaPolicy.threekit(),
            calendar(),
            HolidayCalendar.usFederal(),
            MAPPER.readValue(
                Files.readString(Path.of("../docs/examples/case-timeline.json")),
                CaseTimeline.class));
    for (Object v : values) {
      String by3 = MAPPER.writeValueAsString(v);
      String by2 = JACKSON2.writeValueAsString(v);
      assertThat(by3).isEqualTo(by2);
      assertThat(JACKSON2.readValue(by3, v.getClass())).isEqualTo(v);
      assertThat(MAPPER.readValue(by2, v.getClass())).isEqualTo(v);
    }
  }

  @Test
  void discoveredModule_readsAndWritesEveryType() throws Exception {
    BusinessCalendar cal = calendar();
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
}
