package io.github.sla4j.jollyday;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.holiday.HolidayCalendar;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The corrected calendars against fact tables drawn from official sources (see each table's
 * header), year by year. A failure lists the dates that differ.
 */
class FactTablesTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "DE-BY, de, by",
    "GB-SCT, gb, sct",
    "FR, fr, ''",
    "IN, in, ''",
    "BR, br, ''",
    "JP, jp, ''"
  })
  void calendar_matchesFactTable(String table, String country, String subdivision)
      throws IOException {
    HolidayCalendar calendar =
        subdivision.isEmpty()
            ? JollydayHolidays.of(country)
            : JollydayHolidays.of(country, subdivision);
    Facts facts = Facts.read(table);

    List<String> differences = new ArrayList<>();
    for (int year : facts.years) {
      TreeSet<LocalDate> expected = facts.datesIn(year);
      TreeSet<LocalDate> actual = new TreeSet<>();
      calendar.holidaysIn(year).forEach(h -> actual.add(h.date()));
      if (!expected.equals(actual)) {
        TreeSet<LocalDate> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        TreeSet<LocalDate> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        differences.add(
            year
                + ": missing "
                + missing
                + ", extra "
                + extra
                + " "
                + calendar.holidaysIn(year).stream()
                    .filter(h -> extra.contains(h.date()))
                    .map(Holiday::toString)
                    .toList());
      }
    }
    assertThat(differences).as(table).isEmpty();
    assertThat(facts.years).hasSizeGreaterThan(40);
  }

  /** A fact table: "date,name" lines, "#" comments, "years: a-b[,c-d]" naming the years held. */
  static final class Facts {
    final List<Integer> years = new ArrayList<>();
    final List<LocalDate> dates = new ArrayList<>();

    static Facts read(String table) throws IOException {
      Facts facts = new Facts();
      try (InputStream in =
              Objects.requireNonNull(
                  FactTablesTest.class.getResourceAsStream("/facts/" + table + ".csv"), table);
          BufferedReader reader =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        String line;
        while ((line = reader.readLine()) != null) {
          if (line.startsWith("# years: ")) {
            for (String range : line.substring(9).split(",")) {
              String[] ends = range.strip().split("-");
              for (int y = Integer.parseInt(ends[0]); y <= Integer.parseInt(ends[1]); y++) {
                facts.years.add(y);
              }
            }
          } else if (!line.startsWith("#") && !line.isBlank()) {
            facts.dates.add(LocalDate.parse(line.substring(0, line.indexOf(','))));
          }
        }
      }
      return facts;
    }

    TreeSet<LocalDate> datesIn(int year) {
      TreeSet<LocalDate> result = new TreeSet<>();
      dates.stream().filter(d -> d.getYear() == year).forEach(result::add);
      return result;
    }
  }
}
