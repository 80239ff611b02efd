package io.github.sla4j.internal.json;

import java.math.BigDecimal;

/**
 * A JSON library's streaming generator as the format sees it: the calls a binding adapts so that
 * {@link Documents#write} can write the neutral tree. Jackson 2 generators throw {@code
 * IOException}; Jackson 3's throw unchecked exceptions.
 *
 * @param <X> what the generator throws: {@code IOException} for Jackson 2, {@code RuntimeException}
 *     for Jackson 3
 */
public interface TokenSink<X extends Exception> {

  /**
   * Whether the generator is at the root of its output, so that the value starts a document.
   *
   * @return whether at the root
   */
  boolean inRoot();

  /**
   * Starts an object.
   *
   * @throws X if the generator cannot write
   */
  void startObject() throws X;

  /**
   * Ends an object.
   *
   * @throws X if the generator cannot write
   */
  void endObject() throws X;

  /**
   * Starts an array.
   *
   * @throws X if the generator cannot write
   */
  void startArray() throws X;

  /**
   * Ends an array.
   *
   * @throws X if the generator cannot write
   */
  void endArray() throws X;

  /**
   * Writes a property name.
   *
   * @param name the name
   * @throws X if the generator cannot write
   */
  void name(String name) throws X;

  /**
   * Writes a string.
   *
   * @param value the string
   * @throws X if the generator cannot write
   */
  void string(String value) throws X;

  /**
   * Writes an integer.
   *
   * @param value the integer
   * @throws X if the generator cannot write
   */
  void integer(long value) throws X;

  /**
   * Writes a decimal exactly.
   *
   * @param value the decimal
   * @throws X if the generator cannot write
   */
  void decimal(BigDecimal value) throws X;

  /**
   * Writes a floating-point number.
   *
   * @param value the number
   * @throws X if the generator cannot write
   */
  void fraction(double value) throws X;

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   * @throws X if the generator cannot write
   */
  void bool(boolean value) throws X;

  /**
   * Writes null.
   *
   * @throws X if the generator cannot write
   */
  void nul() throws X;
}
