package io.github.sla4j.policy;

/**
 * The three kinds of response target.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum TargetKind {
  /**
   * Elapsed time on the 24/7 clock: the deadline is the opening plus the duration, whatever the
   * wall clock does across DST changes.
   */
  ELAPSED,
  /** Business time on a business calendar ("4 business hours"). */
  BUSINESS_TIME,
  /**
   * Business days on a business calendar, as {@link
   * io.github.sla4j.calendar.BusinessCalendar#addBusinessDays(java.time.Instant, int)} defines
   * them.
   */
  BUSINESS_DAYS
}
