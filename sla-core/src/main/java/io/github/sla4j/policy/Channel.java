package io.github.sla4j.policy;

/**
 * The channel through which a case was logged. Whether a channel is under the SLA is decided by the
 * policy ({@link SlaPolicy#coveredChannels()}); the Threekit policy covers the support portal and
 * e-mail, not the forum.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum Channel {
  /** The support portal. */
  SUPPORT_PORTAL,
  /** E-mail to the support address. */
  EMAIL,
  /** A post on the community forum. */
  FORUM
}
