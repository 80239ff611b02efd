package io.github.sla4j.policy;

import java.util.Objects;

/**
 * One missing or malformed field of a support case.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param field the field's name as in {@link SupportCase.Builder}, e.g. {@code links[1]}, not null
 * @param message what is wrong and how to fix it, not null
 */
public record FieldProblem(String field, String message) {

  /**
   * Checks the components.
   *
   * @param field the field, not null
   * @param message the message, not null
   */
  public FieldProblem {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  /** Returns {@code field: message}. */
  @Override
  public String toString() {
    return field + ": " + message;
  }
}
