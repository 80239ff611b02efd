package io.github.sla4j.jackson3;

import io.github.sla4j.internal.json.Formats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes one sla4j type through the format's writer; a document root gets the format version. */
final class SlaSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Function<T, Map<String, Object>> writer;

  SlaSerializer(Class<T> type, Function<T, Map<String, Object>> writer) {
    super(type);
    this.writer = writer;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
    Map<String, Object> tree;
    try {
      tree = writer.apply(value);
    } catch (RuntimeException ex) {
      throw DatabindException.from(gen, ex.getMessage(), ex);
    }
    if (gen.streamWriteContext().inRoot()) {
      Map<String, Object> withVersion = new LinkedHashMap<>();
      withVersion.put(Formats.VERSION_KEY, (long) Formats.VERSION);
      withVersion.putAll(tree);
      tree = withVersion;
    }
    JsonTrees.write(tree, gen);
  }
}
