package io.github.sla4j.jackson3;

import io.github.sla4j.internal.json.Bindings;
import io.github.sla4j.internal.json.Documents;
import io.github.sla4j.internal.json.Refusal;
import io.github.sla4j.internal.json.TokenSource;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException.Reference;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Reads one sla4j type with the shared document reader over Jackson 3's parser. A refused document
 * leaves as Jackson 3's unchecked {@link UnrecognizedPropertyException} or {@link
 * DocumentException}, carrying the JSON path and the location of the offending value.
 */
final class SlaDeserializer<T> extends StdDeserializer<T> {

  private final Bindings.Binding<T> binding;

  SlaDeserializer(Bindings.Binding<T> binding) {
    super(binding.type());
    this.binding = binding;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    return Documents.read(new Parser(p), binding, refusal -> toJackson(p, refusal));
  }

  private DatabindException toJackson(JsonParser p, Refusal refusal) {
    TokenStreamLocation at = (TokenStreamLocation) refusal.location();
    String unknown = refusal.unknownProperty();
    DatabindException out =
        unknown != null
            ? new UnrecognizedPropertyException(
                p, refusal.message(), at, handledType(), unknown, refusal.knownProperties())
            : new DocumentException(p, refusal.message(), at, handledType());
    refusal.prependPath(handledType(), Reference::new, Reference::new, out::prependPath);
    return out;
  }

  /** Jackson 3's parser, whose exceptions are unchecked, as the shared reader's token source. */
  private record Parser(JsonParser p) implements TokenSource<RuntimeException> {

    @Override
    public @Nullable Enum<?> currentToken() {
      return p.currentToken();
    }

    @Override
    public @Nullable Enum<?> nextToken() {
      return p.nextToken();
    }

    @Override
    public String text() {
      return p.getString();
    }

    @Override
    public String currentName() {
      return p.currentName();
    }

    @Override
    public BigInteger bigInteger() {
      return p.getBigIntegerValue();
    }

    @Override
    public BigDecimal decimal() {
      return p.getDecimalValue();
    }

    @Override
    public Object location() {
      return p.currentTokenLocation();
    }

    @Override
    public boolean inRoot(boolean parent) {
      TokenStreamContext context = p.streamReadContext();
      if (parent && context.getParent() != null) {
        context = context.getParent();
      }
      return context.inRoot();
    }
  }
}
