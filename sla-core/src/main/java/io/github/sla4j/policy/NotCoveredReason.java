package io.github.sla4j.policy;

/**
 * Why a case has no response deadline.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum NotCoveredReason {
  /** The case came through a channel the policy does not cover, such as the forum. */
  CHANNEL_NOT_COVERED,
  /** The case is about an application area outside the scope of the customer's tier. */
  AREA_OUTSIDE_TIER_SCOPE
}
