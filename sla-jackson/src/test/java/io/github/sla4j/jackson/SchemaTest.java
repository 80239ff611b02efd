package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.io.InputStream;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar accepts what the module writes and refuses what it refuses.
 */
class SchemaTest {

  private static final JsonSchema SCHEMA = load();

  private static JsonSchema load() {
    try (InputStream in = SlaModule.class.getResourceAsStream("sla4j.schema.json")) {
      assertThat(in).as("schema resource in the jar").isNotNull();
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    } catch (java.io.IOException ex) {
      throw new AssertionError(ex);
    }
  }

  static Set<ValidationMessage> validate(Object value) {
    JsonNode node = MutationCorpusTest.MAPPER.valueToTree(value);
    return SCHEMA.validate(node);
  }

  @Test
  void everyDocumentTheModuleWrites_isValid() throws Exception {
    assertThat(validate(SlaPolicy.threekit())).isEmpty();
    assertThat(validate(CalendarJsonTest.support())).isEmpty();
    assertThat(validate(BusinessCalendar.alwaysOpen())).isEmpty();
    assertThat(validate(HolidayCalendar.nyse())).isEmpty();
    CaseTimeline timeline =
        MutationCorpusTest.MAPPER.readValue(
            TimelineJsonTest.TIMELINE_JSON.toFile(), CaseTimeline.class);
    assertThat(validate(timeline)).isEmpty();
    SlaTracker tracker = SlaTracker.of(SlaPolicy.threekit());
    for (String now :
        new String[] {"2026-11-25T20:30:00Z", "2026-11-25T21:30:00Z", "2026-11-27T15:00:00Z"}) {
      assertThat(validate(tracker.status(timeline, Instant.parse(now)))).as(now).isEmpty();
    }
    for (long seed = 1; seed <= 30; seed++) {
      assertThat(validate(RoundTripPropertiesTest.policy(seed))).as("policy %s", seed).isEmpty();
    }
  }

  @Test
  void mutantsTheModuleRefuses_areMostlyRefusedByTheSchemaToo() throws Exception {
    JsonNode valid = MutationCorpusTest.MAPPER.valueToTree(SlaPolicy.threekit());
    int refusedByModule = 0;
    int refusedBySchemaToo = 0;
    for (MutationCorpusTest.Mutant m : MutationCorpusTest.mutants(valid)) {
      if (m.mustFail()) {
        refusedByModule++;
        if (!SCHEMA.validate(MutationCorpusTest.MAPPER.readTree(m.json())).isEmpty()) {
          refusedBySchemaToo++;
        }
      }
    }
    // The schema cannot check everything (overlapping windows, unknown zone ids, calendar
    // references), but it catches structural errors: types, nulls, unknown and missing fields.
    assertThat(refusedBySchemaToo).isGreaterThan(refusedByModule * 8 / 10);
  }
}
