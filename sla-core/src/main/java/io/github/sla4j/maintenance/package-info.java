/**
 * Planned maintenance: announced windows per environment, and the query "was Production under
 * announced maintenance at this instant?".
 */
@NullMarked
package io.github.sla4j.maintenance;

import org.jspecify.annotations.NullMarked;
