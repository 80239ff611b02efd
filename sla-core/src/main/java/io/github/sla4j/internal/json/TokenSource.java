package io.github.sla4j.internal.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.jspecify.annotations.Nullable;

/**
 * A JSON library's streaming parser as the format sees it: the handful of calls a binding adapts.
 * Tokens are the library's own {@code JsonToken} constants; the format tells them apart by name,
 * which Jackson 2 and Jackson 3 share except for a property name ({@code FIELD_NAME} in Jackson 2,
 * {@code PROPERTY_NAME} in Jackson 3). Jackson 2 parsers throw {@code IOException}; Jackson 3's
 * throw unchecked exceptions. Either way the parser's own exceptions pass through unchanged.
 *
 * @param <X> what the parser throws: {@code IOException} for Jackson 2, {@code RuntimeException}
 *     for Jackson 3
 */
public interface TokenSource<X extends Exception> {

  /**
   * The token the parser stands on.
   *
   * @return the token, or null before the first one
   */
  @Nullable Enum<?> currentToken();

  /**
   * Advances to the next token.
   *
   * @return the token, or null at the end of the input
   * @throws X if the parser cannot read
   */
  @Nullable Enum<?> nextToken() throws X;

  /**
   * The current token's text: a string value.
   *
   * @return the text
   * @throws X if the parser cannot read
   */
  String text() throws X;

  /**
   * The current property name.
   *
   * @return the name
   * @throws X if the parser cannot read
   */
  String currentName() throws X;

  /**
   * The current integer value, whatever its size.
   *
   * @return the value
   * @throws X if the parser cannot read
   */
  BigInteger bigInteger() throws X;

  /**
   * The current decimal value, exactly as written.
   *
   * @return the value
   * @throws X if the parser cannot read
   */
  BigDecimal decimal() throws X;

  /**
   * Where the current token starts, in the library's own location type; the binding gets it back in
   * a {@link Refusal}.
   *
   * @return the location
   */
  Object location();

  /**
   * Whether the parser's context, or its parent's, is the root of the input.
   *
   * @param parent whether to ask about the parent of the current context (the parser has entered
   *     the object or array the value starts with)
   * @return whether that context is the root
   */
  boolean inRoot(boolean parent);
}
