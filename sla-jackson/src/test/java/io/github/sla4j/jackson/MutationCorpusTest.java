package io.github.sla4j.jackson;

/**
 * The shared MutationCorpusSuite (mutation corpus) on Jackson 2; {@code sla-jackson3} runs it on
 * Jackson 3.
 */
class MutationCorpusTest extends MutationCorpusSuite {

  MutationCorpusTest() {
    super(Jackson2Binding.INSTANCE);
  }
}
