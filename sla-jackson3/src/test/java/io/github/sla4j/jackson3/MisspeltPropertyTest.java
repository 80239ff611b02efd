package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.MisspeltPropertySuite;

/** Jackson 3 runs the misspelt properties suite that {@code sla-jackson} runs on Jackson 2. */
class MisspeltPropertyTest extends MisspeltPropertySuite {

  MisspeltPropertyTest() {
    super(Jackson3Binding.INSTANCE);
  }
}
