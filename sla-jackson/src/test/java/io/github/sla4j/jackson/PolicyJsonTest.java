package io.github.sla4j.jackson;

/**
 * The shared PolicyJsonSuite (policies) on Jackson 2; {@code sla-jackson3} runs it on Jackson 3.
 */
class PolicyJsonTest extends PolicyJsonSuite {

  PolicyJsonTest() {
    super(Jackson2Binding.INSTANCE);
  }
}
