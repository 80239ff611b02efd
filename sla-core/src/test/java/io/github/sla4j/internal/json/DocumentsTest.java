package io.github.sla4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * The document engine, without any JSON library: a scripted token source stands for the parser and
 * a recording sink for the generator.
 */
class DocumentsTest {

  /** Token names as Jackson spells them; Jackson 2 says FIELD_NAME, Jackson 3 PROPERTY_NAME. */
  enum Token {
    START_OBJECT,
    END_OBJECT,
    START_ARRAY,
    END_ARRAY,
    FIELD_NAME,
    PROPERTY_NAME,
    VALUE_STRING,
    VALUE_NUMBER_INT,
    VALUE_TRUE,
    VALUE_NULL,
    VALUE_EMBEDDED_OBJECT
  }

  /** A parser that replays tokens; a token's location is its index. */
  static final class Script implements TokenSource<RuntimeException> {
    private final List<Token> tokens = new ArrayList<>();
    private final List<@Nullable Object> values = new ArrayList<>();
    private final boolean root;
    private int at = -1;

    Script(boolean root) {
      this.root = root;
    }

    Script add(Token token, @Nullable Object value) {
      tokens.add(token);
      values.add(value);
      return this;
    }

    Script add(Token token) {
      return add(token, null);
    }

    @Override
    public @Nullable Enum<?> currentToken() {
      return at < 0 ? null : tokens.get(at);
    }

    @Override
    public @Nullable Enum<?> nextToken() {
      return ++at < tokens.size() ? tokens.get(at) : null;
    }

    @Override
    public String text() {
      return (String) values.get(at);
    }

    @Override
    public String currentName() {
      return (String) values.get(at);
    }

    @Override
    public BigInteger bigInteger() {
      return (BigInteger) values.get(at);
    }

    @Override
    public BigDecimal decimal() {
      return (BigDecimal) values.get(at);
    }

    @Override
    public Object location() {
      return at;
    }

    @Override
    public boolean inRoot(boolean parent) {
      return root;
    }
  }

  /** A type read from {@code {"name": "..."}}. */
  private static final Bindings.Binding<String> NAME =
      new Bindings.Binding<>(
          String.class,
          "name document",
          s -> {
            Map<String, Object> tree = new LinkedHashMap<>();
            tree.put("name", s);
            tree.put("tags", List.of(true, 7L));
            return tree;
          },
          in -> {
            String name = in.string("name", "name");
            in.end();
            if (name.equals("boom")) {
              throw new IllegalArgumentException("Name 'boom' is reserved");
            }
            return name;
          });

  private static Script document(boolean root, Token nameToken, String name, boolean version) {
    Script s = new Script(root).add(Token.START_OBJECT);
    if (version) {
      s.add(nameToken, "formatVersion").add(Token.VALUE_NUMBER_INT, BigInteger.ONE);
    }
    return s.add(nameToken, "name").add(Token.VALUE_STRING, name).add(Token.END_OBJECT);
  }

  private static String read(Script script) {
    return Documents.read(script, NAME, r -> new Refused(r));
  }

