package io.github.sla4j.jackson;

/**
 * The shared Version1CompatibilitySuite on Jackson 2; {@code sla-jackson3} runs it on Jackson 3.
 */
class Version1CompatibilityTest extends Version1CompatibilitySuite {
  Version1CompatibilityTest() {
    super(Jackson2Binding.INSTANCE);
  }
}
