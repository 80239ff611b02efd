package io.github.sla4j.jackson;

/**
 * The shared TimelineJsonSuite (case timelines, events and statuses) on Jackson 2; {@code
 * sla-jackson3} runs it on Jackson 3.
 */
class TimelineJsonTest extends TimelineJsonSuite {

  TimelineJsonTest() {
    super(Jackson2Binding.INSTANCE);
  }
}
