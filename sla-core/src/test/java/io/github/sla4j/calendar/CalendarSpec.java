package io.github.sla4j.calendar;

import io.github.sla4j.holiday.HolidayRule;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Test data: the plain description of a business calendar (zone, weekly windows, holidays, special
 * hours), from which both the engine's {@link BusinessCalendar} and the {@link ReferenceCalendar}
 * are made. Windows are kept exactly as given (unsorted, unmerged), as seconds of the day with
 * 86,400 for {@code 24:00}. {@link #toString()} prints everything needed to rebuild the calendar.
 */
final class CalendarSpec {

  /** A window {@code [open, close)} in seconds of the day; close 86,400 means 24:00. */
  record Win(int open, int close) {

    Win {
      boolean overnight = close > 86_400 && open < 86_400 && close < 2 * 86_400;
      if (open < 0 || (close > 86_400 && !overnight) || close <= open) {
        throw new IllegalArgumentException("bad test window " + open + "-" + close);
      }
    }

    static Win of(String open, String close) {
      return new Win(seconds(open), seconds(close));
    }

    LocalTime openTime() {
      return LocalTime.ofSecondOfDay(open);
    }

    LocalTime closeTime() {
      return close == 86_400 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(close);
    }

    private static int seconds(String hhmm) {
      return hhmm.equals("24:00") ? 86_400 : LocalTime.parse(hhmm).toSecondOfDay();
    }

    @Override
    public String toString() {
      return fmt(open) + "-" + fmt(close);
    }

    private static String fmt(int s) {
      String hm = String.format("%02d:%02d", s / 3600, s / 60 % 60);
      return s % 60 == 0 ? hm : hm + String.format(":%02d", s % 60);
    }
  }

  /**
   * Recurring special hours: on a fixed month and day ({@code monthDay} set), or {@code offset}
   * days from the {@code nth} {@code dow} of {@code month}. Matched by a plain check of the date,
   * not by the holiday rules.
   */
  record Recurring(
      String name,
      MonthDay monthDay,
      Month month,
      int nth,
      DayOfWeek dow,
      int offset,
      boolean fixed,
      List<Win> wins) {

    static Recurring fixed(String name, MonthDay monthDay, List<Win> wins) {
      return new Recurring(name, monthDay, Month.JANUARY, 1, DayOfWeek.MONDAY, 0, true, wins);
    }

    static Recurring relative(
        String name, Month month, int nth, DayOfWeek dow, int offset, List<Win> wins) {
      return new Recurring(name, MonthDay.of(1, 1), month, nth, dow, offset, false, wins);
    }

    boolean matches(LocalDate date) {
      if (fixed) {
        return date.getMonthValue() == monthDay.getMonthValue()
            && date.getDayOfMonth() == monthDay.getDayOfMonth();
      }
      LocalDate base = date.minusDays(offset);
      return base.getMonth() == month
          && base.getDayOfWeek() == dow
          && (base.getDayOfMonth() - 1) / 7 + 1 == nth;
    }

    HolidayRule toRule() {
      if (fixed) {
        return HolidayRule.fixed(name, monthDay);
      }
      return HolidayRule.relativeTo(
          name, HolidayRule.nthWeekday(name + " base", month, nth, dow), offset);
    }

    @Override
    public String toString() {
      return (fixed ? monthDay.toString() : offset + "d from " + nth + " " + dow + " of " + month)
          + " "
          + wins;
    }
  }

  /** A closure {@code [start, end)} of instants with a reason. */
  record Clos(Instant start, Instant end, String reason) {

    @Override
    public String toString() {
      return start + "/" + end;
    }
  }

  final ZoneId zone;
  final Map<DayOfWeek, List<Win>> weekly;
  final TreeMap<LocalDate, String> holidays;
  final TreeMap<LocalDate, List<Win>> special;
  final List<Recurring> recurring;
  final List<Clos> closures;

  CalendarSpec(
      ZoneId zone,
      Map<DayOfWeek, List<Win>> weekly,
      Map<LocalDate, String> holidays,
      Map<LocalDate, List<Win>> special) {
    this(zone, weekly, holidays, special, List.of());
  }

  CalendarSpec(
      ZoneId zone,
      Map<DayOfWeek, List<Win>> weekly,
      Map<LocalDate, String> holidays,
      Map<LocalDate, List<Win>> special,
      List<Recurring> recurring) {
    this(zone, weekly, holidays, special, recurring, List.of());
  }

  CalendarSpec(
      ZoneId zone,
      Map<DayOfWeek, List<Win>> weekly,
      Map<LocalDate, String> holidays,
      Map<LocalDate, List<Win>> special,
      List<Recurring> recurring,
      List<Clos> closures) {
    this.closures = List.copyOf(closures);
    this.recurring = List.copyOf(recurring);
    this.zone = zone;
    EnumMap<DayOfWeek, List<Win>> w = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek d : DayOfWeek.values()) {
      w.put(d, List.copyOf(weekly.getOrDefault(d, List.of())));
    }
    this.weekly = Collections.unmodifiableMap(w);
    this.holidays = new TreeMap<>(holidays);
    this.special = new TreeMap<>();
    special.forEach((date, wins) -> this.special.put(date, List.copyOf(wins)));
  }

  /**
   * The windows that apply on a date: special hours, else the first matching recurring special
   * hours, else none on a holiday, else weekly.
   */
  List<Win> windowsOn(LocalDate date) {
    List<Win> sp = special.get(date);
    if (sp != null) {
      return sp;
    }
    for (Recurring r : recurring) {
      if (r.matches(date)) {
        return r.wins();
      }
    }
    if (holidays.containsKey(date)) {
      return List.of();
    }
    return weekly.get(date.getDayOfWeek());
  }

  /** A copy with other closures. */
  CalendarSpec withClosures(List<Clos> closures) {
    return new CalendarSpec(zone, weekly, holidays, special, recurring, closures);
  }

  /** Whether some weekly window exists (so open time recurs every week). */
  boolean hasWeeklyHours() {
    return weekly.values().stream().anyMatch(l -> !l.isEmpty());
  }

  /** The weekly business seconds on the local clock (ignoring DST), for sizing test amounts. */
  long weeklyLocalSeconds() {
    long total = 0;
    for (List<Win> l : weekly.values()) {
      for (Win w : l) {
        total += w.close - w.open;
      }
    }
    return total;
  }

  /** Builds the engine's calendar through the public builder only. */
  BusinessCalendar toCalendar() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone).name("spec");
    weekly.forEach(
        (day, wins) ->
            wins.forEach(w -> b.hours(day, TimeWindow.ofSecondOfDay(w.open(), w.close()))));
    holidays.forEach(b::holiday);
    special.forEach(
        (date, wins) -> wins.forEach(w -> b.specialHours(date, w.openTime(), w.closeTime())));
    for (Recurring r : recurring) {
      b.specialHours(
          r.toRule(),
          r.wins().stream()
              .map(w -> TimeWindow.ofSecondOfDay(w.open(), w.close()))
              .toArray(TimeWindow[]::new));
    }
    closures.forEach(c -> b.closure(c.start(), c.end(), c.reason()));
    return b.build();
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("CalendarSpec[").append(zone.getId());
    weekly.forEach(
        (day, wins) -> {
          if (!wins.isEmpty()) {
            sb.append(", ").append(day.name(), 0, 3).append(' ').append(wins);
          }
        });
    if (!holidays.isEmpty()) {
      sb.append(", holidays ").append(new ArrayList<>(holidays.keySet()));
    }
    if (!special.isEmpty()) {
      sb.append(", special ").append(special);
    }
    if (!recurring.isEmpty()) {
      sb.append(", recurring ").append(recurring);
    }
    if (!closures.isEmpty()) {
      sb.append(", closures ").append(closures);
    }
    return sb.append(']').toString();
  }
}
