package io.github.sla4j.tracking;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;

/**
 * The ordered steps that produced a case's deadline and state: where the clock started and why,
 * holidays skipped, pauses, severity changes with the rule applied, the breach or the response.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Explanation {

  private final List<ExplanationStep> steps;

  private Explanation(List<ExplanationStep> steps) {
    this.steps = steps;
  }

  /**
   * Obtains an explanation from its steps.
   *
   * @param steps the steps in order, not null
   * @return the explanation, not null
   */
  public static Explanation of(List<ExplanationStep> steps) {
    return new Explanation(List.copyOf(Objects.requireNonNull(steps, "steps")));
  }

  /**
   * Gets the steps in time order; steps at the same instant keep the order they happened in.
   *
   * @return the steps, unmodifiable
   */
  public List<ExplanationStep> steps() {
    return steps;
  }

  /**
   * Checks whether some step reports a rule.
   *
   * @param kind the rule, not null
   * @return true if a step of that kind is present
   */
  public boolean contains(StepKind kind) {
    Objects.requireNonNull(kind, "kind");
    return steps.stream().anyMatch(s -> s.kind() == kind);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Explanation o && steps.equals(o.steps);
  }

  @Override
  public int hashCode() {
    return steps.hashCode();
  }

  /** Returns the steps as numbered lines, {@code 1. text}. */
  @Override
  public String toString() {
    return IntStream.range(0, steps.size())
        .mapToObj(i -> (i + 1) + ". " + steps.get(i).text())
        .collect(Collectors.joining("\n"));
  }
}
