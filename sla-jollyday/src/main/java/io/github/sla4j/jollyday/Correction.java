package io.github.sla4j.jollyday;

import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.holiday.HolidayRule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One correction of Jollyday's data for a country, applied in list order to the holidays of a
 * calendar year. Each states why, for the documentation.
 */
sealed interface Correction {

  /** Why the correction is needed, with its source. */
  String reason();

  /**
   * Applies the correction.
   *
   * @param holidays the holidays of {@code year} by date, Jollyday's key as the map's second key
   * @param year the calendar year
   */
  void apply(TreeMap<LocalDate, List<Entry>> holidays, int year);

  /** A holiday with the Jollyday properties key it came from ("" for one added here). */
  record Entry(Holiday holiday, String key) {}

  /** Drops Jollyday's holidays with a properties key whose date lies in the given years. */
  record Drop(String key, int firstYear, int lastYear, String reason) implements Correction {
    @Override
    public void apply(TreeMap<LocalDate, List<Entry>> holidays, int year) {
      if (year < firstYear || year > lastYear) {
        return;
      }
      holidays.values().forEach(list -> list.removeIf(e -> e.key().equals(key)));
      holidays.values().removeIf(List::isEmpty);
    }
  }

  /** Adds the holidays of an sla4j rule. */
  record Add(HolidayRule rule, String reason) implements Correction {
    @Override
    public void apply(TreeMap<LocalDate, List<Entry>> holidays, int year) {
      for (int holidayYear = year - 1; holidayYear <= year + 1; holidayYear++) {
        rule.inYear(holidayYear)
            .filter(h -> h.date().getYear() == year)
            .ifPresent(
                h -> holidays.computeIfAbsent(h.date(), d -> new ArrayList<>()).add(entry(h)));
      }
    }
  }

  /**
   * Japan's substitute holiday (Act on National Holidays, art. 3(2)): a national holiday on a
   * Sunday makes the next day that is not a national holiday a holiday; before 2007 only the Monday
   * after.
   */
  record SubstituteHoliday(String name, String reason) implements Correction {
    @Override
    public void apply(TreeMap<LocalDate, List<Entry>> holidays, int year) {
      Map<LocalDate, List<Entry>> national = new TreeMap<>(holidays);
      for (LocalDate date : national.keySet()) {
        if (date.getDayOfWeek() != DayOfWeek.SUNDAY) {
          continue;
        }
        LocalDate substitute = date.plusDays(1);
        while (year >= 2007 && national.containsKey(substitute)) {
          substitute = substitute.plusDays(1);
        }
        if (!national.containsKey(substitute) && substitute.getYear() == year) {
          holidays.put(substitute, new ArrayList<>(List.of(entry(Holiday.of(name, substitute)))));
        }
      }
    }
  }

  /**
   * Japan's citizens' holiday (art. 3(3)): a day between two national holidays that is not one
   * itself is a holiday; before 2007 not on a Sunday or a substitute holiday.
   */
  record CitizensHoliday(String name, String reason) implements Correction {
    @Override
    public void apply(TreeMap<LocalDate, List<Entry>> holidays, int year) {
      List<LocalDate> bridges = new ArrayList<>();
      for (LocalDate date : holidays.keySet()) {
        LocalDate between = date.plusDays(1);
        if (isNational(holidays, date)
            && isNational(holidays, date.plusDays(2))
            && !holidays.containsKey(between)
            && (year >= 2007 || between.getDayOfWeek() != DayOfWeek.SUNDAY)) {
          bridges.add(between);
        }
      }
      bridges.forEach(d -> holidays.put(d, new ArrayList<>(List.of(entry(Holiday.of(name, d))))));
    }

    private static boolean isNational(TreeMap<LocalDate, List<Entry>> holidays, LocalDate date) {
      List<Entry> entries = holidays.get(date);
      return entries != null && entries.stream().anyMatch(e -> !e.key().equals(SUBSTITUTE_KEY));
    }
  }

  /** The key that marks holidays added by {@link SubstituteHoliday}. */
  String SUBSTITUTE_KEY = "sla4j.substitute";

  private static Entry entry(Holiday holiday) {
    return new Entry(holiday, "Substitute Holiday".equals(holiday.name()) ? SUBSTITUTE_KEY : "");
  }
}
