package io.github.sla4j.policy;

/**
 * The kind of issue a case reports.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum IssueType {
  /** Something does not work as documented. */
  ERROR,
  /** A question about how to use the product. */
  QUESTION
}
