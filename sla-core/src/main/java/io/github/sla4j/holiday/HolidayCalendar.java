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

  /**
   * TEMPORARY stand-in for the U.S. federal holidays: the observed dates 2024–2032 from {@code
   * shared/data/us-federal-holidays-2024-2032.csv}, as named closures. The holiday branch replaces
   * it with the real rules; drop this at merge.
   *
   * @return the observed federal holidays of 2024–2032, not null
   */
  public static HolidayCalendar usFederal() {
    Map<LocalDate, String> m = new HashMap<>();
    m.put(LocalDate.parse("2024-01-01"), "New Year's Day");
    m.put(LocalDate.parse("2024-01-15"), "Birthday of Martin Luther King, Jr.");
    m.put(LocalDate.parse("2024-02-19"), "Washington's Birthday");
    m.put(LocalDate.parse("2024-05-27"), "Memorial Day");
    m.put(LocalDate.parse("2024-06-19"), "Juneteenth National Independence Day");
    m.put(LocalDate.parse("2024-07-04"), "Independence Day");
    m.put(LocalDate.parse("2024-09-02"), "Labor Day");
    m.put(LocalDate.parse("2024-10-14"), "Columbus Day");
    m.put(LocalDate.parse("2024-11-11"), "Veterans Day");
    m.put(LocalDate.parse("2024-11-28"), "Thanksgiving Day");
    m.put(LocalDate.parse("2024-12-25"), "Christmas Day");
    m.put(LocalDate.parse("2025-01-01"), "New Year's Day");
    m.put(LocalDate.parse("2025-01-20"), "Birthday of Martin Luther King, Jr.");
    m.put(LocalDate.parse("2025-02-17"), "Washington's Birthday");
    m.put(LocalDate.parse("2025-05-26"), "Memorial Day");
    m.put(LocalDate.parse("2025-06-19"), "Juneteenth National Independence Day");
    m.put(LocalDate.parse("2025-07-04"), "Independence Day");
    m.put(LocalDate.parse("2025-09-01"), "Labor Day");
    m.put(LocalDate.parse("2025-10-13"), "Columbus Day");
    m.put(LocalDate.parse("2025-11-11"), "Veterans Day");
    m.put(LocalDate.parse("2025-11-27"), "Thanksgiving Day");
    m.put(LocalDate.parse("2025-12-25"), "Christmas Day");
    m.put(LocalDate.parse("2026-01-01"), "New Year's Day");
    m.put(LocalDate.parse("2026-01-19"), "Birthday of Martin Luther King, Jr.");
    m.put(LocalDate.parse("2026-02-16"), "Washington's Birthday");
    m.put(LocalDate.parse("2026-05-25"), "Memorial Day");
    m.put(LocalDate.parse("2026-06-19"), "Juneteenth National Independence Day");
    m.put(LocalDate.parse("2026-07-03"), "Independence Day");
    m.put(LocalDate.parse("2026-09-07"), "Labor Day");
    m.put(LocalDate.parse("2026-10-12"), "Columbus Day");
    m.put(LocalDate.parse("2026-11-11"), "Veterans Day");
    m.put(LocalDate.parse("2026-11-26"), "Thanksgiving Day");
    m.put(LocalDate.parse("2026-12-25"), "Christmas Day");
    m.put(LocalDate.parse("2027-01-01"), "New Year's Day");
    m.put(LocalDate.parse("2027-01-18"), "Birthday of Martin Luther King, Jr.");
    m.put(LocalDate.parse("2027-02-15"), "Washington's Birthday");
    m.put(LocalDate.parse("2027-05-31"), "Memorial Day");
    m.put(LocalDate.parse("2027-06-18"), "Juneteenth National Independence Day");
    m.put(LocalDate.parse("2027-07-05"), "Independence Day");
    m.put(LocalDate.parse("2027-09-06"), "Labor Day");
    m.put(LocalDate.parse("2027-10-11"), "Columbus Day");
    m.put(LocalDate.parse("2027-11-11"), "Veterans Day");
    m.put(LocalDate.parse("2027-11-25"), "Thanksgiving Day");
    m.put(LocalDate.parse("2027-12-24"), "Christmas Day");
    m.put(LocalDate.parse("2027-12-31"), "New Year's Day");
    m.put(LocalDate.parse("2028-01-17"), "Birthday of Martin Luther King, Jr.");
    m.put(LocalDate.parse("2028-02-21"), "Washington's Birthday");
    m.put(LocalDate.parse("2028-05-29"), "Memorial Day");
    m.put(LocalDate.parse("2028-06-19"), "Juneteenth National Independence Day");
    m.put(LocalDate.parse("2028-07-04"), "Independence Day");
    m.put(LocalDate.parse("2028-09-04"), "Labor Day");
    m.put(LocalDate.parse("2028-10-09"), "Columbus Day");
    m.put(LocalDate.parse("2028-11-10"), "Veterans Day");
    m.put(LocalDate.parse("2028-11-23"), "Thanksgiving Day");
    m.put(LocalDate.parse("2028-12-25"), "Christmas Day");
    m.put(LocalDate.parse("2029-01-01"), "New Year's Day");
    m.put(LocalDate.parse("2029-01-15"), "Birthday of Martin Luther King, Jr.");
    m.put(LocalDate.parse("2029-02-19"), "Washington's Birthday");
    m.put(LocalDate.parse("2029-05-28"), "Memorial Day");
    m.put(LocalDate.parse("2029-06-19"), "Juneteenth National Independence Day");
    m.put(LocalDate.parse("2029-07-04"), "Independence Day");
    m.put(LocalDate.parse("2029-09-03"), "Labor Day");
    m.put(LocalDate.parse("2029-10-08"), "Columbus Day");
    m.put(LocalDate.parse("2029-11-12"), "Veterans Day");
    m.put(LocalDate.parse("2029-11-22"), "Thanksgiving Day");
    m.put(LocalDate.parse("2029-12-25"), "Christmas Day");
    m.put(LocalDate.parse("2030-01-01"), "New Year's Day");
    m.put(LocalDate.parse("2030-01-21"), "Birthday of Martin Luther King, Jr.");
    m.put(LocalDate.parse("2030-02-18"), "Washington's Birthday");
    m.put(LocalDate.parse("2030-05-27"), "Memorial Day");
    m.put(LocalDate.parse("2030-06-19"), "Juneteenth National Independence Day");
    m.put(LocalDate.parse("2030-07-04"), "Independence Day");
    m.put(LocalDate.parse("2030-09-02"), "Labor Day");
    m.put(LocalDate.parse("2030-10-14"), "Columbus Day");
    m.put(LocalDate.parse("2030-11-11"), "Veterans Day");
    m.put(LocalDate.parse("2030-11-28"), "Thanksgiving Day");
    m.put(LocalDate.parse("2030-12-25"), "Christmas Day");
    m.put(LocalDate.parse("2031-01-01"), "New Year's Day");
    m.put(LocalDate.parse("2031-01-20"), "Birthday of Martin Luther King, Jr.");
    m.put(LocalDate.parse("2031-02-17"), "Washington's Birthday");
    m.put(LocalDate.parse("2031-05-26"), "Memorial Day");
    m.put(LocalDate.parse("2031-06-19"), "Juneteenth National Independence Day");
    m.put(LocalDate.parse("2031-07-04"), "Independence Day");
    m.put(LocalDate.parse("2031-09-01"), "Labor Day");
    m.put(LocalDate.parse("2031-10-13"), "Columbus Day");
    m.put(LocalDate.parse("2031-11-11"), "Veterans Day");
    m.put(LocalDate.parse("2031-11-27"), "Thanksgiving Day");
    m.put(LocalDate.parse("2031-12-25"), "Christmas Day");
    m.put(LocalDate.parse("2032-01-01"), "New Year's Day");
    m.put(LocalDate.parse("2032-01-19"), "Birthday of Martin Luther King, Jr.");
    m.put(LocalDate.parse("2032-02-16"), "Washington's Birthday");
    m.put(LocalDate.parse("2032-05-31"), "Memorial Day");
    m.put(LocalDate.parse("2032-06-18"), "Juneteenth National Independence Day");
    m.put(LocalDate.parse("2032-07-05"), "Independence Day");
    m.put(LocalDate.parse("2032-09-06"), "Labor Day");
    m.put(LocalDate.parse("2032-10-11"), "Columbus Day");
    m.put(LocalDate.parse("2032-11-11"), "Veterans Day");
    m.put(LocalDate.parse("2032-11-25"), "Thanksgiving Day");
    m.put(LocalDate.parse("2032-12-24"), "Christmas Day");
    return new HolidayCalendar("US federal (temporary 2024-2032 stand-in)", m);
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
