package io.github.sla4j.tracking;

import java.time.Instant;
import java.util.Objects;

/**
 * One step of an {@link Explanation}: the instant it refers to, the rule it reports and a sentence
 * for people.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param at the instant the step refers to, not null
 * @param kind the rule the step reports, not null
 * @param text a sentence for a support manager, not null
 */
public record ExplanationStep(Instant at, StepKind kind, String text) {

  /**
   * Checks the components.
   *
   * @param at the instant, not null
   * @param kind the kind, not null
   * @param text the text, not null
   */
  public ExplanationStep {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
