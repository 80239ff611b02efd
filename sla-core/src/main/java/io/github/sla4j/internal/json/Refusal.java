package io.github.sla4j.internal.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * A document {@link Documents#read} refused: the rule it broke and where in the input the offending
 * value starts. The binding turns it into its own Jackson exception.
 */
public final class Refusal {

  private final FormatException reason;
  private final Object location;

  Refusal(FormatException reason, Object location) {
    this.reason = reason;
    this.location = location;
  }

  /**
   * The message: the value, the rule it breaks and the fix, with the JSON path.
   *
   * @return the message
   */
  public String message() {
    return reason.getMessage();
  }

  /**
   * The format's exception, to chain as the cause.
   *
   * @return the exception
   */
  public FormatException reason() {
    return reason;
  }

  /**
   * Where the offending value starts, in the binding's own location type.
   *
   * @return the location the {@link TokenSource} gave
   */
  public Object location() {
    return location;
  }

  /**
   * The unknown property, when that is what was refused.
   *
   * @return the property name, or null
   */
  public @Nullable String unknownProperty() {
    return reason.unknownProperty();
  }

  /**
   * The properties the object allows, when an unknown one was refused.
   *
   * @return the names, as Jackson's {@code UnrecognizedPropertyException} takes them
   */
  public List<Object> knownProperties() {
    return new ArrayList<>(reason.knownProperties());
  }

  /**
   * Hands the path to a binding's exception, a reference per step from the innermost out, as
   * Jackson's {@code prependPath} takes them.
   *
   * @param <R> the binding's path reference type
   * @param documentType the type the document was read as: the referrer of the first step
   * @param property makes the reference to a property of a referrer ({@code Map} below the root)
   * @param element makes the reference to an element of a referrer ({@code List} below the root)
   * @param prepend prepends one reference to the exception's path
   */
  public <R> void prependPath(
      Class<?> documentType,
      BiFunction<Object, String, R> property,
      BiFunction<Object, Integer, R> element,
      Consumer<R> prepend) {
    List<Object> segments = reason.segments();
    for (int i = segments.size() - 1; i >= 0; i--) {
      Object s = segments.get(i);
      Object referrer = i == 0 ? documentType : (s instanceof Integer ? List.class : Map.class);
      prepend.accept(
          s instanceof Integer index
              ? element.apply(referrer, index)
              : property.apply(referrer, (String) s));
    }
  }
}
