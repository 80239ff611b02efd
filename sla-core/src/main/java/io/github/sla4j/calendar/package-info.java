/**
 * Business calendars: weekly opening hours, holidays and special hours in an IANA time zone, and
 * exact business-time arithmetic on instants.
 *
 * <p>Start with {@link io.github.sla4j.calendar.BusinessCalendar#builder(java.time.ZoneId)}.
 */
@NullMarked
package io.github.sla4j.calendar;

import org.jspecify.annotations.NullMarked;
