package io.github.sla4j.jackson;

/**
 * The shared SchemaSuite (schema checks) on Jackson 2; {@code sla-jackson3} runs it on Jackson 3.
 */
class SchemaTest extends SchemaSuite {

  SchemaTest() {
    super(Jackson2Binding.INSTANCE);
  }
}
