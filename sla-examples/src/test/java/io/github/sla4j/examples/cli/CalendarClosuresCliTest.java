package io.github.sla4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

/** {@code sla calendar} on a calendar with recurring special hours and closures. */
class CalendarClosuresCliTest {

  private static final String FILE = "../docs/examples/office-calendar.json";

  @Test
  void calendar_namesRecurringSpecialHoursAndClosures() {
    CliRun run = CliRun.of("calendar", "--month", "2026-12", "--calendar-file", FILE);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains(
            "Wed 2026-12-09    09:00-12:00, 15:00-17:00    5h  closed 12:00-15:00: Office event")
        .contains("Thu 2026-12-24  * 09:00-12:00      3h  special hours: Christmas Eve")
        .contains("Wed 2026-12-30    closed               closed 00:00-24:00: Office move")
        .contains("Business time in 2026-12: 160h on 21 working dates");
  }

  @Test
  void calendarJson_listsClosuresAndRecurringSpecialHours() throws Exception {
    CliRun run = CliRun.of("calendar", "--month", "2026-12", "--calendar-file", FILE, "--json");
    JsonNode node = new ObjectMapper().readTree(run.out());

    assertThat(node.at("/days/8/closures/0/reason").asText()).isEqualTo("Office event");
    assertThat(node.at("/days/8/closures/0/start").asText()).isEqualTo("2026-12-09T17:00:00Z");
    assertThat(node.at("/days/23/recurringSpecialHours").asText()).isEqualTo("Christmas Eve");
    assertThat(node.at("/days/0").has("closures")).isFalse();
  }
}
