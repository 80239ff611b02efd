package io.github.sla4j.policy;

/**
 * Why a case, or one metric of it, has no deadline.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum NotCoveredReason {
  /** The case came through a channel the policy does not cover, such as the forum. */
  CHANNEL_NOT_COVERED,
  /** The case is about an application area outside the scope of the customer's tier. */
  AREA_OUTSIDE_TIER_SCOPE,
  /** The policy leaves the metric's cell for the case's tier and severity empty on purpose. */
  NO_TARGET,
  /** A cyclic metric (next reply, periodic update) has had no cycle yet. */
  NO_CYCLE_YET
}
