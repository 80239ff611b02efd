/**
 * Engine internals: wall-clock mapping and precomputed window tables. Not exported; no
 * compatibility promises.
 */
@NullMarked
package io.github.sla4j.internal;

import org.jspecify.annotations.NullMarked;
