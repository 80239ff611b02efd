package io.github.sla4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Reads and writes whole documents through a binding's {@link TokenSource} and {@link TokenSink},
 * so that a Jackson binding is only the adapters and its exception types.
 *
 * <p>Reading is strict and bounded: duplicate keys, nesting deeper than {@value #MAX_DEPTH}, more
 * than {@value #MAX_VALUES} values, or strings longer than {@value #MAX_STRING} characters are
 * refused. It records where each value started, so errors point at the right line. A document's
 * root must carry the format version; a value embedded in another document may leave it out.
 */
public final class Documents {

  /** The deepest nesting of objects and arrays a document may have. */
  public static final int MAX_DEPTH = 32;

  /** The most values a document may have. */
  public static final int MAX_VALUES = 200_000;

  /** The longest string a document may have, in characters. */
  public static final int MAX_STRING = 10_000;

  /**
   * Turns a failure into the binding's own exception.
   *
   * @param <F> the failure
   * @param <E> the binding's exception
   */
  @FunctionalInterface
  public interface Failure<F, E extends Exception> {

    /**
     * Builds the exception.
     *
     * @param failure what failed
     * @return the exception to throw
     */
    E of(F failure);
  }

  private final TokenSource<?> source;
  private final Map<String, Object> locations = new HashMap<>();
  private int values;

  private Documents(TokenSource<?> source) {
    this.source = source;
  }

  /**
   * Reads one value of a binding's type, starting at the parser's current token.
   *
   * @param <T> the type
   * @param <X> what the parser throws
   * @param <E> the binding's exception for a refused document
   * @param source the parser
   * @param binding the type's binding, which must be readable
   * @param refused builds the exception for a document that breaks a rule
   * @return the value
   * @throws X if the parser fails (e.g. the input is not JSON); passed through unchanged
   * @throws E if the document breaks a rule of the format or of the domain
   */
  public static <T, X extends Exception, E extends Exception> T read(
      TokenSource<X> source, Bindings.Binding<T> binding, Failure<Refusal, E> refused) throws X, E {
    Function<In, T> reader = binding.reader();
    if (reader == null) {
      throw new IllegalStateException(binding.what() + " is written only");
    }
    Enum<?> first = source.currentToken();
    boolean root = source.inRoot(is(first, "START_OBJECT") || is(first, "START_ARRAY"));
    Documents doc = new Documents(source);
    Object tree;
    try {
      tree = doc.value(source, Path.ROOT, 0);
    } catch (FormatException ex) {
      throw refused.of(new Refusal(ex, source.location()));
    }
    try {
      In in = In.object(tree, Path.ROOT, binding.what());
      Formats.checkVersion(in, root);
      return reader.apply(in);
    } catch (FormatException ex) {
      throw refused.of(new Refusal(ex, doc.locationOf(ex.path())));
    } catch (RuntimeException ex) {
      // A rule of the domain that the format layer did not anticipate: still a refusal.
      FormatException wrapped =
          new FormatException(Path.ROOT, "Invalid " + binding.what() + ": " + ex.getMessage(), ex);
      throw refused.of(new Refusal(wrapped, doc.locationOf(Path.ROOT)));
    }
  }

  /**
   * Writes one value of a binding's type; at the generator's root it starts with the format
   * version.
   *
   * @param <T> the type
   * @param <X> what the generator throws
   * @param <E> the binding's exception for a value the format cannot write
   * @param binding the type's binding
   * @param value the value
   * @param sink the generator
   * @param failed builds the exception for a value the format refuses to write
   * @throws X if the generator fails
   * @throws E if the value cannot be written (e.g. two calendars share a name)
   */
  public static <T, X extends Exception, E extends Exception> void write(
      Bindings.Binding<T> binding, T value, TokenSink<X> sink, Failure<RuntimeException, E> failed)
      throws X, E {
    Map<String, Object> tree;
    try {
      tree = binding.writer().apply(value);
    } catch (RuntimeException ex) {
      throw failed.of(ex);
    }
    if (sink.inRoot()) {
      Map<String, Object> withVersion = new LinkedHashMap<>();
      withVersion.put(Formats.VERSION_KEY, (long) Formats.VERSION);
      withVersion.putAll(tree);
      tree = withVersion;
    }
    writeValue(tree, sink);
  }

  private static boolean is(@Nullable Enum<?> token, String name) {
    return token != null && token.name().equals(name);
  }

  /** Where the value at a path (or its nearest recorded ancestor) starts. */
  private Object locationOf(Path path) {
    String key = path.toString();
    while (true) {
      Object loc = locations.get(key);
      if (loc != null) {
        return loc;
      }
      int cut = Math.max(key.lastIndexOf('.'), key.lastIndexOf('['));
      if (cut <= 0) {
        return source.location();
      }
      key = key.substring(0, cut);
    }
  }

  private <X extends Exception> @Nullable Object value(TokenSource<X> in, Path path, int depth)
      throws X {
    Enum<?> t = in.currentToken();
    if (t == null) {
      t = in.nextToken();
    }
    if (++values > MAX_VALUES) {
      throw new FormatException(path, "Document has more than " + MAX_VALUES + " values", null);
    }
    locations.put(path.toString(), in.location());
    switch (t == null ? "" : t.name()) {
      case "START_OBJECT":
        return object(in, path, depth + 1);
      case "START_ARRAY":
        return array(in, path, depth + 1);
      case "VALUE_STRING":
        String s = in.text();
        if (s.length() > MAX_STRING) {
          throw new FormatException(
              path, "String at " + path + " is longer than " + MAX_STRING + " characters", null);
        }
        return s;
      case "VALUE_NUMBER_INT":
        BigInteger big = in.bigInteger();
        return big.bitLength() < 64 ? (Object) big.longValue() : big;
      case "VALUE_NUMBER_FLOAT":
        return in.decimal();
      case "VALUE_TRUE":
        return Boolean.TRUE;
      case "VALUE_FALSE":
        return Boolean.FALSE;
      case "VALUE_NULL":
        return null;
      default:
        throw new FormatException(path, "Unexpected JSON token " + t + " at " + path, null);
    }
  }

  private <X extends Exception> Map<String, @Nullable Object> object(
      TokenSource<X> in, Path path, int depth) throws X {
    checkDepth(path, depth);
    Map<String, @Nullable Object> map = new LinkedHashMap<>();
    while (isName(in.nextToken())) {
      String name = in.currentName();
      Path child = path.key(name);
      if (map.containsKey(name)) {
        throw new FormatException(
            child,
            "Duplicate property '" + name + "' at " + path + ": each property may appear once",
            null);
      }
      in.nextToken();
      map.put(name, value(in, child, depth));
    }
    return map;
  }

  private static boolean isName(@Nullable Enum<?> token) {
    return is(token, "FIELD_NAME") || is(token, "PROPERTY_NAME");
  }

  private <X extends Exception> List<@Nullable Object> array(
      TokenSource<X> in, Path path, int depth) throws X {
    checkDepth(path, depth);
    List<@Nullable Object> list = new ArrayList<>();
    while (!is(in.nextToken(), "END_ARRAY")) {
      list.add(value(in, path.index(list.size()), depth));
    }
    return list;
  }

  private static void checkDepth(Path path, int depth) {
    if (depth > MAX_DEPTH) {
      throw new FormatException(
          path, "Nesting at " + path + " is deeper than " + MAX_DEPTH + " levels", null);
    }
  }

  @SuppressWarnings("unchecked")
  private static <X extends Exception> void writeValue(@Nullable Object value, TokenSink<X> out)
      throws X {
    if (value == null) {
      out.nul();
    } else if (value instanceof Map<?, ?> map) {
      out.startObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        out.name(e.getKey());
        writeValue(e.getValue(), out);
      }
      out.endObject();
    } else if (value instanceof List<?> list) {
      out.startArray();
      for (Object o : list) {
        writeValue(o, out);
      }
      out.endArray();
    } else if (value instanceof String s) {
      out.string(s);
    } else if (value instanceof Long l) {
      out.integer(l);
    } else if (value instanceof BigDecimal d) {
      out.decimal(d);
    } else if (value instanceof Double d) {
      out.fraction(d);
    } else if (value instanceof Boolean b) {
      out.bool(b);
    } else {
      throw new IllegalStateException("not a neutral tree value: " + value.getClass());
    }
  }
}
