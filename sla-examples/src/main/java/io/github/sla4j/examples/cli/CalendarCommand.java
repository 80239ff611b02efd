package io.github.sla4j.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.CalendarCombination;
import io.github.sla4j.calendar.Closure;
import io.github.sla4j.calendar.OpenPeriod;
import io.github.sla4j.calendar.RecurringSpecialHours;
import io.github.sla4j.holiday.Holiday;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sla calendar}: a month view of a business calendar. */
@Command(
    name = "calendar",
    mixinStandardHelpOptions = true,
    description =
        "Prints a month of a business calendar: each date with its open hours in the calendar's"
            + " zone, holidays by name, special hours marked with * (recurring ones by name),"
            + " closures by reason, and the business time of each date and of the month.")
final class CalendarCommand implements Callable<Integer> {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);

  private static final DateTimeFormatter MONTH =
      DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);

  @Spec CommandSpec spec;
  @Mixin Options.Policy policyOption;
  @Mixin Options.Json jsonOption;

  @Option(
      names = "--month",
      required = true,
      paramLabel = "YYYY-MM",
      description = "The month to show, e.g. 2026-11.")
  YearMonth month;

  @Option(
      names = "--calendar-file",
      paramLabel = "FILE",
      description =
          "A business calendar in sla4j JSON, shown instead of the policy's calendar (the calendar"
              + " of its first business-time target).")
  Path calendarFile;

  /** One date of the month view. */
  record Day(
      LocalDate date,
      List<OpenPeriod> periods,
      Optional<Holiday> holiday,
      boolean special,
      Optional<RecurringSpecialHours> recurring,
      List<Closure> closures,
      Duration businessTime) {

    boolean marked() {
      return special || recurring.isPresent();
    }
  }

  @Override
  public Integer call() {
    if (calendarFile != null && policyOption.file != null) {
      throw new ParameterException(
          spec.commandLine(),
          "Options '--calendar-file' and '--policy' cannot be used together: the calendar file is"
              + " shown instead of the policy's calendar; give one of them");
    }
    BusinessCalendar calendar =
        calendarFile == null
            ? Inputs.businessCalendar(policyOption.load())
            : Inputs.readJson(
                spec.commandLine(),
                "--calendar-file",
                calendarFile,
                BusinessCalendar.class,
                "business calendar");
    List<Day> days = days(calendar, month);
    PrintWriter out = spec.commandLine().getOut();
    if (jsonOption.json) {
      Inputs.print(out, json(calendar, days));
    } else {
      print(out, calendar, days);
    }
    return 0;
  }

  static List<Day> days(BusinessCalendar calendar, YearMonth month) {
    List<Day> days = new ArrayList<>();
    for (int d = 1; d <= month.lengthOfMonth(); d++) {
      LocalDate date = month.atDay(d);
      List<OpenPeriod> periods = calendar.openPeriodsOn(date);
      Duration total =
          periods.stream().map(OpenPeriod::duration).reduce(Duration.ZERO, Duration::plus);
      days.add(
          new Day(
              date,
              periods,
              calendar.holidayOn(date),
              calendar.specialHours().containsKey(date),
              calendar.recurringSpecialHoursOn(date),
              calendar.closuresOn(date),
              total));
    }
    return days;
  }

  private void print(PrintWriter out, BusinessCalendar calendar, List<Day> days) {
    ZoneId zone = calendar.zone();
    out.println(calendar.name() + ": " + MONTH.format(month) + ", times in " + zone.getId());
    calendar
        .combination()
        .ifPresent(
            c ->
                out.println(
                    (c.operation() == CalendarCombination.Operation.UNION
                            ? "Open when any of these is open: "
                            : "Open when all of these are open: ")
                        + c.components().stream()
                            .map(part -> part.name() + " (" + part.zone().getId() + ")")
                            .collect(java.util.stream.Collectors.joining(", "))));
    Duration total = Duration.ZERO;
    for (Day day : days) {
      StringBuilder hours = new StringBuilder();
      for (OpenPeriod p : day.periods()) {
        hours.append(hours.length() > 0 ? ", " : "").append(window(p, day.date(), zone));
      }
      String line =
          String.format(
              "%s  %s %-13s %5s",
              DAY.format(day.date()),
              day.marked() ? "*" : " ",
              hours.length() == 0 ? "closed" : hours,
              day.businessTime().isZero() ? "" : Texts.duration(day.businessTime()));
      StringBuilder note = new StringBuilder();
      day.holiday().ifPresent(h -> note.append("  holiday: ").append(h.name()));
      day.recurring().ifPresent(r -> note.append("  special hours: ").append(r.rule().name()));
      for (Closure c : day.closures()) {
        note.append("  closed ").append(local(c, day.date(), zone)).append(": ").append(c.reason());
      }
      out.println((line + note).stripTrailing());
      total = total.plus(day.businessTime());
    }
    out.println();
    out.println(
        "Business time in "
            + month
            + ": "
            + Texts.duration(total)
            + " on "
            + days.stream().filter(d -> !d.periods().isEmpty()).count()
            + " working dates");
    if (days.stream().anyMatch(Day::marked)) {
      out.println("* special hours replace the weekly hours on that date");
    }
  }

  /** An open period as local times, {@code 03:00-18:00}; a close at the next midnight is 24:00. */
  static String window(OpenPeriod period, LocalDate date, ZoneId zone) {
    return Texts.time(period.startInclusive().atZone(zone).toLocalTime())
        + "-"
        + end(period.endExclusive(), date, zone);
  }

  /** The part of a closure within a date, as local times: {@code 12:00-15:00}. */
  static String local(Closure closure, LocalDate date, ZoneId zone) {
    Instant dayStart = date.atStartOfDay(zone).toInstant();
    Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
    Instant start =
        closure.startInclusive().isBefore(dayStart) ? dayStart : closure.startInclusive();
    Instant end = closure.endExclusive().isAfter(dayEnd) ? dayEnd : closure.endExclusive();
    return Texts.time(start.atZone(zone).toLocalTime()) + "-" + end(end, date, zone);
  }

  private static String end(Instant end, LocalDate date, ZoneId zone) {
    LocalDate endDate = end.atZone(zone).toLocalDate();
    LocalTime endTime = end.atZone(zone).toLocalTime();
    return endDate.isAfter(date) && endTime.equals(LocalTime.MIDNIGHT)
        ? "24:00"
        : Texts.time(endTime);
  }

  private ObjectNode json(BusinessCalendar calendar, List<Day> days) {
    ObjectNode node = Inputs.object();
    node.put("calendar", calendar.name());
    node.put("zone", calendar.zone().getId());
    node.put("month", month.toString());
    Duration total = Duration.ZERO;
    ArrayNode array = node.putArray("days");
    for (Day day : days) {
      ObjectNode d = array.addObject();
      d.put("date", day.date().toString());
      d.put("dayOfWeek", day.date().getDayOfWeek().name());
      d.put("working", !day.periods().isEmpty());
      ArrayNode open = d.putArray("open");
      for (OpenPeriod p : day.periods()) {
        ObjectNode w = open.addObject();
        String[] local = window(p, day.date(), calendar.zone()).split("-");
        w.put("open", local[0]);
        w.put("close", local[1]);
        w.put("start", p.startInclusive().toString());
        w.put("end", p.endExclusive().toString());
      }
      d.put("holiday", day.holiday().map(Holiday::name).orElse(null));
      d.put("specialHours", day.special());
      day.recurring().ifPresent(r -> d.put("recurringSpecialHours", r.rule().name()));
      if (!day.closures().isEmpty()) {
        ArrayNode closures = d.putArray("closures");
        for (Closure c : day.closures()) {
          ObjectNode n = closures.addObject();
          n.put("reason", c.reason());
          n.put("start", c.startInclusive().toString());
          n.put("end", c.endExclusive().toString());
        }
      }
      d.put("businessTime", day.businessTime().toString());
      total = total.plus(day.businessTime());
    }
    node.put("businessTime", total.toString());
    return node;
  }
}
