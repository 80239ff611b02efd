package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.RoundTripPropertiesSuite;

/** Jackson 3 runs the random round trips suite that {@code sla-jackson} runs on Jackson 2. */
class RoundTripPropertiesTest extends RoundTripPropertiesSuite {

  RoundTripPropertiesTest() {
    super(Jackson3Binding.INSTANCE);
  }
}
