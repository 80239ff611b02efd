package io.github.sla4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RegionalHolidaysExampleTest {

  @Test
  void munichDeadline_skipsEpiphany_andScotlandKeepsActualDates() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);

    Instant due = RegionalHolidaysExample.run(out);

    assertThat(due).isEqualTo(Instant.parse("2027-01-07T09:00:00Z"));
    // Scotland 2027 on actual dates: Jan 1, Jan 2 (Sat), Good Friday, three Monday bank holidays,
    // St Andrew's Day, Dec 25 (Sat) and Dec 26 (Sun).
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Epiphany skipped")
        .contains("GB-SCT with bank holidays (actual dates) has 9 holidays in 2027");
  }
}
