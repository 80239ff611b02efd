package io.github.sla4j.calendar;

import io.github.sla4j.holiday.HolidayRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Special hours that recur on the dates of a {@link HolidayRule}: a half day on December 24 every
 * year, or short hours on the day before Thanksgiving ({@code HolidayRule.relativeTo(...,
 * thanksgiving, -1)}).
 *
 * <p>On each date the rule yields, the windows replace the weekly windows of that date and win over
 * a holiday on it, as date-specific special hours do; special hours given for that exact date win
 * over these. The windows lie within their date: none crosses midnight.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param rule the rule whose observed dates get the windows
 * @param windows the windows of each such date, sorted, touching windows merged, at least one,
 *     unmodifiable
 */
public record RecurringSpecialHours(HolidayRule rule, List<TimeWindow> windows) {

  /**
   * Creates recurring special hours.
   *
   * @param rule the rule, not null
   * @param windows the windows, at least one, not null, no nulls
   * @throws IllegalArgumentException if there is no window, a window crosses midnight, or two
   *     windows overlap
   */
  public RecurringSpecialHours {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(windows, "windows");
    String where = "recurring special hours '" + rule.name() + "'";
    if (windows.isEmpty()) {
      throw new IllegalArgumentException(
          "The "
              + where
              + " have no windows: give at least one window, e.g. specialHours(rule,"
              + " TimeWindow.parse(\"09:00-12:00\")). To close those dates instead, add the rule"
              + " to the holidays.");
    }
    List<TimeWindow> checked = new ArrayList<>();
    for (int i = 0; i < windows.size(); i++) {
      TimeWindow w = Objects.requireNonNull(windows.get(i), "windows[" + i + "]");
      if (w.crossesMidnight()) {
        throw new IllegalArgumentException(
            "Window "
                + w
                + " of the "
                + where
                + " crosses midnight: recurring special hours must lie within their date. Close"
                + " it by 24:00, or give a night shift as date-specific special hours.");
      }
      BusinessCalendar.addWithoutOverlap(checked, w, where);
    }
    windows = BusinessCalendar.merged(checked);
  }
}
