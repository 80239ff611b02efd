/**
 * Public holidays from Jollyday for sla4j calendars.
 *
 * <p>{@link io.github.sla4j.jollyday.JollydayHolidays#of(String, String...)} returns a {@link
 * io.github.sla4j.holiday.HolidayCalendar} for a country and its subdivisions, computed lazily one
 * year at a time and cached. Where Jollyday's data disagrees with official sources (Japan's
 * equinox, substitute and special days; India's computed Islamic holidays; Brazil's optional days;
 * two one-off changes in the UK and France) the bridge corrects it with sla4j holiday rules; each
 * correction is listed in the user guide.
 */
@NullMarked
package io.github.sla4j.jollyday;

import org.jspecify.annotations.NullMarked;
