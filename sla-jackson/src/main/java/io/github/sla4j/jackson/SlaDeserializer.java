package io.github.sla4j.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.sla4j.internal.json.FormatException;
import io.github.sla4j.internal.json.Formats;
import io.github.sla4j.internal.json.In;
import io.github.sla4j.internal.json.Path;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

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
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
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
    JsonStreamContext ctx = p.getParsingContext();
    JsonToken t = p.currentToken();
    if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && ctx.getParent() != null) {
      ctx = ctx.getParent();
    }
    return ctx.inRoot();
  }

  private JsonMappingException toJackson(
      JsonParser p, FormatException ex, @Nullable JsonTrees trees) {
    JsonLocation loc = trees == null ? p.currentTokenLocation() : trees.locationOf(ex.path());
    JsonMappingException out;
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
