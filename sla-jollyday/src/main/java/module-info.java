/**
 * sla4j's bridge to Jollyday: the public holidays of 230 countries and their subdivisions as sla4j
 * holiday calendars, with a documented correction layer. Start with {@link
 * io.github.sla4j.jollyday.JollydayHolidays#of(String, String...)}.
 */
module io.github.sla4j.jollyday {
  requires transitive io.github.sla4j.core;
  requires de.focus_shift.jollyday.core;
  requires static org.jspecify;

  exports io.github.sla4j.jollyday;

  provides io.github.sla4j.holiday.HolidayProvider with
      io.github.sla4j.jollyday.JollydayProvider;
}
