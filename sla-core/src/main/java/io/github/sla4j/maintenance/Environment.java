package io.github.sla4j.maintenance;

/**
 * An environment that planned maintenance can take down.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Environment {
  /** The preview (staging) environment. */
  PREVIEW,
  /** The production environment customers use. */
  PRODUCTION
}
