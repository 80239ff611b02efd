package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.PolicyJsonSuite;

/** Jackson 3 runs the policies suite that {@code sla-jackson} runs on Jackson 2. */
class PolicyJsonTest extends PolicyJsonSuite {

  PolicyJsonTest() {
    super(Jackson3Binding.INSTANCE);
  }
}
