package io.github.sla4j.jackson;

/**
 * The shared MisspeltPropertySuite (misspelt properties) on Jackson 2; {@code sla-jackson3} runs it
 * on Jackson 3.
 */
class MisspeltPropertyTest extends MisspeltPropertySuite {

  MisspeltPropertyTest() {
    super(Jackson2Binding.INSTANCE);
  }
}
