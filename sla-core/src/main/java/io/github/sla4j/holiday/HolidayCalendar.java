package io.github.sla4j.holiday;

import java.time.LocalDate;
import java.util.*;

/** TEMPORARY local stand-in; replaced by the holiday branch. */
public final class HolidayCalendar {
  private final String name;
  private final Map<LocalDate, String> closures;

  private HolidayCalendar(String name, Map<LocalDate, String> c) {
    this.name = name;
    this.closures = c;
  }

  public static HolidayCalendar none() {
    return new HolidayCalendar("none", Map.of());
  }

  public String name() {
    return name;
  }

  public List<Object> rules() {
    return new ArrayList<>(closures.keySet());
  }

  public boolean isHoliday(LocalDate d) {
    return closures.containsKey(d);
  }

  public Optional<Holiday> holidayOn(LocalDate d) {
    return Optional.ofNullable(closures.get(d)).map(n -> new Holiday(n, d));
  }

  public HolidayCalendar plus(HolidayCalendar o) {
    Map<LocalDate, String> m = new HashMap<>(closures);
    m.putAll(o.closures);
    return new HolidayCalendar(name + " + " + o.name, m);
  }

  public HolidayCalendar withClosure(LocalDate d, String n) {
    Map<LocalDate, String> m = new HashMap<>(closures);
    m.put(d, n);
    return new HolidayCalendar(name, m);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof HolidayCalendar h && h.name.equals(name) && h.closures.equals(closures);
  }

  @Override
  public int hashCode() {
    return closures.hashCode();
  }
}
