package io.github.sla4j.jackson;

/** The shared FormatVersion2Suite on Jackson 2; {@code sla-jackson3} runs it on Jackson 3. */
class FormatVersion2Test extends FormatVersion2Suite {
  FormatVersion2Test() {
    super(Jackson2Binding.INSTANCE);
  }
}
