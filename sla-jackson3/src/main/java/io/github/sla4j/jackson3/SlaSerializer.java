package io.github.sla4j.jackson3;

import io.github.sla4j.internal.json.Bindings;
import io.github.sla4j.internal.json.Documents;
import io.github.sla4j.internal.json.TokenSink;
import java.math.BigDecimal;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one sla4j type with the shared document writer over Jackson 3's generator. */
final class SlaSerializer<T> extends StdSerializer<T> {

  private final Bindings.Binding<T> binding;

  SlaSerializer(Bindings.Binding<T> binding) {
    super(binding.type());
    this.binding = binding;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext context) {
    Documents.write(
        binding, value, new Generator(gen), ex -> DatabindException.from(gen, ex.getMessage(), ex));
  }

  /**
   * Jackson 3's generator, whose exceptions are unchecked, as the shared writer's token sink. Its
   * write methods return the generator; the sink ignores that.
   */
  private record Generator(JsonGenerator gen) implements TokenSink<RuntimeException> {

    @Override
    public boolean inRoot() {
      return gen.streamWriteContext().inRoot();
    }

    @Override
    public void startObject() {
      gen.writeStartObject();
    }

    @Override
    public void endObject() {
      gen.writeEndObject();
    }

    @Override
    public void startArray() {
      gen.writeStartArray();
    }

    @Override
    public void endArray() {
      gen.writeEndArray();
    }

    @Override
    public void name(String name) {
      gen.writeName(name);
    }

    @Override
    public void string(String value) {
      gen.writeString(value);
    }

    @Override
    public void integer(long value) {
      gen.writeNumber(value);
    }

    @Override
    public void decimal(BigDecimal value) {
      gen.writeNumber(value);
    }

    @Override
    public void fraction(double value) {
      gen.writeNumber(value);
    }

    @Override
    public void bool(boolean value) {
      gen.writeBoolean(value);
    }

    @Override
    public void nul() {
      gen.writeNull();
    }
  }
}
