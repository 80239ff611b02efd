package io.github.sla4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.sla4j.internal.json.Bindings;
import io.github.sla4j.internal.json.Documents;
import io.github.sla4j.internal.json.TokenSink;
import java.io.IOException;
import java.math.BigDecimal;

/** Writes one sla4j type with the shared document writer over Jackson 2's generator. */
final class SlaSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Bindings.Binding<T> binding;

  SlaSerializer(Bindings.Binding<T> binding) {
    super(binding.type());
    this.binding = binding;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    Documents.write(
        binding,
        value,
        new Generator(gen),
        ex -> JsonMappingException.from(gen, ex.getMessage(), ex));
  }

  /** Jackson 2's generator as the shared writer's token sink. */
  private record Generator(JsonGenerator gen) implements TokenSink<IOException> {

    @Override
    public boolean inRoot() {
      return gen.getOutputContext().inRoot();
    }

    @Override
    public void startObject() throws IOException {
      gen.writeStartObject();
    }

    @Override
    public void endObject() throws IOException {
      gen.writeEndObject();
    }

    @Override
    public void startArray() throws IOException {
      gen.writeStartArray();
    }

    @Override
    public void endArray() throws IOException {
      gen.writeEndArray();
    }

    @Override
    public void name(String name) throws IOException {
      gen.writeFieldName(name);
    }

    @Override
    public void string(String value) throws IOException {
      gen.writeString(value);
    }

    @Override
    public void integer(long value) throws IOException {
      gen.writeNumber(value);
    }

    @Override
    public void decimal(BigDecimal value) throws IOException {
      gen.writeNumber(value);
    }

    @Override
    public void fraction(double value) throws IOException {
      gen.writeNumber(value);
    }

    @Override
    public void bool(boolean value) throws IOException {
      gen.writeBoolean(value);
    }

    @Override
    public void nul() throws IOException {
      gen.writeNull();
    }
  }
}
