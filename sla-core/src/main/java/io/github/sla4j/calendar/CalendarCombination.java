package io.github.sla4j.calendar;

import java.util.List;
import java.util.Objects;

/**
 * How a combined calendar ({@link BusinessCalendar#union} or {@link BusinessCalendar#intersection})
 * is made: the operation and its components, in the order given.
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param operation whether the result is open when any component is open, or only when all are
 * @param components the calendars combined, at least one, unmodifiable
 */
public record CalendarCombination(Operation operation, List<BusinessCalendar> components) {

  /** The set operation a combined calendar applies to its components' open time. */
  public enum Operation {
    /** Open iff any component is open. */
    UNION,
    /** Open iff every component is open. */
    INTERSECTION
  }

  /**
   * Creates the description of a combination.
   *
   * @param operation the operation, not null
   * @param components the components, not empty, not null
   */
  public CalendarCombination {
    Objects.requireNonNull(operation, "operation");
    components = List.copyOf(components);
  }
}
