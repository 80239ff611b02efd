package io.github.sla4j.jackson3;

import io.github.sla4j.jackson.SchemaSuite;

/** Jackson 3 runs the schema checks suite that {@code sla-jackson} runs on Jackson 2. */
class SchemaTest extends SchemaSuite {

  SchemaTest() {
    super(Jackson3Binding.INSTANCE);
  }
}
