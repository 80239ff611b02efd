/**
 * Tracking a case against its response target: the case timeline, its status at a given instant
 * (state, deadline, elapsed and remaining time, breach and lateness), warning thresholds as exact
 * instants, and the explanation of how the deadline came about.
 *
 * <p>Start with {@link io.github.sla4j.tracking.CaseTimeline#opened} and {@link
 * io.github.sla4j.tracking.SlaTracker#of(io.github.sla4j.policy.SlaPolicy)}.
 */
@NullMarked
package io.github.sla4j.tracking;

import org.jspecify.annotations.NullMarked;
