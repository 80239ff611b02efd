package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.CalendarJsonSuite;

/** Jackson 3 runs the calendars suite that {@code sla-jackson} runs on Jackson 2. */
class CalendarJsonTest extends CalendarJsonSuite {

  CalendarJsonTest() {
    super(Jackson3Binding.INSTANCE);
  }
}
