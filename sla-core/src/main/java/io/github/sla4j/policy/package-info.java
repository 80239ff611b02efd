/**
 * Support policies: severities, tiers, channels, the support scope, response targets, the case a
 * customer logs and its validation.
 *
 * <p>Start with {@link io.github.sla4j.policy.SlaPolicy#threekit()} or {@link
 * io.github.sla4j.policy.SlaPolicy#builder()}.
 */
@NullMarked
package io.github.sla4j.policy;

import org.jspecify.annotations.NullMarked;
