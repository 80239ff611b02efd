package io.github.sla4j.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.jollyday.JollydayHolidays;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sla holidays}: the holidays observed in a year. */
@Command(
    name = "holidays",
    mixinStandardHelpOptions = true,
    description =
        "Prints the holidays observed in a year, by observed date; a holiday moved by an"
            + " observance rule shows the date it falls on.")
final class HolidaysCommand implements Callable<Integer> {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("EEE uuuu-MM-dd", Locale.ENGLISH);

  /** The built-in holiday calendars. */
  enum Preset {
    US_FEDERAL,
    NYSE
  }

  @Spec CommandSpec spec;
  @Mixin Options.Json jsonOption;

  @Option(
      names = "--year",
      required = true,
      paramLabel = "YYYY",
      description = "The year of the observed dates, e.g. 2027.")
  Year year;

  @Option(
      names = "--calendar",
      paramLabel = "NAME",
      description = "A built-in holiday calendar: us_federal, nyse. Default: us_federal.")
  Preset preset;

  @Option(
      names = "--holidays-file",
      paramLabel = "FILE",
      description = "A holiday calendar in sla4j JSON, used instead of --calendar.")
  Path file;

  @Option(
      names = "--country",
      paramLabel = "CODE",
      description =
          "An ISO 3166-1 country code such as de, gb, jp: its public holidays from Jollyday,"
              + " used instead of --calendar.")
  String country;

  @Option(
      names = "--subdivision",
      paramLabel = "CODE",
      description = "With --country: a subdivision such as by (Bavaria); repeat for a city.")
  List<String> subdivisions = List.of();

  @Override
  public Integer call() {
    List<String> sources = new java.util.ArrayList<>();
    if (preset != null) {
      sources.add("--calendar");
    }
    if (file != null) {
      sources.add("--holidays-file");
    }
    if (country != null) {
      sources.add("--country");
    }
    if (sources.size() > 1) {
      throw new ParameterException(
          spec.commandLine(),
          "Options '"
              + sources.get(0)
              + "' and '"
              + sources.get(1)
              + "' cannot be used together: each names the holiday calendar to list; give one of"
              + " them");
    }
    if (country == null && !subdivisions.isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "Option '--subdivision' needs '--country': a subdivision is part of a country, such as"
              + " --country de --subdivision by");
    }
    HolidayCalendar holidays =
        file != null
            ? Inputs.readJson(
                spec.commandLine(),
                "--holidays-file",
                file,
                HolidayCalendar.class,
                "holiday calendar")
            : country != null
                ? jollyday()
                : preset == Preset.NYSE ? HolidayCalendar.nyse() : HolidayCalendar.usFederal();
    List<Holiday> list = holidays.holidaysIn(year.getValue());
    PrintWriter out = spec.commandLine().getOut();
    if (jsonOption.json) {
      ObjectNode node = Inputs.object();
      node.put("calendar", holidays.name());
      node.put("year", year.getValue());
      ArrayNode array = node.putArray("holidays");
      for (Holiday h : list) {
        ObjectNode item = array.addObject();
        item.put("date", h.date().toString());
        item.put("name", h.name());
        item.put("scheduledDate", h.scheduledDate().toString());
      }
      Inputs.print(out, node);
      return 0;
    }
    String noun = list.size() == 1 ? " holiday" : " holidays";
    out.println(holidays.name() + ": " + list.size() + noun + " observed in " + year);
    for (Holiday h : list) {
      String moved =
          h.isMoved() ? "  (falls on " + DAY.format(h.scheduledDate()) + ", observed here)" : "";
      out.println(DAY.format(h.date()) + "  " + h.name() + moved);
    }
    return 0;
  }

  private HolidayCalendar jollyday() {
    try {
      return JollydayHolidays.of(country, subdivisions.toArray(new String[0]));
    } catch (IllegalArgumentException e) {
      String option = e.getMessage().startsWith("Country") ? "--country" : "--subdivision";
      throw Inputs.bad(spec.commandLine(), option, e.getMessage());
    }
  }
}
