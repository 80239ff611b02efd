package io.github.sla4j.jollyday;

import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayProvider;
import io.github.sla4j.holiday.HolidayRegion;

/**
 * The {@link HolidayProvider} service of this module, found by {@link java.util.ServiceLoader}, so
 * that {@link HolidayRegion#calendar()} (and the JSON format) can obtain Jollyday calendars without
 * depending on this module. Same as {@link JollydayHolidays#of(HolidayRegion)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class JollydayProvider implements HolidayProvider {

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public JollydayProvider() {}

  /** Returns {@code "Jollyday"}. */
  @Override
  public String name() {
    return "Jollyday";
  }

  /** Returns {@link JollydayHolidays#of(HolidayRegion)}. */
  @Override
  public HolidayCalendar calendar(HolidayRegion region) {
    return JollydayHolidays.of(region);
  }
}
