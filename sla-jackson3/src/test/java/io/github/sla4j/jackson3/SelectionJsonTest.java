package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.SelectionJsonSuite;

/** Jackson 3 runs the policy selections suite that {@code sla-jackson} runs on Jackson 2. */
class SelectionJsonTest extends SelectionJsonSuite {

  SelectionJsonTest() {
    super(Jackson3Binding.INSTANCE);
  }
}
