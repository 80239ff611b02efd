package io.github.sla4j.jollyday;

import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.holiday.HolidayRegion;
import io.github.sla4j.holiday.HolidaySource;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * The holidays of one region from Jollyday, corrected, one calendar year at a time and cached
 * (Jollyday's own results are per holiday year and carry no sla4j names). Equal by region.
 */
final class JollydaySource implements HolidaySource {

  private static final int MAX_CACHED_YEARS = 1024;

  private final HolidayRegion region;
  private final HolidayManager manager;
  private final String[] subdivisions;
  private final List<Correction> corrections;
  private final ConcurrentMap<Integer, List<Holiday>> cache = new ConcurrentHashMap<>();

  JollydaySource(HolidayRegion region, HolidayManager manager) {
    this.region = region;
    this.manager = manager;
    this.subdivisions = region.subdivisions().toArray(new String[0]);
    this.corrections = Corrections.of(region.country());
  }

  @Override
  public List<Holiday> holidaysIn(int year) {
    List<Holiday> holidays = cache.get(year);
    if (holidays == null) {
      holidays = compute(year);
      if (cache.size() >= MAX_CACHED_YEARS) {
        cache.clear();
      }
      cache.putIfAbsent(year, holidays);
    }
    return holidays;
  }

  @Override
  public Optional<HolidayRegion> region() {
    return Optional.of(region);
  }

  private List<Holiday> compute(int year) {
    JollydayHolidays.checkYear(region, year);
    boolean actual =
        region.dates() == HolidayRegion.Dates.ACTUAL
            || Corrections.usesActualDates(region.country());
    TreeMap<LocalDate, List<Correction.Entry>> byDate = new TreeMap<>();
    for (int holidayYear = year - 1; holidayYear <= year + 1; holidayYear++) {
      for (de.focus_shift.jollyday.core.Holiday h : jollyday(year, holidayYear)) {
        LocalDate date = actual ? h.getActualDate() : h.getDate();
        if (date.getYear() == year && isIncluded(h.getType())) {
          Holiday holiday = Holiday.of(name(h), date, actual ? date : h.getActualDate());
          byDate
              .computeIfAbsent(date, d -> new ArrayList<>())
              .add(new Correction.Entry(holiday, h.getPropertiesKey()));
        }
      }
    }
    for (Correction correction : corrections) {
      correction.apply(byDate, year);
    }
    List<Holiday> result = new ArrayList<>();
    byDate.values().forEach(entries -> entries.forEach(e -> result.add(e.holiday())));
    return List.copyOf(result);
  }

  private java.util.Set<de.focus_shift.jollyday.core.Holiday> jollyday(int year, int holidayYear) {
    try {
      return manager.getHolidays(Year.of(holidayYear), subdivisions);
    } catch (DateTimeException e) {
      throw new DateTimeException(
          "Year "
              + year
              + " is outside the range Jollyday can compute for "
              + region.code()
              + " ("
              + e.getMessage()
              + "): ask for a year from "
              + JollydayHolidays.MIN_YEAR
              + " to "
              + JollydayHolidays.MAX_YEAR
              + " that the country's calendars cover, such as 1900 to 2150.",
          e);
    }
  }

  private boolean isIncluded(HolidayType type) {
    return switch (type) {
      case PUBLIC_HOLIDAY -> true;
      case BANK_HOLIDAY -> region.bankHolidays();
      case OBSERVANCE -> false;
    };
  }

  private static String name(de.focus_shift.jollyday.core.Holiday h) {
    String name = h.getDescription(Locale.ENGLISH);
    return name.isBlank() ? "Holiday" : name;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof JollydaySource other && region.equals(other.region);
  }

  @Override
  public int hashCode() {
    return region.hashCode();
  }

  @Override
  public String toString() {
    return "Jollyday[" + region.code() + ", " + region.dates() + "]";
  }
}
