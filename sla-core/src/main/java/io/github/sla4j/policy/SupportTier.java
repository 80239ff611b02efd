package io.github.sla4j.policy;

/**
 * The support plan a customer has bought.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum SupportTier {
  /** Standard support: the native platform. */
  STANDARD,
  /** Premier support: adds custom integrations and custom code, with faster targets. */
  PREMIER
}
