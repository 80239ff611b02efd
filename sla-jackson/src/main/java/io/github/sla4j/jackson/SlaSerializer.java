package io.github.sla4j.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.sla4j.internal.json.Formats;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** Writes one sla4j type through the format's writer; a document root gets the format version. */
final class SlaSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<T, Map<String, Object>> writer;

  SlaSerializer(Class<T> type, Function<T, Map<String, Object>> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    Map<String, Object> tree;
    try {
      tree = writer.apply(value);
    } catch (RuntimeException ex) {
      throw JsonMappingException.from(gen, ex.getMessage(), ex);
    }
    if (gen.getOutputContext().inRoot()) {
      Map<String, Object> withVersion = new LinkedHashMap<>();
      withVersion.put(Formats.VERSION_KEY, (long) Formats.VERSION);
      withVersion.putAll(tree);
      tree = withVersion;
    }
    JsonTrees.write(tree, gen);
  }
}
