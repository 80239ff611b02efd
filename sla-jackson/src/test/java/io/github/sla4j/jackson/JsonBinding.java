package io.github.sla4j.jackson;

import java.io.InputStream;
import org.jspecify.annotations.Nullable;

/**
 * One Jackson binding of the sla4j format, as the shared test suites drive it. Each binding's tests
 * plug in their own: {@link Jackson2Binding} here, the Jackson 3 one in {@code sla-jackson3}. Reads
 * and writes throw the binding's own exceptions unchanged, so that the suites can check their
 * types.
 */
public interface JsonBinding {

  /**
   * Writes a value compactly.
   *
   * @param value the value
   * @return the document
   * @throws Exception the binding's own exception
   */
  String write(Object value) throws Exception;

  /**
   * Writes a value indented, as the documents in {@code docs/examples} are.
   *
   * @param value the value
   * @return the document
   * @throws Exception the binding's own exception
   */
  String writePretty(Object value) throws Exception;

  /**
   * Writes a value with a module made with {@code withThresholds(fractions)}.
   *
   * @param value the value
   * @param fractions the thresholds
   * @return the document
   * @throws Exception the binding's own exception
   */
  String writeWithThresholds(Object value, double... fractions) throws Exception;

  /**
   * Reads a value.
   *
   * @param <T> the type
   * @param json the document
   * @param type the type
   * @return the value
   * @throws Exception the binding's own exception
   */
  <T> T read(String json, Class<T> type) throws Exception;

  /**
   * Writes a value, failing the test on any exception; for property tests whose lambdas cannot
   * throw checked exceptions.
   *
   * @param value the value
   * @return the compact JSON text
   */
  default String writeOrFail(Object value) {
    try {
      return write(value);
    } catch (Exception ex) {
      throw new AssertionError(ex);
    }
  }

  /**
   * Reads a value, failing the test on any exception, with the document in the failure.
   *
   * @param json the text
   * @param type the type
   * @param <T> the type
   * @return the value
   */
  default <T> T readOrFail(String json, Class<T> type) {
    try {
      return read(json, type);
    } catch (Exception ex) {
      throw new AssertionError(json, ex);
    }
  }

  /**
   * Opens the JSON Schema the binding ships in its jar.
   *
   * @return the resource, or null if it is missing
   */
  @Nullable InputStream schema();

  /**
   * The binding's own exception types.
   *
   * @return the types
   */
  Exceptions exceptions();

  /**
   * A binding's own exception types.
   *
   * @param refusal the type every refusal, and every failure to write, is an instance of: Jackson
   *     2's checked {@code JsonMappingException}, Jackson 3's unchecked {@code DatabindException}
   * @param mismatchedInput the binding's {@code MismatchedInputException}: a value that breaks a
   *     rule
   * @param unrecognizedProperty the binding's {@code UnrecognizedPropertyException}: an unknown
   *     property
   */
  record Exceptions(
      Class<? extends Exception> refusal,
      Class<? extends Exception> mismatchedInput,
      Class<? extends Exception> unrecognizedProperty) {}

  /**
   * The type every refusal, and every failure to write, is an instance of.
   *
   * @return the type
   */
  default Class<? extends Exception> refusal() {
    return exceptions().refusal();
  }

  /**
   * The binding's {@code MismatchedInputException}.
   *
   * @return the type
   */
  default Class<? extends Exception> mismatchedInput() {
    return exceptions().mismatchedInput();
  }

  /**
   * The binding's {@code UnrecognizedPropertyException}.
   *
   * @return the type
   */
  default Class<? extends Exception> unrecognizedProperty() {
    return exceptions().unrecognizedProperty();
  }

  /**
   * What a refusal says, read through the binding's own accessors.
   *
   * @param refusal an instance of {@link #refusal()}
   * @return its message without Jackson's location suffix, path, line, column and property
   */
  Refused details(Throwable refusal);

  /**
   * What a refusal says.
   *
   * @param message the message without Jackson's location suffix ({@code getOriginalMessage})
   * @param path Jackson's path reference, e.g. {@code SlaPolicy["targets"]->...}
   * @param line the line of the offending value, from 1
   * @param column the column of the offending value, from 1
   * @param property the unknown property, for an unrecognized property
   */
  record Refused(String message, String path, int line, int column, @Nullable String property) {}
}
