package io.github.sla4j.jollyday;

import de.focus_shift.jollyday.core.CalendarHierarchy;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.ManagerParameters;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRegion;
import java.time.DateTimeException;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * Holiday calendars for 230 countries and their subdivisions, from Jollyday.
 *
 * <p>{@code JollydayHolidays.of("de", "by")} is the public holidays of Bavaria: computed one
 * calendar year at a time when first needed, cached, and shared by every calendar made for the same
 * {@link HolidayRegion}. By default a calendar closes on the <em>observed</em> date of each
 * <em>public</em> holiday: Jollyday's observances (such as Mother's Day) never close, bank holidays
 * only with {@link HolidayRegion#withBankHolidays(boolean)}, and {@link
 * HolidayRegion#withDates(HolidayRegion.Dates)} chooses the actual dates instead. Holidays keep
 * Jollyday's English names, which explanations show.
 *
 * <p>Where Jollyday's data disagrees with official sources, a correction layer fixes it with sla4j
 * holiday rules (the user guide lists every correction): Japan (equinox days, substitute and
 * citizens' holidays, the Emperor's Birthday, the special days of 2019–2021; computed from 2000 to
 * 2099 only), India (computed Islamic holidays removed), Brazil (optional days removed), the United
 * Kingdom (2002) and France (2004).
 *
 * <p>This class is thread-safe.
 */
public final class JollydayHolidays {

  /** The first year a calendar computes (the first Gregorian year). */
  public static final int MIN_YEAR = 1583;

  /** The last year a calendar computes. */
  public static final int MAX_YEAR = 9999;

  private static final ConcurrentMap<HolidayRegion, HolidayCalendar> CALENDARS =
      new ConcurrentHashMap<>();

  private JollydayHolidays() {}

  /**
   * Obtains the public holidays of a country or subdivision, observed dates, without bank holidays;
   * same as {@code of(HolidayRegion.of(country, subdivisions))}.
   *
   * @param country the ISO 3166-1 alpha-2 code, any case, such as {@code "de"}; or a financial
   *     calendar of Jollyday such as {@code "nyse"}; not null
   * @param subdivisions the subdivision codes, outermost first, such as {@code "by"} (Bavaria),
   *     then {@code "mu"} (Munich); not null
   * @return the calendar, named by the region's code, such as {@code "DE-BY"}, not null
   * @throws IllegalArgumentException if a code is blank or unknown; the message lists the valid
   *     ones
   * @throws IllegalStateException if Jollyday finds no XML reader on the class or module path
   */
  public static HolidayCalendar of(String country, String... subdivisions) {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(subdivisions, "subdivisions");
    return of(HolidayRegion.of(country, subdivisions));
  }

  /**
   * Obtains the holidays of a region, with its choice of dates and bank holidays.
   *
   * @param region the region, not null
   * @return the calendar, not null
   * @throws IllegalArgumentException if the country or a subdivision is unknown; the message lists
   *     the valid codes
   * @throws IllegalStateException if Jollyday finds no XML reader on the class or module path
   */
  public static HolidayCalendar of(HolidayRegion region) {
    Objects.requireNonNull(region, "region");
    HolidayCalendar calendar = CALENDARS.get(region);
    if (calendar == null) {
      HolidayManager manager = manager(region.country());
      checkSubdivisions(region, manager.getCalendarHierarchy());
      calendar = HolidayCalendar.of(name(region), new JollydaySource(region, manager));
      HolidayCalendar raced = CALENDARS.putIfAbsent(region, calendar);
      calendar = raced != null ? raced : calendar;
    }
    return calendar;
  }

  /**
   * Lists the codes that {@link #of(String, String...)} accepts as a country, with Jollyday's
   * English names: ISO 3166-1 codes such as {@code "de"}, and financial calendars such as {@code
   * "nyse"}.
   *
   * @return the codes, lower case, sorted, unmodifiable, not null
   */
  public static SortedMap<String, String> countries() {
    SortedMap<String, String> codes = new TreeMap<>();
    for (de.focus_shift.jollyday.core.HolidayCalendar c :
        de.focus_shift.jollyday.core.HolidayCalendar.values()) {
      codes.put(c.getId().toLowerCase(Locale.ROOT), c.name());
    }
    return Collections.unmodifiableSortedMap(codes);
  }

  /**
   * Lists the subdivision codes of a country or subdivision, with their names, such as {@code "by"
   * → "Bavaria"} for {@code subdivisions("de")}, or the cities of Bavaria for {@code
   * subdivisions("de", "by")}.
   *
   * @param country the country code, not null
   * @param subdivisions the path of subdivisions to list the children of; not null
   * @return the codes, lower case, sorted, unmodifiable, empty if there are none, not null
   * @throws IllegalArgumentException if a code is unknown
   */
  public static SortedMap<String, String> subdivisions(String country, String... subdivisions) {
    HolidayRegion region = HolidayRegion.of(country, subdivisions);
    CalendarHierarchy node =
        checkSubdivisions(region, manager(region.country()).getCalendarHierarchy());
    return children(node);
  }

  // -----------------------------------------------------------------------

  static void checkYear(HolidayRegion region, int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new DateTimeException(
          "Year "
              + year
              + " is outside the range of the Jollyday holidays of "
              + region.code()
              + ": they are computed from "
              + MIN_YEAR
              + " to "
              + MAX_YEAR
              + ". Ask for a year in that range.");
    }
    if (region.country().equals("jp")
        && (year < Corrections.JAPAN_FIRST_YEAR || year > Corrections.JAPAN_LAST_YEAR)) {
      throw new DateTimeException(
          "Year "
              + year
              + " is outside the range of the corrected Japanese holidays ("
              + Corrections.JAPAN_FIRST_YEAR
              + " to "
              + Corrections.JAPAN_LAST_YEAR
              + "): Jollyday's Japanese data lacks the equinox and substitute days, which sla4j"
              + " computes only for those years. Ask for a year in that range.");
    }
  }

  private static HolidayManager manager(String country) {
    de.focus_shift.jollyday.core.HolidayCalendar calendar =
        Arrays.stream(de.focus_shift.jollyday.core.HolidayCalendar.values())
            .filter(c -> c.getId().equalsIgnoreCase(country))
            .findFirst()
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "Country code '"
                            + country
                            + "' is unknown to Jollyday: a country must be an ISO 3166-1"
                            + " alpha-2 code such as \"de\", \"gb\" or \"jp\", or a financial"
                            + " calendar such as \"nyse\". List the valid codes with"
                            + " JollydayHolidays.countries()."));
    try {
      return HolidayManager.getInstance(ManagerParameters.create(calendar));
    } catch (IllegalStateException e) {
      throw new IllegalStateException(
          "Jollyday cannot read its holiday data for country '"
              + country
              + "' ("
              + e.getMessage()
              + "): it needs exactly one XML reader on the class or module path. Add"
              + " de.focus-shift:jollyday-jaxb (sla-jollyday brings it unless excluded).",
          e);
    }
  }

  private static CalendarHierarchy checkSubdivisions(
      HolidayRegion region, CalendarHierarchy country) {
    CalendarHierarchy node = country;
    StringBuilder path = new StringBuilder(region.country());
    List<String> codes = region.subdivisions();
    for (String code : codes) {
      CalendarHierarchy child = findChild(node, code);
      if (child == null) {
        Map<String, String> valid = children(node);
        throw new IllegalArgumentException(
            "Subdivision code '"
                + code
                + "' is unknown to Jollyday in "
                + path
                + ": "
                + (valid.isEmpty()
                    ? "it has no subdivisions. Leave the subdivision out."
                    : "a subdivision must be one of " + valid.keySet() + ".")
                + " List them with JollydayHolidays.subdivisions(\""
                + String.join("\", \"", path.toString().split("/"))
                + "\").");
      }
      node = child;
      path.append('/').append(code);
    }
    return node;
  }

  private static @Nullable CalendarHierarchy findChild(CalendarHierarchy node, String code) {
    for (Map.Entry<String, CalendarHierarchy> e : node.getChildren().entrySet()) {
      if (e.getKey().equalsIgnoreCase(code)) {
        return e.getValue();
      }
    }
    return null;
  }

  private static SortedMap<String, String> children(CalendarHierarchy node) {
    SortedMap<String, String> codes = new TreeMap<>();
    node.getChildren()
        .forEach(
            (id, child) ->
                codes.put(id.toLowerCase(Locale.ROOT), child.getDescription(Locale.ENGLISH)));
    return Collections.unmodifiableSortedMap(codes);
  }

  private static String name(HolidayRegion region) {
    String name = region.code();
    if (region.bankHolidays()) {
      name += " with bank holidays";
    }
    return region.dates() == HolidayRegion.Dates.ACTUAL ? name + " (actual dates)" : name;
  }
}
