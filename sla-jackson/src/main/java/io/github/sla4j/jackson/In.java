package io.github.sla4j.jackson;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A strict reader of one JSON object of the neutral tree (maps, lists, strings, numbers, booleans,
 * null). Every accessor names the property it reads; {@link #end()} refuses any property that was
 * not read. Conversion failures become {@link FormatException}s at the property's path.
 */
final class In {

  private final Map<String, @Nullable Object> map;
  private final Path path;
  private final Set<String> known = new LinkedHashSet<>();

  private In(Map<String, @Nullable Object> map, Path path) {
    this.map = map;
    this.path = path;
  }

  @SuppressWarnings("unchecked")
  static In object(@Nullable Object node, Path path, String what) {
    if (!(node instanceof Map)) {
      throw new FormatException(
          path,
          "Expected " + what + " (a JSON object) at " + path + " but found " + describe(node),
          null);
    }
    return new In((Map<String, @Nullable Object>) node, path);
  }

  Path path() {
    return path;
  }

  Path path(String key) {
    return path.key(key);
  }

  boolean has(String key) {
    known.add(key);
    return map.containsKey(key);
  }

  /** Declares keys as allowed without reading them (read through {@link #raw}). */
  @Nullable Object raw(String key) {
    known.add(key);
    return map.get(key);
  }

  String string(String key, String what) {
    Object v = required(key, what);
    return asString(v, path.key(key), what);
  }

  @Nullable String optString(String key, String what) {
    Object v = optional(key);
    return v == null ? null : asString(v, path.key(key), what);
  }

  int integer(String key, String what) {
    return asInt(required(key, what), path.key(key), what);
  }

  @Nullable Integer optInteger(String key, String what) {
    Object v = optional(key);
    return v == null ? null : asInt(v, path.key(key), what);
  }

  In object(String key, String what) {
    return In.object(required(key, what), path.key(key), what);
  }

  @Nullable In optObject(String key, String what) {
    Object v = optional(key);
    return v == null ? null : In.object(v, path.key(key), what);
  }

  List<@Nullable Object> array(String key, String what) {
    return asList(required(key, what), path.key(key), what);
  }

  @Nullable List<@Nullable Object> optArray(String key, String what) {
    Object v = optional(key);
    return v == null ? null : asList(v, path.key(key), what);
  }

  /** The entries of this object, in document order; all of them count as read. */
  Map<String, @Nullable Object> entries() {
    known.addAll(map.keySet());
    return map;
  }

  /** The entries of an object-valued property, in document order. */
  Map<String, @Nullable Object> entries(String key, String what) {
    In inner = object(key, what);
    inner.known.addAll(inner.map.keySet());
    return inner.map;
  }

  <E extends Enum<E>> E enumValue(String key, Class<E> type, String what) {
    return asEnum(string(key, what), path.key(key), type, what);
  }

  <T> T convert(String key, String what, Function<String, T> parser) {
    String text = string(key, what);
    return convertAt(path.key(key), text, what, parser);
  }

  /** Refuses any property that no accessor asked for. */
  void end() {
    for (String key : map.keySet()) {
      if (!known.contains(key)) {
        throw FormatException.unknownProperty(
            path.key(key), key, Collections.unmodifiableSet(new LinkedHashSet<>(known)));
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private Object required(String key, String what) {
    known.add(key);
    Object v = map.get(key);
    if (v == null) {
      String why = map.containsKey(key) ? "is null" : "is missing";
      throw new FormatException(
          path.key(key),
          "Required property '" + key + "' (" + what + ") " + why + " at " + path + ".",
          null);
    }
    return v;
  }

  private @Nullable Object optional(String key) {
    known.add(key);
    if (map.containsKey(key) && map.get(key) == null) {
      throw new FormatException(
          path.key(key),
          "Property '" + key + "' is null at " + path + ": leave it out instead of writing null.",
          null);
    }
    return map.get(key);
  }

  static String asString(@Nullable Object v, Path at, String what) {
    if (!(v instanceof String s)) {
      throw new FormatException(
          at, "Expected " + what + " (a string) at " + at + " but found " + describe(v), null);
    }
    return s;
  }

  static int asInt(@Nullable Object v, Path at, String what) {
    if (v instanceof Long l && l >= Integer.MIN_VALUE && l <= Integer.MAX_VALUE) {
      return l.intValue();
    }
    throw new FormatException(
        at,
        "Expected "
            + what
            + " (a whole number in int range) at "
            + at
            + " but found "
            + describe(v),
        null);
  }

  static List<@Nullable Object> asList(@Nullable Object v, Path at, String what) {
    if (!(v instanceof List<?> list)) {
      throw new FormatException(
          at, "Expected " + what + " (a JSON array) at " + at + " but found " + describe(v), null);
    }
    return new ArrayList<>(list);
  }

  static <E extends Enum<E>> E asEnum(String text, Path at, Class<E> type, String what) {
    for (E e : type.getEnumConstants()) {
      if (word(e).equals(text)) {
        return e;
      }
    }
    List<String> words = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      words.add(word(e));
    }
    throw new FormatException(
        at, "Unknown " + what + " '" + text + "' at " + at + ": expected one of " + words, null);
  }

  static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  static <T> T convertAt(Path at, String text, String what, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (RuntimeException ex) {
      throw new FormatException(
          at, "Invalid " + what + " '" + text + "' at " + at + ": " + ex.getMessage(), ex);
    }
  }

  static String describe(@Nullable Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof String s) {
      return "the string \"" + (s.length() > 40 ? s.substring(0, 40) + "…" : s) + "\"";
    }
    if (v instanceof Long || v instanceof BigInteger || v instanceof BigDecimal) {
      return "the number " + v;
    }
    if (v instanceof Boolean) {
      return "the boolean " + v;
    }
    if (v instanceof List) {
      return "an array";
    }
    return "an object";
  }
}
