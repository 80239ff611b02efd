package io.github.sla4j.jackson;

/**
 * The shared RoundTripPropertiesSuite (random round trips) on Jackson 2; {@code sla-jackson3} runs
 * it on Jackson 3.
 */
class RoundTripPropertiesTest extends RoundTripPropertiesSuite {

  RoundTripPropertiesTest() {
    super(Jackson2Binding.INSTANCE);
  }
}
