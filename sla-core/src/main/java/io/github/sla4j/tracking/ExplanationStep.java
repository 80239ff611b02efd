package io.github.sla4j.tracking;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One step of an {@link Explanation}: the instant it refers to, the rule it reports, the values it
 * reports as data, and a sentence in English.
 *
 * <p>The facts are what a user interface needs to say the same in another language: each {@link
 * StepKind} documents its keys; values are {@link Instant}s, {@link java.time.Duration}s, {@link
 * java.time.LocalDate}s, {@link Integer}s, {@link Boolean}s, or strings in the policy's own words
 * (display names such as "P2" or "Enterprise").
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param at the instant the step refers to, not null
 * @param kind the rule the step reports, not null
 * @param facts the values the step reports, by name, unmodifiable, in insertion order
 * @param text a sentence for a support manager, not null
 */
public record ExplanationStep(Instant at, StepKind kind, Map<String, Object> facts, String text) {

  /**
   * Checks the components and copies the facts.
   *
   * @param at the instant, not null
   * @param kind the kind, not null
   * @param facts the facts, not null, no null keys or values
   * @param text the text, not null
   */
  public ExplanationStep {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(facts, "facts");
    Map<String, Object> copy = new LinkedHashMap<>();
    facts.forEach(
        (k, v) -> copy.put(Objects.requireNonNull(k, "fact name"), Objects.requireNonNull(v, k)));
    facts = Collections.unmodifiableMap(copy);
  }

  /**
   * Creates a step without facts.
   *
   * @param at the instant, not null
   * @param kind the kind, not null
   * @param text the text, not null
   */
  public ExplanationStep(Instant at, StepKind kind, String text) {
    this(at, kind, Map.of(), text);
  }
}
