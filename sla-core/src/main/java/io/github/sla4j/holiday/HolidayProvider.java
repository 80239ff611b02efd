package io.github.sla4j.holiday;

/**
 * A service that computes the holiday calendar of a {@link HolidayRegion}, found with {@link
 * java.util.ServiceLoader}. The module {@code io.github.sla4j.jollyday} (artifact {@code
 * sla-jollyday}) provides one; {@link HolidayRegion#calendar()} uses it.
 *
 * <p>Implementations must be thread-safe and have a public no-argument constructor (or a public
 * static {@code provider()} method, under the module system).
 */
public interface HolidayProvider {

  /**
   * Gets the provider's name for messages, such as {@code "Jollyday"}.
   *
   * @return the name, not null
   */
  String name();

  /**
   * Obtains the holiday calendar of a region.
   *
   * @param region the region, not null
   * @return the calendar, whose holidays come from a {@link HolidaySource} that reports {@code
   *     region} as its {@link HolidaySource#region()}; not null
   * @throws IllegalArgumentException if the provider does not know the country or a subdivision
   */
  HolidayCalendar calendar(HolidayRegion region);
}
