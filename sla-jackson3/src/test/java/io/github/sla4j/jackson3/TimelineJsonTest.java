package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.TimelineJsonSuite;

/**
 * Jackson 3 runs the case timelines, events and statuses suite that {@code sla-jackson} runs on
 * Jackson 2.
 */
class TimelineJsonTest extends TimelineJsonSuite {

  TimelineJsonTest() {
    super(Jackson3Binding.INSTANCE);
  }
}
