package io.github.sla4j.jackson3;

import io.github.sla4j.internal.json.FormatException;
import io.github.sla4j.internal.json.Path;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Moves values between Jackson 3's streaming API and the neutral tree the format reads and writes.
 * Reading is strict and bounded: duplicate keys, nesting deeper than {@value #MAX_DEPTH}, more than
 * {@value #MAX_VALUES} values, or strings longer than {@value #MAX_STRING} characters are refused.
 * It records where each value started, so errors point at the right line.
 */
final class JsonTrees {

  static final int MAX_DEPTH = 32;
  static final int MAX_VALUES = 200_000;
  static final int MAX_STRING = 10_000;

  private final JsonParser parser;
  private final Map<String, TokenStreamLocation> locations = new HashMap<>();
  private int values;

  private JsonTrees(JsonParser parser) {
    this.parser = parser;
  }

  /** Reads the value at the parser's current token into a neutral tree. */
  static JsonTrees read(JsonParser parser, Object[] holder) {
    JsonTrees trees = new JsonTrees(parser);
    holder[0] = trees.value(Path.ROOT, 0);
    return trees;
  }

  /** Where the value at a path (or its nearest recorded ancestor) starts. */
  TokenStreamLocation locationOf(Path path) {
    String key = path.toString();
    while (true) {
      TokenStreamLocation loc = locations.get(key);
      if (loc != null) {
        return loc;
      }
      int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
      if (cut <= 0) {
        return parser.currentTokenLocation();
      }
      key = key.substring(0, cut);
    }
  }

  private @Nullable Object value(Path path, int depth) {
    JsonToken t = parser.currentToken();
    if (t == null) {
      t = parser.nextToken();
    }
    if (++values > MAX_VALUES) {
      throw new FormatException(path, "Document has more than " + MAX_VALUES + " values", null);
    }
    locations.put(path.toString(), parser.currentTokenLocation());
    switch (t) {
      case START_OBJECT:
        return object(path, depth + 1);
      case START_ARRAY:
        return array(path, depth + 1);
      case VALUE_STRING:
        String s = parser.getString();
        if (s.length() > MAX_STRING) {
          throw new FormatException(
              path, "String at " + path + " is longer than " + MAX_STRING + " characters", null);
        }
        return s;
      case VALUE_NUMBER_INT:
        BigInteger big = parser.getBigIntegerValue();
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
      case VALUE_NUMBER_FLOAT:
        return parser.getDecimalValue();
      case VALUE_TRUE:
        return Boolean.TRUE;
      case VALUE_FALSE:
        return Boolean.FALSE;
      case VALUE_NULL:
        return null;
      default:
        throw new FormatException(path, "Unexpected JSON token " + t + " at " + path, null);
    }
  }

  private Map<String, @Nullable Object> object(Path path, int depth) {
    checkDepth(path, depth);
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    while (parser.nextToken() == JsonToken.PROPERTY_NAME) {
      String name = parser.currentName();
      Path child = path.key(name);
      if (map.containsKey(name)) {
        throw new FormatException(
            child,
            "Duplicate property '" + name + "' at " + path + ": each property may appear once",
            null);
      }
      parser.nextToken();
      map.put(name, value(child, depth));
    }
    return map;
  }

  private List<@Nullable Object> array(Path path, int depth) {
    checkDepth(path, depth);
    List<@Nullable Object> list = new ArrayList<>();
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      list.add(value(path.index(list.size()), depth));
    }
    return list;
  }

  private static void checkDepth(Path path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new FormatException(
          path, "Nesting at " + path + " is deeper than " + MAX_DEPTH + " levels", null);
    }
  }

  /** Writes a neutral tree. */
  @SuppressWarnings("unchecked")
  static void write(@Nullable Object value, JsonGenerator gen) {
    if (value == null) {
      gen.writeNull();
    } else if (value instanceof Map<?, ?> map) {
      gen.writeStartObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        gen.writeName(e.getKey());
        write(e.getValue(), gen);
      }
      gen.writeEndObject();
    } else if (value instanceof List<?> list) {
      gen.writeStartArray();
      for (Object o : list) {
        write(o, gen);
      }
      gen.writeEndArray();
    } else if (value instanceof String s) {
      gen.writeString(s);
    } else if (value instanceof Long l) {
      gen.writeNumber(l);
    } else if (value instanceof BigDecimal d) {
      gen.writeNumber(d);
    } else if (value instanceof Double d) {
      gen.writeNumber(d);
    } else if (value instanceof Boolean b) {
      gen.writeBoolean(b);
    } else {
      throw new IllegalStateException("not a neutral tree value: " + value.getClass());
    }
  }
}