  /** The binding's exception in this test: the refusal itself. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Refusal refusal;

    Refused(Refusal refusal) {
      super(refusal.message());
      this.refusal = refusal;
    }
  }

  @Test
  void read_acceptsThePropertyNameTokensOfBothJacksons() {
    assertThat(read(document(true, Token.FIELD_NAME, "desk", true))).isEqualTo("desk");
    assertThat(read(document(true, Token.PROPERTY_NAME, "desk", true))).isEqualTo("desk");
  }

  @Test
  void read_requiresTheVersionAtTheRootOnly() {
    assertThatThrownBy(() -> read(document(true, Token.FIELD_NAME, "desk", false)))
        .hasMessageStartingWith("Required property 'formatVersion' is missing at $");
    assertThat(read(document(false, Token.FIELD_NAME, "desk", false))).isEqualTo("desk");
  }

  @Test
  void read_duplicateProperty_isRefusedWhereTheDuplicateStands() {
    Script s =
        document(true, Token.FIELD_NAME, "desk", true); // ... then a second "name" before the end
    s.tokens.add(s.tokens.size() - 1, Token.FIELD_NAME);
    s.values.add(s.values.size() - 1, "name");
    s.tokens.add(s.tokens.size() - 1, Token.VALUE_STRING);
    s.values.add(s.values.size() - 1, "again");
    Refused ex = (Refused) org.assertj.core.api.Assertions.catchThrowable(() -> read(s));
    assertThat(ex.refusal.message())
        .isEqualTo("Duplicate property 'name' at $: each property may appear once");
    assertThat(ex.refusal.location()).isEqualTo(5);
  }

  @Test
  void read_boundsDepthAndStringLength() {
    Script deep = new Script(true);
    for (int i = 0; i < 40; i++) {
      deep.add(Token.START_ARRAY);
    }
    assertThatThrownBy(() -> read(deep))
        .hasMessage("Nesting at $" + "[0]".repeat(32) + " is deeper than 32 levels");
    assertThatThrownBy(() -> read(document(true, Token.FIELD_NAME, "x".repeat(10_001), true)))
        .hasMessage("String at $.name is longer than 10000 characters");
    assertThatThrownBy(() -> read(new Script(true).add(Token.VALUE_EMBEDDED_OBJECT, "?")))
        .hasMessage("Unexpected JSON token VALUE_EMBEDDED_OBJECT at $");
  }

  @Test
  void read_aBrokenRuleOfTheDomain_isARefusalAtTheRoot_withThePathForJackson() {
    Refused ex =
        (Refused)
            org.assertj.core.api.Assertions.catchThrowable(
                () -> read(document(true, Token.FIELD_NAME, "boom", true)));
    assertThat(ex.refusal.message()).isEqualTo("Invalid name document: Name 'boom' is reserved");
    assertThat(ex.refusal.location()).isEqualTo(0);
    assertThat(ex.refusal.reason().getCause()).isInstanceOf(IllegalArgumentException.class);

    Script typo = document(true, Token.FIELD_NAME, "desk", true);
    typo.values.set(3, "nmae");
    Refused unknown = (Refused) org.assertj.core.api.Assertions.catchThrowable(() -> read(typo));
    assertThat(unknown.refusal.unknownProperty()).isEqualTo("nmae");
    assertThat(unknown.refusal.location()).isEqualTo(4);
    List<String> path = new ArrayList<>();
    unknown.refusal.prependPath(
        String.class,
        (from, name) -> from + "." + name,
        (from, i) -> from + "[" + i + "]",
        path::add);
    assertThat(path).containsExactly("class java.lang.String.nmae");
  }

  /** A generator that records what it is told. */
  static final class Recorder implements TokenSink<RuntimeException> {
    final StringBuilder out = new StringBuilder();
    final boolean root;

    Recorder(boolean root) {
      this.root = root;
    }

    @Override
    public boolean inRoot() {
      return root;
    }

    @Override
    public void startObject() {
      out.append('{');
    }

    @Override
    public void endObject() {
      out.append('}');
    }

    @Override
    public void startArray() {
      out.append('[');
    }

    @Override
    public void endArray() {
      out.append(']');
    }

    @Override
    public void name(String name) {
      out.append(name).append('=');
    }

    @Override
    public void string(String value) {
      out.append('"').append(value).append("\" ");
    }

    @Override
    public void integer(long value) {
      out.append(value).append(' ');
    }

    @Override
    public void decimal(BigDecimal value) {
      out.append(value.toPlainString()).append(' ');
    }

    @Override
    public void fraction(double value) {
      out.append(value).append(' ');
    }

    @Override
    public void bool(boolean value) {
      out.append(value).append(' ');
    }

    @Override
    public void nul() {
      out.append("null ");
    }
  }

  @Test
  void write_startsADocumentWithTheVersion_butNotAnEmbeddedValue() {
    Recorder root = new Recorder(true);
    Documents.write(NAME, "desk", root, ex -> ex);
    assertThat(root.out)
        .hasToString("{formatVersion=" + Formats.VERSION + " name=\"desk\" tags=[true 7 ]}");
    Recorder embedded = new Recorder(false);
    Documents.write(NAME, "desk", embedded, ex -> ex);
    assertThat(embedded.out).hasToString("{name=\"desk\" tags=[true 7 ]}");
  }

  @Test
  void write_aValueTheFormatRefuses_becomesTheBindingsException() {
    Bindings.Binding<String> refusing =
        new Bindings.Binding<>(
            String.class,
            "x",
            s -> {
              throw new IllegalArgumentException("cannot write " + s);
            },
            null);
    assertThatThrownBy(
            () ->
                Documents.write(
                    refusing, "it", new Recorder(true), ex -> new IllegalStateException(ex)))
        .isInstanceOf(IllegalStateException.class)
        .hasRootCauseMessage("cannot write it");
  }
}
