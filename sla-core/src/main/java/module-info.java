/**
 * sla4j core: exact business calendars, holiday rules, support policies and SLA tracking.
 *
 * <p>The module has no runtime dependencies. Every computation works on {@link java.time.Instant}s
 * and real elapsed {@link java.time.Duration}s; nothing reads the system clock.
 */
module io.github.sla4j.core {
  requires static org.jspecify;

  exports io.github.sla4j.calendar;
  exports io.github.sla4j.holiday;
  exports io.github.sla4j.maintenance;
  exports io.github.sla4j.policy;
  exports io.github.sla4j.tracking;
  exports io.github.sla4j.internal.json to
      io.github.sla4j.jackson,
      io.github.sla4j.jackson3;

  uses io.github.sla4j.holiday.HolidayProvider;
}
