package io.github.sla4j.jackson3;

import io.github.sla4j.internal.json.FormatException;
import io.github.sla4j.internal.json.Formats;
import io.github.sla4j.internal.json.In;
import io.github.sla4j.internal.json.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads one sla4j type: the value into a bounded neutral tree, then through the format's reader.
 * Every failure leaves as a Jackson exception carrying the JSON path.
 */
final class SlaDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final String what;
  private final transient Function<In, T> reader;

  SlaDeserializer(Class<T> type, String what, Function<In, T> reader) {
    super(type);
    this.what = what;
    this.reader = reader;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    boolean root = isRoot(p);
    Object[] tree = new Object[1];
    JsonTrees trees = null;
    try {
      trees = JsonTrees.read(p, tree);
      In in = In.object(tree[0], Path.ROOT, what);
      Formats.checkVersion(in, root);
      return reader.apply(in);
    } catch (FormatException ex) {
      throw toJackson(p, ex, trees);
    } catch (RuntimeException ex) {
      // A rule of the domain that the format layer did not anticipate: still Jackson's exception.
      throw toJackson(
          p, new FormatException(Path.ROOT, "Invalid " + what + ": " + ex.getMessage(), ex), trees);
    }
  }

  private static boolean isRoot(JsonParser p) {
    TokenStreamContext ctx = p.streamReadContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    }
    return ctx.inRoot();
  }

  private DatabindException toJackson(JsonParser p, FormatException ex, @Nullable JsonTrees trees) {
    TokenStreamLocation loc =
        trees == null ? p.currentTokenLocation() : trees.locationOf(ex.path());
    DatabindException out;
    String unknown = ex.unknownProperty();
    if (unknown != null) {
      List<Object> known = new ArrayList<>(ex.knownProperties());
      out =
          new UnrecognizedPropertyException(p, ex.getMessage(), loc, handledType(), unknown, known);
    } else {
      out = new DocumentException(p, ex.getMessage(), loc, handledType());
    }
    List<Object> segments = ex.segments();
    for (int i = segments.size() - 1; i >= 0; i--) {
      Object s = segments.get(i);
      Object referrer = i == 0 ? handledType() : (s instanceof Integer ? List.class : Map.class);
      if (s instanceof Integer index) {
        out.prependPath(referrer, index);
      } else {
        out.prependPath(referrer, (String) s);
      }
    }
    return out;
  }
}
