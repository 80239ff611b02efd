package io.github.sla4j.internal.json;

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
public final class In {

  private final Map<String, @Nullable Object> map;
  private final Path path;
  private final Set<String> known = new LinkedHashSet<>();

  /** The format version the document is read in; set by {@link Formats#checkVersion}. */
  int version = Formats.VERSION;

  private In(Map<String, @Nullable Object> map, Path path) {
    this.map = map;
    this.path = path;
  }

  @SuppressWarnings("unchecked")
  public static In object(@Nullable Object node, Path path, String what) {
    if (!(node instanceof Map)) {
      throw new FormatException(
          path,
          "Expected " + what + " (a JSON object) at " + path + " but found " + describe(node),
          null);
    }
    return new In((Map<String, @Nullable Object>) node, path);
  }

  public Path path() {
    return path;
  }

  /** The format version the document is read in: 1 or 2. */
  public int version() {
    return version;
  }

  public Path path(String key) {
    return path.key(key);
  }

  public boolean has(String key) {
    known.add(key);
    return map.containsKey(key);
  }

  /** Whether the object has a property, without declaring it as allowed. */
  boolean contains(String key) {
    return map.containsKey(key);
  }

  /** Declares keys as allowed without reading them (read through {@link #raw}). */
  @Nullable Object raw(String key) {
    known.add(key);
    return map.get(key);
  }

  public String string(String key, String what) {
    Object v = required(key, what);
    return asString(v, path.key(key), what);
  }

  @Nullable String optString(String key, String what) {
    Object v = optional(key);
    return v == null ? null : asString(v, path.key(key), what);
  }

  public int integer(String key, String what) {
    return asInt(required(key, what), path.key(key), what);
  }

  @Nullable Integer optInteger(String key, String what) {
    Object v = optional(key);
    return v == null ? null : asInt(v, path.key(key), what);
  }

  public In object(String key, String what) {
    return In.object(required(key, what), path.key(key), what);
  }

  @Nullable In optObject(String key, String what) {
    Object v = optional(key);
    return v == null ? null : In.object(v, path.key(key), what);
  }

  public List<@Nullable Object> array(String key, String what) {
    return asList(required(key, what), path.key(key), what);
  }

  @Nullable List<@Nullable Object> optArray(String key, String what) {
    Object v = optional(key);
    return v == null ? null : asList(v, path.key(key), what);
  }

  /** The entries of this object, in document order; all of them count as read. */
  public Map<String, @Nullable Object> entries() {
    known.addAll(map.keySet());
    return map;
  }

  /** The entries of an object-valued property, in document order. */
  public Map<String, @Nullable Object> entries(String key, String what) {
    In inner = object(key, what);
    inner.known.addAll(inner.map.keySet());
    return inner.map;
  }

  public <E extends Enum<E>> E enumValue(String key, Class<E> type, String what) {
    return asEnum(string(key, what), path.key(key), type, what);
  }

  public <T> T convert(String key, String what, Function<String, T> parser) {
    String text = string(key, what);
    return convertAt(path.key(key), text, what, parser);
  }

  /** Refuses any property that no accessor asked for. */
  public void end() {
    for (String key : map.keySet()) {
      if (!known.contains(key)) {
        Set<String> allowed = Collections.unmodifiableSet(new LinkedHashSet<>(known));
        String near = closest(key, allowed);
        if (near == null) {
          throw FormatException.unknownProperty(path.key(key), key, allowed);
        }
        throw FormatException.unknownProperty(
            path.key(key),
            key,
            allowed,
            didYouMean(key, near)
                + " This object allows only "
                + allowed
                + ". Unknown properties are refused so that a typo cannot silently change a"
                + " deadline.");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private Object required(String key, String what) {
    known.add(key);
    Object v = map.get(key);
    if (v == null && !map.containsKey(key)) {
      misspelt(key, what);
    }
    if (v == null) {
      String why = map.containsKey(key) ? "is null" : "is missing";
      throw new FormatException(
          path.key(key),
          "Required property '" + key + "' (" + what + ") " + why + " at " + path + ".",
          null);
    }
    return v;
  }

  /**
   * A required key is missing: when a key no accessor has asked for is spelt nearly like it, that
   * key is the likelier mistake, so it is reported as unknown, with the suggestion.
   */
  private void misspelt(String key, String what) {
    for (String present : map.keySet()) {
      if (!known.contains(present) && isNear(present, key)) {
        throw FormatException.unknownProperty(
            path.key(present),
            present,
            Set.of(key),
            didYouMean(present, key)
                + " Required property '"
                + key
                + "' ("
                + what
                + ") is missing at "
                + path
                + ".");
      }
    }
  }

  private String didYouMean(String unknown, String near) {
    return "Unknown property '"
        + unknown
        + "' at "
        + path.key(unknown)
        + ": did you mean '"
        + near
        + "'?";
  }

  /** The known name nearest to an unknown one, if it is near enough to be a typo of it. */
  public static @Nullable String closest(String unknown, Set<String> names) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String name : names) {
      int d = distance(unknown, name);
      if (d < bestDistance && isNear(unknown, name)) {
        best = name;
        bestDistance = d;
      }
    }
    return best;
  }

  /** At most two edits apart, and fewer edits than either name has letters. */
  public static boolean isNear(String a, String b) {
    int d = distance(a, b);
    return d <= 2 && d < Math.min(a.length(), b.length());
  }

  /** Levenshtein distance, case-insensitive: the fewest insertions, deletions and substitutions. */
  public static int distance(String a, String b) {
    String x = a.toLowerCase(Locale.ROOT);
    String y = b.toLowerCase(Locale.ROOT);
    int[] previous = new int[y.length() + 1];
    int[] current = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int substitute = previous[j - 1] + (x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[y.length()];
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

  public static String asString(@Nullable Object v, Path at, String what) {
    if (!(v instanceof String s)) {
      throw new FormatException(
          at, "Expected " + what + " (a string) at " + at + " but found " + describe(v), null);
    }
    return s;
  }

  public static int asInt(@Nullable Object v, Path at, String what) {
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

  public static List<@Nullable Object> asList(@Nullable Object v, Path at, String what) {
    if (!(v instanceof List<?> list)) {
      throw new FormatException(
          at, "Expected " + what + " (a JSON array) at " + at + " but found " + describe(v), null);
    }
    return new ArrayList<>(list);
  }

  public static <E extends Enum<E>> E asEnum(String text, Path at, Class<E> type, String what) {
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

  public static String word(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }

  public static <T> T convertAt(Path at, String text, String what, Function<String, T> parser) {
    try {
      return parser.apply(text);
    } catch (RuntimeException ex) {
      throw new FormatException(
          at, "Invalid " + what + " '" + text + "' at " + at + ": " + ex.getMessage(), ex);
    }
  }

  public static String describe(@Nullable Object v) {
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
