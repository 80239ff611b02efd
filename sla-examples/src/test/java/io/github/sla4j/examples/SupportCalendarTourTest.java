package io.github.sla4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SupportCalendarTourTest {

  @Test
  void tour_printsTheWorkedExamples() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    SupportCalendarTour.tour(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);

    assertThat(out)
        .contains("+ 8 business hours   -> 2026-11-27T07:00-05:00")
        .contains("+ 4 business hours   -> 2024-03-11T06:00-04:00")
        .contains("+ 4 business hours   -> 2026-11-24T18:00-05:00")
        .contains("+ 1 business day     -> 2026-11-30T18:00-05:00")
        .contains("+ 2 business days    -> 2026-11-30T14:00-05:00")
        .contains("=  PT28H")
        .contains("-> 2026-11-30T03:00-05:00")
        .contains("false (Thanksgiving Day)");
  }
}
