/**
 * Tracking a case against every metric its policy measures (first response, next reply, periodic
 * update, resolution): the case timeline, its status at a given instant per metric (state,
 * deadline, elapsed and remaining time, breach and lateness, cycles), warning thresholds as exact
 * instants, and the explanation of how each deadline came about, as data and in English.
 *
 * <p>Start with {@link io.github.sla4j.tracking.CaseTimeline#opened} and {@link
 * io.github.sla4j.tracking.SlaTracker#of(io.github.sla4j.policy.SlaPolicy)}.
 */
@NullMarked
package io.github.sla4j.tracking;

import org.jspecify.annotations.NullMarked;
