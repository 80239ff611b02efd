package io.github.sla4j.jackson;

/**
 * The shared SelectionJsonSuite (policy selections) on Jackson 2; {@code sla-jackson3} runs it on
 * Jackson 3.
 */
class SelectionJsonTest extends SelectionJsonSuite {

  SelectionJsonTest() {
    super(Jackson2Binding.INSTANCE);
  }
}
