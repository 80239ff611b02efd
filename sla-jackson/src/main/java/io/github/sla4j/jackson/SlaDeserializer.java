package io.github.sla4j.jackson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.sla4j.internal.json.Bindings;
import io.github.sla4j.internal.json.Documents;
import io.github.sla4j.internal.json.Refusal;
import io.github.sla4j.internal.json.TokenSource;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * Reads one sla4j type with the shared document reader over Jackson 2's parser. A refused document
 * leaves as {@link UnrecognizedPropertyException} or {@link DocumentException} carrying the JSON
 * path and the location of the offending value.
 */
final class SlaDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Bindings.Binding<T> binding;

  SlaDeserializer(Bindings.Binding<T> binding) {
    super(binding.type());
    this.binding = binding;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
    return Documents.read(new Parser(p), binding, refusal -> toJackson(p, refusal));
  }

  private JsonMappingException toJackson(JsonParser p, Refusal refusal) {
    JsonLocation at = (JsonLocation) refusal.location();
    String unknown = refusal.unknownProperty();
    JsonMappingException out =
        unknown == null
            ? new DocumentException(p, refusal.message(), at, handledType())
            : new UnrecognizedPropertyException(
                p, refusal.message(), at, handledType(), unknown, refusal.knownProperties());
    refusal.prependPath(handledType(), Reference::new, Reference::new, out::prependPath);
    return out;
  }

  /** Jackson 2's parser as the shared reader's token source. */
  private record Parser(JsonParser p) implements TokenSource<IOException> {

    @Override
    public @Nullable Enum<?> currentToken() {
      return p.currentToken();
    }

    @Override
    public @Nullable Enum<?> nextToken() throws IOException {
      return p.nextToken();
    }

    @Override
    public String text() throws IOException {
      return p.getText();
    }

    @Override
    public String currentName() throws IOException {
      return p.currentName();
    }

    @Override
    public BigInteger bigInteger() throws IOException {
      return p.getBigIntegerValue();
    }

    @Override
    public BigDecimal decimal() throws IOException {
      return p.getDecimalValue();
    }

    @Override
    public Object location() {
      return p.currentTokenLocation();
    }

    @Override
    public boolean inRoot(boolean parent) {
      JsonStreamContext context = p.getParsingContext();
      return (parent && context.getParent() != null ? context.getParent() : context).inRoot();
    }
  }
}
