package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.HolidayRegionJsonSuite;

/**
 * Jackson 3 runs the calendars that refer to holiday regions suite that {@code sla-jackson} runs on
 * Jackson 2.
 */
class HolidayRegionJsonTest extends HolidayRegionJsonSuite {

  HolidayRegionJsonTest() {
    super(Jackson3Binding.INSTANCE);
  }
}
