/**
 * The sla4j Jackson 2 module, {@link io.github.sla4j.jackson.SlaModule}. Everything else in this
 * package is an implementation detail: the format's rules live in Jackson-free classes, so another
 * binding (such as Jackson 3) can reuse them.
 */
@NullMarked
package io.github.sla4j.jackson;

import org.jspecify.annotations.NullMarked;
