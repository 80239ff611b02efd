/**
 * The sla4j Jackson 3 module, {@link io.github.sla4j.jackson3.SlaModule}. Everything else in this
 * package is an implementation detail: the format's rules are shared with the Jackson 2 module, so
 * both write the same documents and refuse the same mistakes with the same messages.
 */
@NullMarked
package io.github.sla4j.jackson3;

import org.jspecify.annotations.NullMarked;
