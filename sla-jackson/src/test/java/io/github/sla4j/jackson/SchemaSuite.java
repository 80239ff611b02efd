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
import java.nio.file.Files;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * The JSON Schema shipped in the jar accepts what the module writes and refuses what it refuses.
 */
public abstract class SchemaSuite {

  private final JsonBinding binding;

  protected SchemaSuite(JsonBinding binding) {
    this.binding = binding;
  }

  private static final Map<JsonBinding, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

  /** The schema the binding ships in its jar. */
  private static JsonSchema schemaOf(JsonBinding binding) {
    return SCHEMAS.computeIfAbsent(
        binding,
        b -> {
          try (InputStream in = b.schema()) {
            assertThat(in).as("schema resource in the jar of %s", b).isNotNull();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
          } catch (java.io.IOException ex) {
            throw new AssertionError(ex);
          }
        });
  }

  /** What the schema finds wrong with the document a binding writes for a value. */
  public static Set<ValidationMessage> validate(JsonBinding binding, Object value)
      throws Exception {
    return schemaOf(binding).validate(MutationCorpusSuite.tree(binding.write(value)));
  }

  private Set<ValidationMessage> validate(Object value) throws Exception {
    return validate(binding, value);
  }

  @Test
  void everyDocumentTheModuleWrites_isValid() throws Exception {
    assertThat(validate(SlaPolicy.threekit())).isEmpty();
    assertThat(validate(CalendarJsonSuite.support())).isEmpty();
    assertThat(validate(BusinessCalendar.alwaysOpen())).isEmpty();
    assertThat(validate(HolidayCalendar.nyse())).isEmpty();
    CaseTimeline timeline =
        binding.read(Files.readString(TimelineJsonSuite.TIMELINE_JSON), CaseTimeline.class);
    assertThat(validate(timeline)).isEmpty();
    SlaTracker tracker = SlaTracker.of(SlaPolicy.threekit());
    for (String now :
        new String[] {"2026-11-25T20:30:00Z", "2026-11-25T21:30:00Z", "2026-11-27T15:00:00Z"}) {
      assertThat(validate(tracker.status(timeline, Instant.parse(now)))).as(now).isEmpty();
    }
    for (long seed = 1; seed <= 30; seed++) {
      assertThat(validate(RoundTripPropertiesSuite.policy(seed))).as("policy %s", seed).isEmpty();
    }
  }

  @Test
  void mutantsTheModuleRefuses_areMostlyRefusedByTheSchemaToo() throws Exception {
    JsonNode valid = MutationCorpusSuite.tree(binding.write(SlaPolicy.threekit()));
    int refusedByModule = 0;
    int refusedBySchemaToo = 0;
    for (MutationCorpusSuite.Mutant m : MutationCorpusSuite.mutants(valid)) {
      if (m.mustFail()) {
        refusedByModule++;
        if (!schemaOf(binding).validate(MutationCorpusSuite.tree(m.json())).isEmpty()) {
          refusedBySchemaToo++;
        }
      }
    }
    // The schema cannot check everything (overlapping windows, unknown zone ids, calendar
    // references), but it catches structural errors: types, nulls, unknown and missing fields.
    assertThat(refusedBySchemaToo).isGreaterThan(refusedByModule * 8 / 10);
  }
}
