/** Holidays (temporary stand-in until the holiday rules land). */
@NullMarked
package io.github.sla4j.holiday;

import org.jspecify.annotations.NullMarked;
