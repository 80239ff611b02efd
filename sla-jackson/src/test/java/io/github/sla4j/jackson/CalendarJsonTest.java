package io.github.sla4j.jackson;

/**
 * The shared CalendarJsonSuite (calendars) on Jackson 2; {@code sla-jackson3} runs it on Jackson 3.
 */
class CalendarJsonTest extends CalendarJsonSuite {

  CalendarJsonTest() {
    super(Jackson2Binding.INSTANCE);
  }
}
