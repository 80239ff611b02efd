package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.FormatVersion2Suite;

/** Jackson 3 runs the FormatVersion2Suite that {@code sla-jackson} runs on Jackson 2. */
class FormatVersion2Test extends FormatVersion2Suite {

  FormatVersion2Test() {
    super(Jackson3Binding.INSTANCE);
  }
}
