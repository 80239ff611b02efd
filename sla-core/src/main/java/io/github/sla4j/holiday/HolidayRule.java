package io.github.sla4j.holiday;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.MonthDay;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A rule that yields at most one {@link Holiday} per holiday year, such as "the fourth Thursday of
 * November" or "July 4, Saturday to Friday, Sunday to Monday".
 *
 * <p>The rule kinds are small immutable records, one per kind, created with the static factories
 * here:
 *
 * <ul>
 *   <li>{@link #fixed(String, MonthDay, Observance)}: a month and day, moved off a weekend by an
 *       {@link Observance};
 *   <li>{@link #nthWeekday(String, Month, int, DayOfWeek)}: the first to fifth given weekday of a
 *       month;
 *   <li>{@link #lastWeekday(String, Month, DayOfWeek)}: the last given weekday of a month;
 *   <li>{@link #easterOffset(String, int)}: a number of days from Gregorian Easter Sunday;
 *   <li>{@link #relativeTo(String, HolidayRule, int)}: a number of days from the observed date of
 *       another rule's holiday;
 *   <li>{@link #oneOff(String, LocalDate)}: a single date, such as a closure by executive order.
 * </ul>
 *
 * <p>Every rule has a name and an optional first and last holiday year ({@link #withYears(Integer,
 * Integer)}); outside them it yields nothing. The <em>holiday year</em> passed to {@link
 * #inYear(int)} is the year the rule is evaluated for; the observed date may lie in the previous or
 * next calendar year (New Year's Day 2028 is observed on 2027-12-31).
 *
 * <p>Every field is readable through an accessor, and equality is by value, so rules can be written
 * to and read from a data format. All implementations are immutable and thread-safe.
 */
public sealed interface HolidayRule
    permits HolidayRule.Fixed,
        HolidayRule.NthWeekday,
        HolidayRule.LastWeekday,
        HolidayRule.EasterOffset,
        HolidayRule.Relative,
        HolidayRule.OneOff {

  /**
   * Gets the name that the rule's holidays carry.
   *
   * @return the name, not blank, not null
   */
  String name();

  /**
   * Gets the first holiday year in which the rule applies.
   *
   * @return the first year, or null if the rule applies in every earlier year
   */
  @Nullable Integer firstYear();

  /**
   * Gets the last holiday year in which the rule applies.
   *
   * @return the last year, or null if the rule applies in every later year
   */
  @Nullable Integer lastYear();

  /**
   * Computes the holiday this rule yields for a holiday year.
   *
   * <p>The result is empty when the year lies outside {@link #firstYear()}–{@link #lastYear()},
   * when the rule has no date that year (a fifth Monday that does not exist, February 29 in a
   * common year, a Saturday holiday under {@link
   * Observance#SATURDAY_NOT_OBSERVED_SUNDAY_TO_MONDAY}), or when the date would lie outside the
   * range of {@link LocalDate}. It never throws.
   *
   * @param holidayYear the year to evaluate the rule for, any value
   * @return the holiday, whose observed date may lie in the calendar year before or after {@code
   *     holidayYear}; or empty
   */
  Optional<Holiday> inYear(int holidayYear);

  /**
   * Returns a copy of this rule that applies only from {@code firstYear} to {@code lastYear}
   * inclusive; null means no bound on that side. The bounds replace any earlier ones.
   *
   * @param firstYear the first holiday year, or null for no lower bound
   * @param lastYear the last holiday year, or null for no upper bound
   * @return the restricted rule, not null
   * @throws IllegalArgumentException if {@code firstYear} is after {@code lastYear}, or a year is
   *     outside the range of {@link LocalDate}
   */
  HolidayRule withYears(@Nullable Integer firstYear, @Nullable Integer lastYear);

  /**
   * Checks whether the rule applies in a holiday year, that is whether the year lies within {@link
   * #firstYear()}–{@link #lastYear()} and the range of {@link LocalDate}.
   *
   * @param holidayYear the holiday year, any value
   * @return true if the rule applies in that year
   */
  default boolean appliesIn(int holidayYear) {
    Integer first = firstYear();
    Integer last = lastYear();
    return RuleSupport.isSupportedYear(holidayYear)
        && (first == null || holidayYear >= first)
        && (last == null || holidayYear <= last);
  }

  // -----------------------------------------------------------------------

  /**
   * Obtains a rule for a holiday on the same month and day every year, such as Independence Day on
   * July 4, moved off weekends by {@code observance}.
   *
   * <p>February 29 yields a holiday only in leap years.
   *
   * @param name the name, not blank, not null
   * @param monthDay the month and day, not null
   * @param observance how a weekend date is observed, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the name is blank
   */
  static Fixed fixed(String name, MonthDay monthDay, Observance observance) {
    return new Fixed(name, monthDay, observance, null, null);
  }

  /**
   * Obtains a rule for a holiday on the same month and day every year, observed on that date even
   * on a weekend ({@link Observance#NONE}).
   *
   * @param name the name, not blank, not null
   * @param monthDay the month and day, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the name is blank
   */
  static Fixed fixed(String name, MonthDay monthDay) {
    return fixed(name, monthDay, Observance.NONE);
  }

  /**
   * Obtains a rule for the {@code n}-th given weekday of a month, such as Thanksgiving Day, the
   * fourth Thursday of November.
   *
   * <p>With {@code n = 5} there is no holiday in a year whose month has only four such weekdays;
   * the rule never spills into the next month. For "the last Monday of May" use {@link
   * #lastWeekday(String, Month, DayOfWeek)}: it is not always the fourth.
   *
   * @param name the name, not blank, not null
   * @param month the month, not null
   * @param n which occurrence, from 1 to 5
   * @param dayOfWeek the weekday, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the name is blank or {@code n} is not from 1 to 5
   */
  static NthWeekday nthWeekday(String name, Month month, int n, DayOfWeek dayOfWeek) {
    return new NthWeekday(name, month, n, dayOfWeek, null, null);
  }

  /**
   * Obtains a rule for the last given weekday of a month, such as Memorial Day, the last Monday of
   * May.
   *
   * @param name the name, not blank, not null
   * @param month the month, not null
   * @param dayOfWeek the weekday, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the name is blank
   */
  static LastWeekday lastWeekday(String name, Month month, DayOfWeek dayOfWeek) {
    return new LastWeekday(name, month, dayOfWeek, null, null);
  }

  /**
   * Obtains a rule for a holiday a fixed number of days from Gregorian Easter Sunday: -2 is Good
   * Friday, 0 Easter Sunday, 1 Easter Monday, 39 Ascension Day.
   *
   * @param name the name, not blank, not null
   * @param days the offset from Easter Sunday, from -366 to 366
   * @return the rule, not null
   * @throws IllegalArgumentException if the name is blank or {@code days} is out of range
   */
  static EasterOffset easterOffset(String name, int days) {
    return new EasterOffset(name, days, null, null);
  }

  /**
   * Obtains a rule for a holiday a fixed number of days from the <em>observed</em> date of another
   * rule's holiday in the same holiday year, such as the day after Thanksgiving ({@code
   * relativeTo("Day after Thanksgiving", thanksgiving, 1)}).
   *
   * <p>The rule yields nothing in a year in which {@code base} yields nothing. Its holidays are not
   * moved by observance of their own: "the day before Christmas" is the day before the day on which
   * Christmas is observed.
   *
   * @param name the name, not blank, not null
   * @param base the rule to count from, not null
   * @param days the offset from the base holiday, from -366 to 366
   * @return the rule, not null
   * @throws IllegalArgumentException if the name is blank or {@code days} is out of range
   */
  static Relative relativeTo(String name, HolidayRule base, int days) {
    return new Relative(name, base, days, null, null);
  }

  /**
   * Obtains a rule for a single date, such as a federal closure by executive order. Its holiday
   * year is the year of the date.
   *
   * @param name the name, not blank, not null
   * @param date the date, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the name is blank
   */
  static OneOff oneOff(String name, LocalDate date) {
    return new OneOff(name, date, null, null);
  }

  /**
   * Computes the date of Gregorian Easter Sunday, with the anonymous Gregorian
   * (Meeus–Jones–Butcher) algorithm. The result always lies from March 22 to April 25. Years before
   * 1583, when the Gregorian calendar did not yet exist, are computed proleptically.
   *
   * @param year the year, within the range of {@link LocalDate}
   * @return Easter Sunday of that year, not null
   * @throws java.time.DateTimeException if the year is outside the range of {@link LocalDate}
   */
  static LocalDate easterSunday(int year) {
    return RuleSupport.easterSunday(year);
  }

  // -----------------------------------------------------------------------

  /**
   * A holiday on the same month and day every year, moved off weekends by an {@link Observance}.
   * Create it with {@link HolidayRule#fixed(String, MonthDay, Observance)}.
   *
   * @param name the name, not blank
   * @param monthDay the month and day; February 29 yields a holiday only in leap years
   * @param observance how a weekend date is observed
   * @param firstYear the first holiday year, or null for no lower bound
   * @param lastYear the last holiday year, or null for no upper bound
   */
  record Fixed(
      String name,
      MonthDay monthDay,
      Observance observance,
      @Nullable Integer firstYear,
      @Nullable Integer lastYear)
      implements HolidayRule {

    /**
     * Creates a fixed-date rule.
     *
     * @param name the name, not blank, not null
     * @param monthDay the month and day, not null
     * @param observance how a weekend date is observed, not null
     * @param firstYear the first holiday year, or null for no lower bound
     * @param lastYear the last holiday year, or null for no upper bound
     * @throws IllegalArgumentException if the name is blank or the years are invalid (see {@link
     *     HolidayRule#withYears(Integer, Integer)})
     */
    public Fixed {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(monthDay, "monthDay");
      Objects.requireNonNull(observance, "observance");
      RuleSupport.checkName(name);
      RuleSupport.checkYears(firstYear, lastYear);
    }

    @Override
    public Optional<Holiday> inYear(int holidayYear) {
      if (!appliesIn(holidayYear) || !monthDay.isValidYear(holidayYear)) {
        return Optional.empty();
      }
      LocalDate scheduled = monthDay.atYear(holidayYear);
      return observance.observedDate(scheduled).map(date -> Holiday.of(name, date, scheduled));
    }

    @Override
    public Fixed withYears(@Nullable Integer firstYear, @Nullable Integer lastYear) {
      return new Fixed(name, monthDay, observance, firstYear, lastYear);
    }
  }

  /**
   * The {@code n}-th given weekday of a month; no holiday in a year without an {@code n}-th such
   * weekday. Create it with {@link HolidayRule#nthWeekday(String, Month, int, DayOfWeek)}.
   *
   * @param name the name, not blank
   * @param month the month
   * @param n which occurrence, from 1 to 5
   * @param dayOfWeek the weekday
   * @param firstYear the first holiday year, or null for no lower bound
   * @param lastYear the last holiday year, or null for no upper bound
   */
  record NthWeekday(
      String name,
      Month month,
      int n,
      DayOfWeek dayOfWeek,
      @Nullable Integer firstYear,
      @Nullable Integer lastYear)
      implements HolidayRule {

    /**
     * Creates an n-th-weekday rule.
     *
     * @param name the name, not blank, not null
     * @param month the month, not null
     * @param n which occurrence, from 1 to 5
     * @param dayOfWeek the weekday, not null
     * @param firstYear the first holiday year, or null for no lower bound
     * @param lastYear the last holiday year, or null for no upper bound
     * @throws IllegalArgumentException if the name is blank, {@code n} is not from 1 to 5, or the
     *     years are invalid (see {@link HolidayRule#withYears(Integer, Integer)})
     */
    public NthWeekday {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(dayOfWeek, "dayOfWeek");
      RuleSupport.checkName(name);
      if (n < 1 || n > 5) {
        throw new IllegalArgumentException(
            "Occurrence n = "
                + n
                + " of "
                + dayOfWeek
                + " in "
                + month
                + " is out of range: n must be from 1 to 5. For the last such weekday use"
                + " HolidayRule.lastWeekday.");
      }
      RuleSupport.checkYears(firstYear, lastYear);
    }

    @Override
    public Optional<Holiday> inYear(int holidayYear) {
      if (!appliesIn(holidayYear)) {
        return Optional.empty();
      }
      LocalDate first =
          LocalDate.of(holidayYear, month, 1).with(TemporalAdjusters.firstInMonth(dayOfWeek));
      int dayOfMonth = first.getDayOfMonth() + 7 * (n - 1);
      if (dayOfMonth > first.lengthOfMonth()) {
        return Optional.empty();
      }
      return Optional.of(Holiday.of(name, first.withDayOfMonth(dayOfMonth)));
    }

    @Override
    public NthWeekday withYears(@Nullable Integer firstYear, @Nullable Integer lastYear) {
      return new NthWeekday(name, month, n, dayOfWeek, firstYear, lastYear);
    }
  }

  /**
   * The last given weekday of a month. Create it with {@link HolidayRule#lastWeekday(String, Month,
   * DayOfWeek)}.
   *
   * @param name the name, not blank
   * @param month the month
   * @param dayOfWeek the weekday
   * @param firstYear the first holiday year, or null for no lower bound
   * @param lastYear the last holiday year, or null for no upper bound
   */
  record LastWeekday(
      String name,
      Month month,
      DayOfWeek dayOfWeek,
      @Nullable Integer firstYear,
      @Nullable Integer lastYear)
      implements HolidayRule {

    /**
     * Creates a last-weekday rule.
     *
     * @param name the name, not blank, not null
     * @param month the month, not null
     * @param dayOfWeek the weekday, not null
     * @param firstYear the first holiday year, or null for no lower bound
     * @param lastYear the last holiday year, or null for no upper bound
     * @throws IllegalArgumentException if the name is blank or the years are invalid (see {@link
     *     HolidayRule#withYears(Integer, Integer)})
     */
    public LastWeekday {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(month, "month");
      Objects.requireNonNull(dayOfWeek, "dayOfWeek");
      RuleSupport.checkName(name);
      RuleSupport.checkYears(firstYear, lastYear);
    }

    @Override
    public Optional<Holiday> inYear(int holidayYear) {
      if (!appliesIn(holidayYear)) {
        return Optional.empty();
      }
      LocalDate date =
          LocalDate.of(holidayYear, month, 1).with(TemporalAdjusters.lastInMonth(dayOfWeek));
      return Optional.of(Holiday.of(name, date));
    }

    @Override
    public LastWeekday withYears(@Nullable Integer firstYear, @Nullable Integer lastYear) {
      return new LastWeekday(name, month, dayOfWeek, firstYear, lastYear);
    }
  }

  /**
   * A holiday a fixed number of days from Gregorian Easter Sunday of the holiday year. Create it
   * with {@link HolidayRule#easterOffset(String, int)}.
   *
   * @param name the name, not blank
   * @param days the offset from Easter Sunday, from -366 to 366 (-2 is Good Friday)
   * @param firstYear the first holiday year, or null for no lower bound
   * @param lastYear the last holiday year, or null for no upper bound
   */
  record EasterOffset(
      String name, int days, @Nullable Integer firstYear, @Nullable Integer lastYear)
      implements HolidayRule {

    /**
     * Creates an Easter-offset rule.
     *
     * @param name the name, not blank, not null
     * @param days the offset from Easter Sunday, from -366 to 366
     * @param firstYear the first holiday year, or null for no lower bound
     * @param lastYear the last holiday year, or null for no upper bound
     * @throws IllegalArgumentException if the name is blank, {@code days} is out of range, or the
     *     years are invalid (see {@link HolidayRule#withYears(Integer, Integer)})
     */
    public EasterOffset {
      Objects.requireNonNull(name, "name");
      RuleSupport.checkName(name);
      RuleSupport.checkOffset(days, "Easter offset");
      RuleSupport.checkYears(firstYear, lastYear);
    }

    @Override
    public Optional<Holiday> inYear(int holidayYear) {
      if (!appliesIn(holidayYear)) {
        return Optional.empty();
      }
      return RuleSupport.plusDaysInRange(RuleSupport.easterSunday(holidayYear), days)
          .map(date -> Holiday.of(name, date));
    }

    @Override
    public EasterOffset withYears(@Nullable Integer firstYear, @Nullable Integer lastYear) {
      return new EasterOffset(name, days, firstYear, lastYear);
    }
  }

  /**
   * A holiday a fixed number of days from the observed date of another rule's holiday in the same
   * holiday year. Create it with {@link HolidayRule#relativeTo(String, HolidayRule, int)}.
   *
   * @param name the name, not blank
   * @param base the rule to count from
   * @param days the offset from the base holiday's observed date, from -366 to 366
   * @param firstYear the first holiday year, or null for no lower bound
   * @param lastYear the last holiday year, or null for no upper bound
   */
  record Relative(
      String name,
      HolidayRule base,
      int days,
      @Nullable Integer firstYear,
      @Nullable Integer lastYear)
      implements HolidayRule {

    /**
     * Creates a relative rule.
     *
     * @param name the name, not blank, not null
     * @param base the rule to count from, not null
     * @param days the offset from the base holiday, from -366 to 366
     * @param firstYear the first holiday year, or null for no lower bound
     * @param lastYear the last holiday year, or null for no upper bound
     * @throws IllegalArgumentException if the name is blank, {@code days} is out of range, or the
     *     years are invalid (see {@link HolidayRule#withYears(Integer, Integer)})
     */
    public Relative {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(base, "base");
      RuleSupport.checkName(name);
      RuleSupport.checkOffset(days, "Offset from '" + base.name() + "'");
      RuleSupport.checkYears(firstYear, lastYear);
    }

    @Override
    public Optional<Holiday> inYear(int holidayYear) {
      if (!appliesIn(holidayYear)) {
        return Optional.empty();
      }
      return base.inYear(holidayYear)
          .flatMap(holiday -> RuleSupport.plusDaysInRange(holiday.date(), days))
          .map(date -> Holiday.of(name, date));
    }

    @Override
    public Relative withYears(@Nullable Integer firstYear, @Nullable Integer lastYear) {
      return new Relative(name, base, days, firstYear, lastYear);
    }
  }

  /**
   * A single date, such as a closure by executive order; its holiday year is the year of the date.
   * Create it with {@link HolidayRule#oneOff(String, LocalDate)}.
   *
   * @param name the name, not blank
   * @param date the date
   * @param firstYear the first holiday year, or null for no lower bound
   * @param lastYear the last holiday year, or null for no upper bound
   */
  record OneOff(
      String name, LocalDate date, @Nullable Integer firstYear, @Nullable Integer lastYear)
      implements HolidayRule {

    /**
     * Creates a one-off rule.
     *
     * @param name the name, not blank, not null
     * @param date the date, not null
     * @param firstYear the first holiday year, or null for no lower bound
     * @param lastYear the last holiday year, or null for no upper bound
     * @throws IllegalArgumentException if the name is blank or the years are invalid (see {@link
     *     HolidayRule#withYears(Integer, Integer)})
     */
    public OneOff {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(date, "date");
      RuleSupport.checkName(name);
      RuleSupport.checkYears(firstYear, lastYear);
    }

    @Override
    public Optional<Holiday> inYear(int holidayYear) {
      if (holidayYear != date.getYear() || !appliesIn(holidayYear)) {
        return Optional.empty();
      }
      return Optional.of(Holiday.of(name, date));
    }

    @Override
    public OneOff withYears(@Nullable Integer firstYear, @Nullable Integer lastYear) {
      return new OneOff(name, date, firstYear, lastYear);
    }
  }
}
