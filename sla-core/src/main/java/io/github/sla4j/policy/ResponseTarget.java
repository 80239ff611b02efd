package io.github.sla4j.policy;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.internal.Texts;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.function.Function;

/**
 * A response target, bound to the calendar whose clock it runs on: {@link Elapsed elapsed time} on
 * the 24/7 clock, {@link BusinessTime business time}, or {@link BusinessDays business days}.
 *
 * <p>The target's <em>clock</em> measures time between two instants: elapsed time for an elapsed
 * target, business time on the calendar otherwise. An elapsed target is business time on the 24/7
 * calendar of its zone ({@link BusinessCalendar#alwaysOpen(ZoneId)}), where business time equals
 * elapsed time. Its <em>length</em> from a start is its duration, or for business days the business
 * time from the start to {@link #deadlineFrom(Instant)}; fractions of a target are fractions of
 * that length.
 *
 * <p>The kinds are a closed set of records, each holding its own logic. Code that needs the kind (a
 * serialiser, say) reads it with {@link #match(Function, Function, Function)}, which takes one
 * function per kind, so a new kind fails to compile until every such place handles it.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ResponseTarget
    permits ResponseTarget.Elapsed, ResponseTarget.BusinessTime, ResponseTarget.BusinessDays {

  /**
   * Obtains a target of elapsed time on the 24/7 clock, e.g. "4 hours, 24/7".
   *
   * @param duration the elapsed time, positive, not null
   * @param zone the zone explanations show times in, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  static ResponseTarget ofElapsed(Duration duration, ZoneId zone) {
    return new Elapsed(duration, zone);
  }

  /**
   * Obtains a target of business time, e.g. "4 business hours".
   *
   * @param duration the business time, positive, not null
   * @param calendar the calendar whose open time counts, not null
   * @return the target, not null
   * @throws IllegalArgumentException if the duration is zero or negative
   */
  static ResponseTarget ofBusinessTime(Duration duration, BusinessCalendar calendar) {
    return new BusinessTime(duration, calendar);
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
  static ResponseTarget ofBusinessDays(int days, BusinessCalendar calendar) {
    return new BusinessDays(days, calendar);
  }

  /**
   * Gets the calendar the target runs on: the 24/7 calendar of its zone for elapsed time.
   *
   * @return the calendar, not null
   */
  BusinessCalendar calendar();

  /**
   * Checks whether the target runs on business time (business time or business days).
   *
   * @return true unless the target is elapsed time on the 24/7 clock
   */
  boolean isBusiness();

  /**
   * Applies the function for the target's kind: the exhaustive switch over the kinds.
   *
   * @param <R> the type of the result
   * @param elapsed applied to an elapsed-time target, not null
   * @param businessTime applied to a business-time target, not null
   * @param businessDays applied to a business-days target, not null
   * @return the function's result
   */
  <R> R match(
      Function<? super Elapsed, ? extends R> elapsed,
      Function<? super BusinessTime, ? extends R> businessTime,
      Function<? super BusinessDays, ? extends R> businessDays);

  /**
   * Returns a copy with the holidays of its calendar replaced; an elapsed-time target is returned
   * unchanged.
   *
   * @param holidays the holidays, not null
   * @return the target, not null
   */
  ResponseTarget withHolidays(HolidayCalendar holidays);

  /**
   * Computes the deadline of the target for a clock started at an instant, with no pauses.
   *
   * @param start the start, typically the opening of the case, not null
   * @return the deadline, not null
   * @throws java.time.DateTimeException if the calendar has no open time within its horizon
   */
  Instant deadlineFrom(Instant start);

  /**
   * Gets the length of the target for a clock started at an instant: its duration, or for business
   * days the business time from the start to {@link #deadlineFrom(Instant)}.
   *
   * @param start the start, not null
   * @return the length on the target's clock, positive, not null
   */
  Duration lengthFrom(Instant start);

  /**
   * Measures time on the target's clock within {@code [startInclusive, endExclusive)}: elapsed
   * time, or business time. Negated when the end is before the start.
   *
   * @param startInclusive the start, not null
   * @param endExclusive the end, not null
   * @return the time on the target's clock, not null
   */
  default Duration clockTimeBetween(Instant startInclusive, Instant endExclusive) {
    return calendar().businessTimeBetween(startInclusive, endExclusive);
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
  default Instant plusClockTime(Instant start, Duration amount) {
    checkClockTime(start, amount);
    return calendar().addBusinessTime(start, amount);
  }

  /**
   * Describes the target for people, e.g. {@code 4 h on the 24/7 clock} or {@code 2 business days
   * on Threekit business hours}.
   *
   * @return the description, not null
   */
  String describe();

  /**
   * Elapsed time on the 24/7 clock: the deadline is the start plus the duration, whatever the wall
   * clock does across DST changes. This is business time on {@link
   * BusinessCalendar#alwaysOpen(ZoneId)}, whose business time equals elapsed time.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param duration the elapsed time, positive, not null
   * @param zone the zone explanations show times in, not null
   */
  record Elapsed(Duration duration, ZoneId zone) implements ResponseTarget {

    /**
     * Checks the components.
     *
     * @param duration the elapsed time, positive, not null
     * @param zone the zone explanations show times in, not null
     * @throws IllegalArgumentException if the duration is zero or negative
     */
    public Elapsed {
      checkPositive(duration);
      Objects.requireNonNull(zone, "zone");
    }

    /**
     * Gets the 24/7 calendar of the zone, {@link BusinessCalendar#alwaysOpen(ZoneId)}.
     *
     * @return the calendar, not null
     */
    @Override
    public BusinessCalendar calendar() {
      return BusinessCalendar.alwaysOpen(zone);
    }

    @Override
    public boolean isBusiness() {
      return false;
    }

    @Override
    public <R> R match(
        Function<? super Elapsed, ? extends R> elapsed,
        Function<? super BusinessTime, ? extends R> businessTime,
        Function<? super BusinessDays, ? extends R> businessDays) {
      return elapsed.apply(this);
    }

    @Override
    public Duration clockTimeBetween(Instant startInclusive, Instant endExclusive) {
      return Duration.between(startInclusive, endExclusive);
    }

    @Override
    public Instant plusClockTime(Instant start, Duration amount) {
      checkClockTime(start, amount);
      return start.plus(amount);
    }

    @Override
    public ResponseTarget withHolidays(HolidayCalendar holidays) {
      Objects.requireNonNull(holidays, "holidays");
      return this;
    }

    @Override
    public Instant deadlineFrom(Instant start) {
      Objects.requireNonNull(start, "start");
      return start.plus(duration);
    }

    @Override
    public Duration lengthFrom(Instant start) {
      Objects.requireNonNull(start, "start");
      return duration;
    }

    @Override
    public String describe() {
      return Texts.format(duration) + " on the 24/7 clock";
    }

    /** Returns {@link #describe()}. */
    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * Business time on a business calendar ("4 business hours").
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param duration the business time, positive, not null
   * @param calendar the calendar whose open time counts, not null
   */
  record BusinessTime(Duration duration, BusinessCalendar calendar) implements ResponseTarget {

    /**
     * Checks the components.
     *
     * @param duration the business time, positive, not null
     * @param calendar the calendar whose open time counts, not null
     * @throws IllegalArgumentException if the duration is zero or negative
     */
    public BusinessTime {
      Objects.requireNonNull(calendar, "calendar");
      checkPositive(duration);
    }

    @Override
    public boolean isBusiness() {
      return true;
    }

    @Override
    public <R> R match(
        Function<? super Elapsed, ? extends R> elapsed,
        Function<? super BusinessTime, ? extends R> businessTime,
        Function<? super BusinessDays, ? extends R> businessDays) {
      return businessTime.apply(this);
    }

    @Override
    public ResponseTarget withHolidays(HolidayCalendar holidays) {
      Objects.requireNonNull(holidays, "holidays");
      return new BusinessTime(duration, calendar.withHolidays(holidays));
    }

    @Override
    public Instant deadlineFrom(Instant start) {
      Objects.requireNonNull(start, "start");
      return calendar.addBusinessTime(start, duration);
    }

    @Override
    public Duration lengthFrom(Instant start) {
      Objects.requireNonNull(start, "start");
      return duration;
    }

    @Override
    public String describe() {
      return Texts.format(duration) + " of business time on " + calendar.name();
    }

    /** Returns {@link #describe()}. */
    @Override
    public String toString() {
      return describe();
    }
  }

  /**
   * Business days on a business calendar ("2 business days"), as {@link
   * BusinessCalendar#addBusinessDays(Instant, int)} defines them.
   *
   * <p>This record is immutable and thread-safe.
   *
   * @param days the number of business days, one or more
   * @param calendar the calendar whose working dates count, not null
   */
  record BusinessDays(int days, BusinessCalendar calendar) implements ResponseTarget {

    /**
     * Checks the components.
     *
     * @param days the number of business days, one or more
     * @param calendar the calendar whose working dates count, not null
     * @throws IllegalArgumentException if {@code days} is less than one
     */
    public BusinessDays {
      Objects.requireNonNull(calendar, "calendar");
      if (days < 1) {
        throw new IllegalArgumentException(
            "Business-days target of "
                + days
                + " days: a target needs at least 1 business day; use a positive number");
      }
    }

    @Override
    public boolean isBusiness() {
      return true;
    }

    @Override
    public <R> R match(
        Function<? super Elapsed, ? extends R> elapsed,
        Function<? super BusinessTime, ? extends R> businessTime,
        Function<? super BusinessDays, ? extends R> businessDays) {
      return businessDays.apply(this);
    }

    @Override
    public ResponseTarget withHolidays(HolidayCalendar holidays) {
      Objects.requireNonNull(holidays, "holidays");
      return new BusinessDays(days, calendar.withHolidays(holidays));
    }

    @Override
    public Instant deadlineFrom(Instant start) {
      Objects.requireNonNull(start, "start");
      return calendar.addBusinessDays(start, days);
    }

    @Override
    public Duration lengthFrom(Instant start) {
      Objects.requireNonNull(start, "start");
      return calendar.businessTimeBetween(start, calendar.addBusinessDays(start, days));
    }

    @Override
    public String describe() {
      return days + (days == 1 ? " business day" : " business days") + " on " + calendar.name();
    }

    /** Returns {@link #describe()}. */
    @Override
    public String toString() {
      return describe();
    }
  }

  private static void checkClockTime(Instant start, Duration amount) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(amount, "amount");
    if (amount.isNegative()) {
      throw new IllegalArgumentException(
          "Clock time " + amount + " is negative: pass zero or a positive duration");
    }
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
}
