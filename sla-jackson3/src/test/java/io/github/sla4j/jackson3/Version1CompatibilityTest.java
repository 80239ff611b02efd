package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.Version1CompatibilitySuite;

/** Jackson 3 runs the Version1CompatibilitySuite that {@code sla-jackson} runs on Jackson 2. */
class Version1CompatibilityTest extends Version1CompatibilitySuite {

  Version1CompatibilityTest() {
    super(Jackson3Binding.INSTANCE);
  }
}
