package io.github.sla4j.internal.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

  /** Receives one step of the path, from the innermost out, as Jackson prepends them. */
  @FunctionalInterface
  public interface Step {

    /**
     * Prepends one step.
     *
     * @param referrer the type or container that holds the step: the document's type first, then
     *     {@code Map} for a property and {@code List} for an element
     * @param name the property name, or null for an array element
     * @param index the element's index, or -1 for a property
     */
    void prepend(Object referrer, @Nullable String name, int index);
  }

  /**
   * Hands the path's steps to a binding's exception, innermost first.
   *
   * @param documentType the type the document was read as
   * @param step receives each step
   */
  public void prependPath(Class<?> documentType, Step step) {
    List<Object> segments = reason.segments();
    for (int i = segments.size() - 1; i >= 0; i--) {
      Object s = segments.get(i);
      Object referrer = i == 0 ? documentType : (s instanceof Integer ? List.class : Map.class);
      if (s instanceof Integer index) {
        step.prepend(referrer, null, index);
      } else {
        step.prepend(referrer, (String) s, -1);
      }
    }
  }
}
