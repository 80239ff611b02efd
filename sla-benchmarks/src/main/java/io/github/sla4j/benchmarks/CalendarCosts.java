package io.github.sla4j.benchmarks;

import io.github.sla4j.calendar.BusinessCalendar;
import java.lang.reflect.Field;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain measured main for the two goals JMH's steady state does not show: the time to build a
 * calendar and warm ten years of its tables in a fresh JVM, and the bytes of tables a calendar
 * holds for a century.
 *
 * <p>Run {@code java -cp sla-benchmarks/target/benchmarks.jar
 * io.github.sla4j.benchmarks.CalendarCosts support} (or {@code 24/7}); each run is one fresh JVM,
 * so the first measurement includes class loading and interpretation; the JDK's loading of the
 * zone's rules is timed apart. The footprint is read from the engine behind the calendar's private
 * {@code engine} field, by reflection, so the core library need not expose it.
 */
public final class CalendarCosts {

  private CalendarCosts() {}

  /**
   * Prints the cold build-and-warm time and the century footprint of one calendar.
   *
   * @param args the calendar name, {@code support} (default) or {@code 24/7}
   * @throws ReflectiveOperationException if the engine's layout changed
   */
  public static void main(String[] args) throws ReflectiveOperationException {
    String name = args.length > 0 ? args[0] : Calendars.SUPPORT;
    List<Object> sink = new ArrayList<>();

    // The JDK's own first use of the zone (reading tzdb.dat) is timed apart: every program
    // that uses java.time zones pays it once, with or without sla4j.
    long t0 = System.nanoTime();
    ZoneId.of("America/New_York").getRules();
    long t1 = System.nanoTime();
    BusinessCalendar cold = Calendars.named(name);
    long t2 = System.nanoTime();
    ColdStartBenchmark.warmTenYears(cold, sink::add);
    long t3 = System.nanoTime();
    System.out.printf(
        "%s, first in a fresh JVM: zone data %.1f ms (JDK), calendar built %.1f ms, ten years of"
            + " tables %.1f ms; built and warmed %.1f ms; table %,d bytes%n",
        name,
        (t1 - t0) / 1e6,
        (t2 - t1) / 1e6,
        (t3 - t2) / 1e6,
        (t3 - t1) / 1e6,
        footprintBytes(cold));

    BusinessCalendar century = Calendars.named(name);
    Instant from = ColdStartBenchmark.atStartOfDay(2000);
    Instant to = ColdStartBenchmark.atStartOfDay(2100);
    sink.add(century.addBusinessDays(from, 1));
    sink.add(century.addBusinessDays(to, 1));
    sink.add(century.businessTimeBetween(from, to));
    long bytes = footprintBytes(century);
    long days = tableDays(century);
    System.out.printf(
        "%s: century 2000-2100: table of %,d dates (%.1f years) holds %,d bytes (%.2f MiB),"
            + " %,.0f bytes per year%n",
        name, days, days / 365.2425, bytes, bytes / 1048576.0, bytes / (days / 365.2425));
    System.out.println(sink.size() + " results");
  }

  /**
   * The bytes of window tables the calendar holds now.
   *
   * @param calendar the calendar
   * @return the engine's {@code tableFootprintBytes()}
   * @throws ReflectiveOperationException if the engine's layout changed
   */
  public static long footprintBytes(BusinessCalendar calendar) throws ReflectiveOperationException {
    Object engine = engine(calendar);
    return (Long) engine.getClass().getMethod("tableFootprintBytes").invoke(engine);
  }

  /**
   * The number of local dates the calendar's current table covers.
   *
   * @param calendar the calendar
   * @return the dates, or 0 without a table
   * @throws ReflectiveOperationException if the engine's layout changed
   */
  public static long tableDays(BusinessCalendar calendar) throws ReflectiveOperationException {
    Object table = field(engine(calendar), "table");
    return table == null ? 0 : (Long) field(table, "lastDay") - (Long) field(table, "firstDay") + 1;
  }

  private static Object engine(BusinessCalendar calendar) throws ReflectiveOperationException {
    return field(calendar, "engine");
  }

  private static Object field(Object owner, String name) throws ReflectiveOperationException {
    Field f = owner.getClass().getDeclaredField(name);
    f.setAccessible(true);
    return f.get(owner);
  }
}
