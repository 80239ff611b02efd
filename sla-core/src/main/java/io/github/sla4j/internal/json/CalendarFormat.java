package io.github.sla4j.internal.json;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.CalendarCombination;
import io.github.sla4j.calendar.Closure;
import io.github.sla4j.calendar.RecurringSpecialHours;
import io.github.sla4j.calendar.TimeWindow;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRegion;
import io.github.sla4j.holiday.HolidayRule;
import io.github.sla4j.holiday.HolidaySource;
import io.github.sla4j.holiday.Observance;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of business calendars and holiday calendars: the format's rules in one place,
 * independent of any JSON library. Writing produces a neutral tree (ordered maps, lists, strings,
 * longs); reading consumes one and refuses anything the format does not allow.
 */
public final class CalendarFormat {

  private CalendarFormat() {}

  // ---------------------------------------------------------------------------------------------
  // Business calendar

  public static Map<String, Object> write(BusinessCalendar calendar) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", calendar.name());
    out.put("zone", calendar.zone().getId());
    if (calendar.combination().isPresent()) {
      CalendarCombination combination = calendar.combination().get();
      List<Object> parts = new ArrayList<>();
      combination.components().forEach(c -> parts.add(write(c)));
      out.put(key(combination.operation()), parts);
      return out;
    }
    Map<String, Object> weekly = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      weekly.put(In.word(day), windows(calendar.weeklyHours(day)));
    }
    out.put("weeklyHours", weekly);
    out.put("holidays", write(calendar.holidays()));
    Map<String, Object> special = new LinkedHashMap<>();
    calendar.specialHours().forEach((date, w) -> special.put(date.toString(), windows(w)));
    out.put("specialHours", special);
    if (!calendar.recurringSpecialHours().isEmpty()) {
      // Written only when used, so documents without it stay as they were.
      List<Object> recurring = new ArrayList<>();
      for (RecurringSpecialHours r : calendar.recurringSpecialHours()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", write(r.rule()));
        m.put("windows", windows(r.windows()));
        recurring.add(m);
      }
      out.put("recurringSpecialHours", recurring);
    }
    if (!calendar.closures().isEmpty()) {
      List<Object> closures = new ArrayList<>();
      for (Closure c : calendar.closures()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("start", c.startInclusive().toString());
        m.put("end", c.endExclusive().toString());
        m.put("reason", c.reason());
        closures.add(m);
      }
      out.put("closures", closures);
    }
    return out;
  }

  public static BusinessCalendar readCalendar(In in) {
    ZoneId zone = in.convert("zone", "IANA zone id", CalendarFormat::zone);
    for (CalendarCombination.Operation op : CalendarCombination.Operation.values()) {
      if (in.has(key(op))) {
        return readCombination(in, zone, op);
      }
    }
    BusinessCalendar.Builder b = BusinessCalendar.builder(zone);
    String name = in.string("name", "calendar name");
    at(in.path("name"), () -> b.name(name));
    In weekly = in.object("weeklyHours", "weekly hours by day of the week");
    for (DayOfWeek day : DayOfWeek.values()) {
      String key = In.word(day);
      List<@Nullable Object> list = weekly.array(key, "windows of " + key + " ([] when closed)");
      readWindows(list, weekly.path(key), (w, at) -> at(at, () -> b.hours(day, w.get())));
    }
    weekly.end();
    b.holidays(readHolidays(in.object("holidays", "holiday calendar")));
    Map<String, @Nullable Object> special = in.entries("specialHours", "special hours by date");
    for (Map.Entry<String, @Nullable Object> e : special.entrySet()) {
      Path at = in.path("specialHours").key(e.getKey());
      LocalDate date = In.convertAt(at, e.getKey(), "date (yyyy-MM-dd)", LocalDate::parse);
      List<@Nullable Object> list = In.asList(e.getValue(), at, "special-hours windows");
      if (list.isEmpty()) {
        throw new FormatException(
            at,
            "Special hours of "
                + date
                + " at "
                + at
                + " list no window: give at least one, or close the date with a holiday",
            null);
      }
      readWindows(list, at, (w, p) -> at(p, () -> b.specialHours(date, w.get())));
    }
    if (in.has("recurringSpecialHours")) {
      readRecurring(in, b);
    }
    if (in.has("closures")) {
      readClosures(in, b);
    }
    in.end();
    return b.build();
  }

  private static void readClosures(In in, BusinessCalendar.Builder b) {
    List<@Nullable Object> list = in.array("closures", "closures");
    for (int i = 0; i < list.size(); i++) {
      Path at = in.path("closures").index(i);
      In e =
          In.object(
              list.get(i),
              at,
              "closure {\"start\": \"2026-03-04T17:00:00Z\", \"end\": \"...\", \"reason\": \"...\"}");
      String what = "instant (e.g. 2026-03-04T17:00:00Z)";
      Instant start = e.convert("start", what, TimelineFormat::instant);
      Instant end = e.convert("end", what, TimelineFormat::instant);
      String reason = e.string("reason", "closure reason");
      e.end();
      at(at, () -> b.closure(start, end, reason));
    }
  }

  private static void readRecurring(In in, BusinessCalendar.Builder b) {
    List<@Nullable Object> list = in.array("recurringSpecialHours", "recurring special hours");
    for (int i = 0; i < list.size(); i++) {
      Path at = in.path("recurringSpecialHours").index(i);
      In e =
          In.object(
              list.get(i), at, "recurring special hours {\"rule\": {...}, \"windows\": [...]}");
      HolidayRule rule = readRule(e.object("rule", "holiday rule"));
      List<@Nullable Object> windows = e.array("windows", "recurring special-hours windows");
      if (windows.isEmpty()) {
        throw new FormatException(
            e.path("windows"),
            "Recurring special hours '"
                + rule.name()
                + "' at "
                + at
                + " list no window: give at least one, or close those dates with a holiday rule",
            null);
      }
      List<TimeWindow> read = new ArrayList<>();
      readWindows(windows, e.path("windows"), (w, p) -> at(p, () -> read.add(w.get())));
      e.end();
      at(at, () -> b.specialHours(rule, read.toArray(TimeWindow[]::new)));
    }
  }

  private static String key(CalendarCombination.Operation op) {
    return switch (op) {
      case UNION -> "union";
      case INTERSECTION -> "intersection";
    };
  }

  /** A union or intersection: its name, zone and components, written as calendars in full. */
  private static BusinessCalendar readCombination(
      In in, ZoneId zone, CalendarCombination.Operation op) {
    String name = in.string("name", "calendar name");
    String key = key(op);
    List<@Nullable Object> list = in.array(key, "calendars of the " + key);
    List<BusinessCalendar> parts = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Path at = in.path(key).index(i);
      parts.add(readCalendar(In.object(list.get(i), at, "business calendar")));
    }
    in.end();
    BusinessCalendar[] cals = parts.toArray(BusinessCalendar[]::new);
    BusinessCalendar[] out = new BusinessCalendar[1];
    at(
        in.path(key),
        () ->
            out[0] =
                (op == CalendarCombination.Operation.UNION
                        ? BusinessCalendar.union(zone, cals)
                        : BusinessCalendar.intersection(zone, cals))
                    .withName(name));
    return out[0];
  }

  private static List<Object> windows(List<TimeWindow> windows) {
    List<Object> out = new ArrayList<>();
    for (TimeWindow w : windows) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("open", time(w.openSecondOfDay()));
      if (w.crossesMidnight()) {
        m.put("close", time(w.closeSecondOfDay() - 86_400));
        m.put("nextDay", Boolean.TRUE);
      } else {
        m.put("close", time(w.closeSecondOfDay()));
      }
      out.add(m);
    }
    return out;
  }

  /** {@code HH:mm}, or {@code HH:mm:ss} when the seconds are not zero; {@code 24:00} at the end. */
  public static String time(int secondOfDay) {
    String hm = String.format("%02d:%02d", secondOfDay / 3600, secondOfDay / 60 % 60);
    return secondOfDay % 60 == 0 ? hm : hm + String.format(":%02d", secondOfDay % 60);
  }

  private interface WindowSink {
    void accept(java.util.function.Supplier<TimeWindow> window, Path at);
  }

  private static void readWindows(List<@Nullable Object> list, Path at, WindowSink sink) {
    for (int i = 0; i < list.size(); i++) {
      In w =
          In.object(list.get(i), at.index(i), "window {\"open\": \"HH:mm\", \"close\": \"HH:mm\"}");
      LocalTime open =
          w.convert("open", "open time (HH:mm, 00:00 to 23:59)", CalendarFormat::openTime);
      LocalTime close =
          w.convert("close", "close time (HH:mm, 00:01 to 24:00)", TimeWindow::parseTime);
      Object nextDay = w.raw("nextDay");
      if (nextDay != null && !Boolean.TRUE.equals(nextDay)) {
        throw new FormatException(
            w.path("nextDay"),
            "Property 'nextDay' at "
                + w.path("nextDay")
                + " is "
                + In.describe(nextDay)
                + ": write true for a window that closes on the next day, or leave it out",
            null);
      }
      w.end();
      boolean overnight = nextDay != null;
      sink.accept(
          () -> overnight ? TimeWindow.overnight(open, close) : TimeWindow.of(open, close),
          at.index(i));
    }
  }

  private static LocalTime openTime(String text) {
    LocalTime t = TimeWindow.parseTime(text);
    if (text.startsWith("24")) {
      throw new IllegalArgumentException(
          "a window cannot open at 24:00; use 00:00 of the next day");
    }
    return t;
  }

  private static ZoneId zone(String id) {
    return ZoneId.of(id);
  }

  /** Runs a builder step, turning its IllegalArgumentException into a FormatException at a path. */
  public static void at(Path path, Runnable step) {
    try {
      step.run();
    } catch (RuntimeException ex) {
      throw new FormatException(path, ex.getMessage() + " (at " + path + ")", ex);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Holiday calendar and rules

  public static Map<String, Object> write(HolidayCalendar holidays) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", holidays.name());
    List<Object> rules = new ArrayList<>();
    holidays.rules().forEach(r -> rules.add(write(r)));
    out.put("rules", rules);
    if (!holidays.sources().isEmpty()) {
      List<Object> regions = new ArrayList<>();
      holidays.sources().forEach(source -> regions.add(write(holidays, source)));
      out.put("regions", regions);
    }
    return out;
  }

  private static Map<String, Object> write(HolidayCalendar holidays, HolidaySource source) {
    HolidayRegion region =
        source
            .region()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Holiday calendar '"
                            + holidays.name()
                            + "' has a holiday source without a region ("
                            + source
                            + "): JSON refers to computed holidays only by country and"
                            + " subdivision. Build the calendar with JollydayHolidays.of or"
                            + " HolidayRegion.calendar(), or write its holidays as rules."));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("country", region.country());
    if (!region.subdivisions().isEmpty()) {
      out.put("subdivisions", region.subdivisions());
    }
    if (region.dates() != HolidayRegion.Dates.OBSERVED) {
      out.put("dates", In.word(region.dates()));
    }
    if (region.bankHolidays()) {
      out.put("bankHolidays", true);
    }
    return out;
  }

  private static HolidayRegion readRegion(In in) {
    String country = in.string("country", "holiday region country");
    List<@Nullable Object> list = in.optArray("subdivisions", "holiday region subdivisions");
    List<String> subdivisions = new ArrayList<>();
    if (list != null) {
      for (int i = 0; i < list.size(); i++) {
        subdivisions.add(
            In.asString(list.get(i), in.path("subdivisions").index(i), "subdivision code"));
      }
    }
    HolidayRegion.Dates dates =
        in.has("dates")
            ? in.enumValue("dates", HolidayRegion.Dates.class, "holiday region dates")
            : HolidayRegion.Dates.OBSERVED;
    Object bank = in.raw("bankHolidays");
    if (bank != null && !(bank instanceof Boolean)) {
      throw new FormatException(
          in.path("bankHolidays"),
          "bankHolidays must be true or false, not "
              + In.describe(bank)
              + " (at "
              + in.path("bankHolidays")
              + ")",
          null);
    }
    in.end();
    HolidayRegion[] out = new HolidayRegion[1];
    at(
        in.path(),
        () -> out[0] = new HolidayRegion(country, subdivisions, dates, Boolean.TRUE.equals(bank)));
    return out[0];
  }

  public static HolidayCalendar readHolidays(In in) {
    String name = in.string("name", "holiday calendar name");
    List<@Nullable Object> list = in.array("rules", "holiday rules");
    List<HolidayRule> rules = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      rules.add(readRule(In.object(list.get(i), in.path("rules").index(i), "holiday rule")));
    }
    List<@Nullable Object> regionList = in.optArray("regions", "holiday regions");
    List<HolidaySource> sources = new ArrayList<>();
    if (regionList != null) {
      for (int i = 0; i < regionList.size(); i++) {
        Path at = in.path("regions").index(i);
        HolidayRegion region = readRegion(In.object(regionList.get(i), at, "holiday region"));
        at(at, () -> sources.addAll(region.calendar().sources()));
      }
    }
    in.end();
    HolidayCalendar[] out = new HolidayCalendar[1];
    at(in.path(), () -> out[0] = HolidayCalendar.of(name, rules, sources));
    return out[0];
  }

  public static Map<String, Object> write(HolidayRule rule) {
    Map<String, Object> out = new LinkedHashMap<>();
    if (rule instanceof HolidayRule.Fixed f) {
      out.put("kind", "fixed");
      out.put("name", f.name());
      out.put("month", In.word(f.monthDay().getMonth()));
      out.put("day", (long) f.monthDay().getDayOfMonth());
      out.put("observance", In.word(f.observance()));
    } else if (rule instanceof HolidayRule.NthWeekday n) {
      out.put("kind", "nth_weekday");
      out.put("name", n.name());
      out.put("month", In.word(n.month()));
      out.put("nth", (long) n.n());
      out.put("dayOfWeek", In.word(n.dayOfWeek()));
    } else if (rule instanceof HolidayRule.LastWeekday l) {
      out.put("kind", "last_weekday");
      out.put("name", l.name());
      out.put("month", In.word(l.month()));
      out.put("dayOfWeek", In.word(l.dayOfWeek()));
    } else if (rule instanceof HolidayRule.EasterOffset e) {
      out.put("kind", "easter_offset");
      out.put("name", e.name());
      out.put("days", (long) e.days());
    } else if (rule instanceof HolidayRule.Relative r) {
      out.put("kind", "relative");
      out.put("name", r.name());
      out.put("days", (long) r.days());
      out.put("base", write(r.base()));
    } else if (rule instanceof HolidayRule.OneOff o) {
      out.put("kind", "one_off");
      out.put("name", o.name());
      out.put("date", o.date().toString());
    } else {
      throw new IllegalStateException("unknown holiday rule type " + rule.getClass());
    }
    if (rule.firstYear() != null) {
      out.put("firstYear", (long) rule.firstYear());
    }
    if (rule.lastYear() != null) {
      out.put("lastYear", (long) rule.lastYear());
    }
    return out;
  }

  public static HolidayRule readRule(In in) {
    String kind = in.string("kind", "rule kind");
    String name = in.string("name", "holiday name");
    HolidayRule[] rule = new HolidayRule[1];
    Consumer<Runnable> build = step -> at(in.path(), step);
    switch (kind) {
      case "fixed" -> {
        Month month = in.enumValue("month", Month.class, "month");
        int day = in.integer("day", "day of the month");
        Observance obs = in.enumValue("observance", Observance.class, "observance");
        build.accept(() -> rule[0] = HolidayRule.fixed(name, MonthDay.of(month, day), obs));
      }
      case "nth_weekday" -> {
        Month month = in.enumValue("month", Month.class, "month");
        int nth = in.integer("nth", "which weekday of the month (1-5)");
        DayOfWeek dow = in.enumValue("dayOfWeek", DayOfWeek.class, "day of the week");
        build.accept(() -> rule[0] = HolidayRule.nthWeekday(name, month, nth, dow));
      }
      case "last_weekday" -> {
        Month month = in.enumValue("month", Month.class, "month");
        DayOfWeek dow = in.enumValue("dayOfWeek", DayOfWeek.class, "day of the week");
        build.accept(() -> rule[0] = HolidayRule.lastWeekday(name, month, dow));
      }
      case "easter_offset" -> {
        int days = in.integer("days", "days after Easter Sunday");
        build.accept(() -> rule[0] = HolidayRule.easterOffset(name, days));
      }
      case "relative" -> {
        int days = in.integer("days", "days after the base holiday");
        HolidayRule base = readRule(in.object("base", "base holiday rule"));
        build.accept(() -> rule[0] = HolidayRule.relativeTo(name, base, days));
      }
      case "one_off" -> {
        LocalDate date = in.convert("date", "date (yyyy-MM-dd)", LocalDate::parse);
        build.accept(() -> rule[0] = HolidayRule.oneOff(name, date));
      }
      default ->
          throw new FormatException(
              in.path("kind"),
              "Unknown holiday rule kind '"
                  + kind
                  + "' at "
                  + in.path("kind")
                  + ": expected one of [fixed, nth_weekday, last_weekday, easter_offset, relative,"
                  + " one_off]",
              null);
    }
    Integer first = in.optInteger("firstYear", "first year");
    Integer last = in.optInteger("lastYear", "last year");
    in.end();
    if (first != null || last != null) {
      build.accept(() -> rule[0] = rule[0].withYears(first, last));
    }
    return rule[0];
  }
}
