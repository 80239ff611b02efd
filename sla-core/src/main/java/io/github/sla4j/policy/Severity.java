package io.github.sla4j.policy;

/**
 * The severity (priority) of a support case, from the most to the least severe.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Severity {
  /** Production is down or unusable; answered on the 24/7 clock under the Threekit policy. */
  CRITICAL,
  /** A major function is impaired with no workaround. */
  URGENT,
  /** A function is impaired but a workaround exists. */
  HIGH,
  /** A minor problem or a question. */
  MEDIUM
}
