package io.github.sla4j.policy;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.internal.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * A response target, bound to the calendar whose clock it runs on: elapsed time on the 24/7 clock,
 * business time, or business days.
 *
 * <p>The target's <em>clock</em> measures time between two instants: elapsed time for {@link
 * TargetKind#ELAPSED}, business time on the calendar otherwise. Its <em>length</em> from a start is
 * its duration, or for business days the business time from the start to {@link
 * #deadlineFrom(Instant)}; fractions of a target are fractions of that length.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ResponseTarget {

  private final TargetKind kind;
  private final @Nullable Duration duration;
  private final int days;
  private final BusinessCalendar calendar;

  private ResponseTarget(
      TargetKind kind, @Nullable Duration duration, int days, BusinessCalendar calendar) {
    this.kind = kind;
    this.duration = duration;
    this.days = days;
    this.calendar = calendar;
  }

  /**
   * Obtains a target of elapsed time on the 24/7 clock, e.g. "4 hours, 24/7".
   *
   * @param duration the elapsed time, positive, not null
   * @param zone the zone explanations show times in, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public static ResponseTarget ofElapsed(Duration duration, ZoneId zone) {
    return new ResponseTarget(
        TargetKind.ELAPSED, checkPositive(duration), 0, BusinessCalendar.alwaysOpen(zone));
  }

  /**
   * Obtains a target of business time, e.g. "4 business hours".
   *
   * @param duration the business time, positive, not null
   * @param calendar the calendar whose open time counts, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  public static ResponseTarget ofBusinessTime(Duration duration, BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    return new ResponseTarget(TargetKind.BUSINESS_TIME, checkPositive(duration), 0, calendar);
  }

  /**
   * Obtains a target of business days, e.g. "2 business days", with the meaning of {@link
   * BusinessCalendar#addBusinessDays(Instant, int)}.
   *
   * @param days the number of business days, one or more
   * @param calendar the calendar whose working dates count, not null
   * @return the target, not null
   * @throws IllegalArgumentException if {@code days} is less than one
   */
  public static ResponseTarget ofBusinessDays(int days, BusinessCalendar calendar) {
    Objects.requireNonNull(calendar, "calendar");
    if (days < 1) {
      throw new IllegalArgumentException(
          "Business-days target of "
              + days
              + " days: a target needs at least 1 business day; use a positive number");
    }
    return new ResponseTarget(TargetKind.BUSINESS_DAYS, null, days, calendar);
  }

  private static Duration checkPositive(Duration duration) {
    Objects.requireNonNull(duration, "duration");
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException(
          "Response target of "
              + duration
              + ": a target must be a positive duration; use e.g. Duration.ofHours(4)");
    }
    return duration;
  }

  /**
   * Gets the kind of target.
   *
   * @return the kind, not null
   */
  public TargetKind kind() {
    return kind;
  }

  /**
   * Gets the duration of an elapsed-time or business-time target.
   *
   * @return the duration, empty for a business-days target
   */
  public Optional<Duration> duration() {
    return Optional.ofNullable(duration);
  }

  /**
   * Gets the number of days of a business-days target.
   *
   * @return the days, empty for the other kinds
   */
  public OptionalInt businessDays() {
    return kind == TargetKind.BUSINESS_DAYS ? OptionalInt.of(days) : OptionalInt.empty();
  }

  /**
   * Gets the calendar the target runs on: a 24/7 calendar for elapsed time.
   *
   * @return the calendar, not null
   */
  public BusinessCalendar calendar() {
    return calendar;
  }

  /**
   * Checks whether the target runs on business time (business time or business days).
   *
   * @return true unless the target is elapsed time on the 24/7 clock
   */
  public boolean isBusiness() {
    return kind != TargetKind.ELAPSED;
  }

  /**
   * Returns a copy with the holidays of its calendar replaced; an elapsed-time target is returned
   * unchanged.
   *
   * @param holidays the holidays, not null
   * @return the target, not null
   */
  public ResponseTarget withHolidays(HolidayCalendar holidays) {
    Objects.requireNonNull(holidays, "holidays");
    if (!isBusiness()) {
      return this;
    }
    return new ResponseTarget(kind, duration, days, calendar.withHolidays(holidays));
  }

  /**
   * Computes the deadline of the target for a clock started at an instant, with no pauses.
   *
   * @param start the start, typically the opening of the case, not null
   * @return the deadline, not null
   * @throws java.time.DateTimeException if the calendar has no open time within its horizon
   */
  public Instant deadlineFrom(Instant start) {
    Objects.requireNonNull(start, "start");
    switch (kind) {
      case ELAPSED:
        return start.plus(duration);
      case BUSINESS_TIME:
        return calendar.addBusinessTime(start, duration);
      default:
        return calendar.addBusinessDays(start, days);
    }
  }

  /**
   * Gets the length of the target for a clock started at an instant: its duration, or for business
   * days the business time from the start to {@link #deadlineFrom(Instant)}.
   *
   * @param start the start, not null
   * @return the length on the target's clock, positive, not null
   */
  public Duration lengthFrom(Instant start) {
    Objects.requireNonNull(start, "start");
    if (duration != null) {
      return duration;
    }
    return calendar.businessTimeBetween(start, calendar.addBusinessDays(start, days));
  }

  /**
   * Measures time on the target's clock within {@code [startInclusive, endExclusive)}: elapsed
   * time, or business time. Negated when the end is before the start.
   *
   * @param startInclusive the start, not null
   * @param endExclusive the end, not null
   * @return the time on the target's clock, not null
   */
  public Duration clockTimeBetween(Instant startInclusive, Instant endExclusive) {
    if (isBusiness()) {
      return calendar.businessTimeBetween(startInclusive, endExclusive);
    }
    return Duration.between(startInclusive, endExclusive);
  }

  /**
   * Finds the earliest instant at or after {@code start} at which the target's clock has run for
   * {@code amount} since {@code start}.
   *
   * @param start the start, not null
   * @param amount the clock time, zero or positive, not null
   * @return the instant, not null
   * @throws IllegalArgumentException if the amount is negative
   */
  public Instant plusClockTime(Instant start, Duration amount) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "Clock time " + amount + " is negative: pass zero or a positive duration");
    }
    return isBusiness() ? calendar.addBusinessTime(start, amount) : start.plus(amount);
  }

  /**
   * Describes the target for people, e.g. {@code 4 h on the 24/7 clock} or {@code 2 business days
   * on Threekit business hours}.
   *
   * @return the description, not null
   */
  public String describe() {
    switch (kind) {
      case ELAPSED:
        return Texts.format(duration) + " on the 24/7 clock";
      case BUSINESS_TIME:
        return Texts.format(duration) + " of business time on " + calendar.name();
      default:
        return days + (days == 1 ? " business day" : " business days") + " on " + calendar.name();
    }
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ResponseTarget other
        && kind == other.kind
        && Objects.equals(duration, other.duration)
        && days == other.days
        && calendar.equals(other.calendar);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, duration, days, calendar);
  }

  /** Returns {@link #describe()}. */
  @Override
  public String toString() {
    return describe();
  }
}
