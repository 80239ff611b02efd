package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.MutationCorpusSuite;

/** Jackson 3 runs the mutation corpus suite that {@code sla-jackson} runs on Jackson 2. */
class MutationCorpusTest extends MutationCorpusSuite {

  MutationCorpusTest() {
    super(Jackson3Binding.INSTANCE);
  }
}
