package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.sla4j.calendar.BusinessCalendar;
import org.junit.jupiter.api.Test;

class SlaModuleTest {

  @Test
  void findAndRegisterModules_findsTheModule() throws Exception {
    ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
    assertThat(mapper.getRegisteredModuleIds()).contains(SlaModule.class.getName());
    String json = mapper.writeValueAsString(BusinessCalendar.alwaysOpen());
    assertThat(mapper.readValue(json, BusinessCalendar.class))
        .isEqualTo(BusinessCalendar.alwaysOpen());
  }

  @Test
  void version_comesFromTheBuild() {
    assertThat(new SlaModule().version().getArtifactId()).isEqualTo("sla-jackson");
    assertThat(new SlaModule().version().isUnknownVersion()).isFalse();
  }
}
