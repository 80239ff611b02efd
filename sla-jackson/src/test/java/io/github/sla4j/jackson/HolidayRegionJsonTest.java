package io.github.sla4j.jackson;

/**
 * The shared HolidayRegionJsonSuite (calendars that refer to holiday regions) on Jackson 2; {@code
 * sla-jackson3} runs it on Jackson 3.
 */
class HolidayRegionJsonTest extends HolidayRegionJsonSuite {

  HolidayRegionJsonTest() {
    super(Jackson2Binding.INSTANCE);
  }
}
