package io.github.sla4j.policy;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a support case lacks fields the policy asks for or has malformed ones. It carries
 * every problem found, not just the first.
 */
public final class CaseValidationException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  /** The problems; a list copy, never empty. */
  @SuppressWarnings("serial")
  private final List<FieldProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, not empty, not null
   * @throws IllegalArgumentException if the list is empty
   */
  public CaseValidationException(List<FieldProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<FieldProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException(
          "CaseValidationException needs at least one problem; a valid case throws nothing");
    }
    return "Support case has "
        + problems.size()
        + (problems.size() == 1 ? " problem: " : " problems: ")
        + problems.stream().map(FieldProblem::toString).collect(Collectors.joining("; "));
  }

  /**
   * Gets every problem found, in field order.
   *
   * @return the problems, unmodifiable, not empty
   */
  public List<FieldProblem> problems() {
    return problems;
  }
}
