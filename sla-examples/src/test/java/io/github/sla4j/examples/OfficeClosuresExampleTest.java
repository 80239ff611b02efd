package io.github.sla4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.Closure;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficeClosuresExampleTest {

  static final Path JSON = Path.of("../docs/examples/office-calendar.json");

  @Test
  void run_deadlineSkipsTheOfficeEvent_andNamesIt() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    Instant due = OfficeClosuresExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(due).isEqualTo(Instant.parse("2026-12-09T21:00:00Z"));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Closures on the way: [2026-12-09T17:00:00Z/2026-12-09T20:00:00Z 'Office event']")
        .contains("Working date 2026-12-30: false");
  }

  @Test
  void calendar_halfDayAndClosures() {
    BusinessCalendar office = OfficeClosuresExample.calendar();
    LocalDate eve = LocalDate.of(2026, 12, 24);
    assertThat(office.openPeriodsOn(eve).get(0).duration()).isEqualTo(Duration.ofHours(3));
    assertThat(office.closuresOn(LocalDate.of(2026, 12, 30)))
        .extracting(Closure::reason)
        .containsExactly("Office move");
  }

  @Test
  void docsExample_isExactlyWhatTheModuleWrites() throws Exception {
    BusinessCalendar office = OfficeClosuresExample.calendar();
    String json = BerlinHelpDeskPolicyTest.MAPPER.writeValueAsString(office) + "\n";
    if (!Files.exists(JSON)) {
      Files.writeString(JSON, json);
    }
    assertThat(Files.readString(JSON))
        .as("docs/examples/office-calendar.json is out of date; delete it and rerun")
        .isEqualTo(json);
    assertThat(BerlinHelpDeskPolicyTest.MAPPER.readValue(JSON.toFile(), BusinessCalendar.class))
        .isEqualTo(office);
  }
}
