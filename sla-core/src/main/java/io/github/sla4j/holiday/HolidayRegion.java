package io.github.sla4j.holiday;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.ServiceLoader;

/**
 * A place whose public holidays a {@link HolidayProvider} knows: an ISO 3166-1 country code and
 * optional subdivision codes, outermost first (Germany, Bavaria: {@code of("de", "by")}), with the
 * choice of dates and holiday kinds.
 *
 * <p>By default a region's calendar closes on the <em>observed</em> date of each public holiday
 * (the substitute Monday of a UK bank holiday that falls on a Sunday) and leaves out bank holidays
 * that are not public holidays. {@link #withDates(Dates)} and {@link #withBankHolidays(boolean)}
 * change that explicitly.
 *
 * <p>Codes are kept in lower case; {@code of("DE", "BY")} equals {@code of("de", "by")}. This
 * record is immutable and thread-safe.
 *
 * @param country the ISO 3166-1 alpha-2 country code, lower case, such as {@code "de"}
 * @param subdivisions the subdivision codes, outermost first, lower case, such as {@code ["by"]}
 * @param dates which date of a holiday closes: the observed or the actual one
 * @param bankHolidays whether bank holidays that are not public holidays close too
 */
public record HolidayRegion(
    String country, List<String> subdivisions, Dates dates, boolean bankHolidays) {

  /** Which date of a holiday moved by an observance rule closes. */
  public enum Dates {
    /** The date on which the holiday is observed, such as a substitute Monday (the default). */
    OBSERVED,
    /** The date the holiday falls on, even on a weekend; substitute days are not closed. */
    ACTUAL
  }

  /**
   * Creates a region.
   *
   * @param country the ISO 3166-1 alpha-2 country code, not blank, not null
   * @param subdivisions the subdivision codes, outermost first, none blank, not null
   * @param dates which date closes, not null
   * @param bankHolidays whether bank holidays close too
   * @throws IllegalArgumentException if the country or a subdivision code is blank
   */
  public HolidayRegion {
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(subdivisions, "subdivisions");
    Objects.requireNonNull(dates, "dates");
    country = code(country, "Country code", country);
    List<String> codes = new ArrayList<>(subdivisions.size());
    for (String subdivision : subdivisions) {
      Objects.requireNonNull(subdivision, "subdivisions");
      codes.add(code(subdivision, "Subdivision code", country));
    }
    subdivisions = List.copyOf(codes);
  }

  /**
   * Obtains a region with observed dates and public holidays only.
   *
   * @param country the ISO 3166-1 alpha-2 country code, such as {@code "de"}, not blank, not null
   * @param subdivisions the subdivision codes, outermost first, such as {@code "by"}; none blank
   * @return the region, not null
   * @throws IllegalArgumentException if the country or a subdivision code is blank
   */
  public static HolidayRegion of(String country, String... subdivisions) {
    Objects.requireNonNull(subdivisions, "subdivisions");
    return new HolidayRegion(country, List.of(subdivisions), Dates.OBSERVED, false);
  }

  /**
   * Returns a copy with another choice of dates.
   *
   * @param dates which date closes, not null
   * @return the region, not null
   */
  public HolidayRegion withDates(Dates dates) {
    return new HolidayRegion(country, subdivisions, dates, bankHolidays);
  }

  /**
   * Returns a copy that does or does not close on bank holidays that are not public holidays.
   *
   * @param bankHolidays whether bank holidays close too
   * @return the region, not null
   */
  public HolidayRegion withBankHolidays(boolean bankHolidays) {
    return new HolidayRegion(country, subdivisions, dates, bankHolidays);
  }

  /**
   * Gets the codes joined with hyphens, upper case, such as {@code "DE-BY"}.
   *
   * @return the code, not null
   */
  public String code() {
    StringBuilder sb = new StringBuilder(country.toUpperCase(Locale.ROOT));
    subdivisions.forEach(s -> sb.append('-').append(s.toUpperCase(Locale.ROOT)));
    return sb.toString();
  }

  /**
   * Obtains this region's calendar from the first {@link HolidayProvider} that {@link
   * ServiceLoader} finds, such as the one in the {@code sla-jollyday} artifact.
   *
   * @return the calendar, not null
   * @throws IllegalStateException if no provider is installed
   * @throws IllegalArgumentException if the provider does not know the country or a subdivision
   */
  public HolidayCalendar calendar() {
    Iterator<HolidayProvider> providers =
        ServiceLoader.load(HolidayProvider.class, HolidayRegion.class.getClassLoader()).iterator();
    if (!providers.hasNext()) {
      throw new IllegalStateException(
          "No holiday provider is installed to compute the holidays of region "
              + code()
              + ": a calendar by country and subdivision needs one on the class path or module"
              + " path. Add the dependency io.github.sla4j:sla-jollyday.");
    }
    return providers.next().calendar(this);
  }

  private static String code(String code, String what, String country) {
    if (code.isBlank()) {
      throw new IllegalArgumentException(
          what
              + " '"
              + code
              + "' of holiday region '"
              + country
              + "' is blank: a region needs an ISO 3166 code such as \"de\" or \"by\". Leave an"
              + " empty subdivision out, or list the valid codes with"
              + " JollydayHolidays.countries() and JollydayHolidays.subdivisions(country).");
    }
    return code.strip().toLowerCase(Locale.ROOT);
  }
}
