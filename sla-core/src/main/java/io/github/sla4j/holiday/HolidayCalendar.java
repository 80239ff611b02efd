package io.github.sla4j.holiday;

import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.Month.FEBRUARY;
import static java.time.Month.JANUARY;
import static java.time.Month.MAY;
import static java.time.Month.NOVEMBER;
import static java.time.Month.OCTOBER;
import static java.time.Month.SEPTEMBER;

import io.github.sla4j.internal.HolidayDays;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Year;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.jspecify.annotations.Nullable;

/**
 * A named list of {@link HolidayRule}s that answers which dates are holidays.
 *
 * <p>A date is a holiday when some rule's holiday is <em>observed</em> on it ({@link
 * Holiday#date()}). Rules are evaluated for the holiday years around each calendar year, so a
 * holiday moved across New Year is found in the calendar year it is observed in: with {@link
 * #usFederal()}, New Year's Day 2028 falls on a Saturday and is observed on Friday 2027-12-31,
 * {@code isHoliday(2027-12-31)} is true, {@code holidaysIn(2027)} has twelve entries and {@code
 * holidaysIn(2028)} has none for New Year's Day.
 *
 * <p>The order of the rules matters only when several holidays fall on one date: {@link
 * #holidayOn(LocalDate)} returns the first rule's. Lists such as {@link #holidaysIn(int)} contain
 * every holiday, one per rule, even when they share a date.
 *
 * <p>{@link #isHoliday(LocalDate)} takes amortised constant time: the holidays of each calendar
 * year are computed once and cached. The cache is not part of the value and is bounded; a calendar
 * that is queried over more than 1,024 distinct years recomputes some years.
 *
 * <p>A calendar may also be backed by {@link HolidaySource}s ({@link #of(String, HolidaySource)}),
 * which compute the holidays of a calendar year on demand, such as a bridge to a holiday library
 * that knows 230 countries. A source is asked for a year the first time a date of that year is
 * queried; its answer is cached with the rules' holidays. Its holidays count as the rules' do:
 * {@link #isHoliday(LocalDate)}, {@link #holidayOn(LocalDate)} (rules first, then sources), the
 * lists, {@link #plus(HolidayCalendar)} and {@link #withClosure(LocalDate, String)} all include
 * them.
 *
 * <p>This class is immutable and thread-safe. Equality is by name, rules (in order) and sources (in
 * order).
 */
public final class HolidayCalendar {

  /** The most calendar years whose holidays are cached at one time. */
  static final int MAX_CACHED_YEARS = 1024;

  static {
    // First, so that every instance can answer the engine's epoch-day lookups.
    HolidayDays.install((calendar, year) -> calendar.table(year).epochDays);
  }

  private static final HolidayCalendar NONE = new HolidayCalendar("none", List.of(), List.of());
  private static final HolidayCalendar US_FEDERAL = buildUsFederal();
  private static final HolidayCalendar NYSE = buildNyse();

  private final String name;
  private final List<HolidayRule> rules;
  private final List<HolidaySource> sources;
  private final int yearReach;
  private final ConcurrentMap<Integer, YearTable> cache = new ConcurrentHashMap<>();

  /**
   * The most recent year tables, direct-mapped by year: a hit costs one array read, with no boxing
   * or hashing. Written racily: a year table's fields are final, so any thread that reads one from
   * here sees it whole, and a lost write only costs a lookup in {@link #cache}.
   */
  private final @Nullable YearTable[] recent = new YearTable[RECENT_SLOTS];

  private static final int RECENT_SLOTS = 8;

  private HolidayCalendar(String name, List<HolidayRule> rules, List<HolidaySource> sources) {
    this.name = name;
    this.rules = rules;
    this.sources = sources;
    this.yearReach = rules.stream().mapToInt(RuleSupport::yearReach).max().orElse(0);
  }

  // -----------------------------------------------------------------------

  /**
   * Obtains a calendar without holidays, named {@code "none"}.
   *
   * @return the empty calendar, not null
   */
  public static HolidayCalendar none() {
    return NONE;
  }

  /**
   * Obtains the U.S. federal holidays, named {@code "US federal"}: the eleven legal public holidays
   * of 5 U.S.C. 6103(a), observed on the Friday before when they fall on a Saturday and on the
   * Monday after when they fall on a Sunday ({@link Observance#NEAREST_WEEKDAY}).
   *
   * <p>The holidays carry their statutory names: New Year's Day; Birthday of Martin Luther King,
   * Jr. (third Monday of January); Washington's Birthday (third Monday of February); Memorial Day
   * (last Monday of May); Juneteenth National Independence Day (June 19, from 2021); Independence
   * Day (July 4); Labor Day (first Monday of September); Columbus Day (second Monday of October);
   * Veterans Day (November 11); Thanksgiving Day (fourth Thursday of November); Christmas Day
   * (December 25).
   *
   * <p>The rules in force today are applied to every year; only Juneteenth has a first year. The
   * calendar is therefore not a historical record before 1986 (when the Birthday of Martin Luther
   * King, Jr. was first observed) or 1971 (when several holidays moved to Mondays). Inauguration
   * Day (a holiday only in the Washington, D.C. area) and closures by executive order are not
   * included; add the latter with {@link #withClosure(LocalDate, String)}.
   *
   * @return the U.S. federal calendar, not null
   */
  public static HolidayCalendar usFederal() {
    return US_FEDERAL;
  }

  /**
   * Obtains the full-day closures of the New York Stock Exchange, named {@code "NYSE"}: New Year's
   * Day, Martin Luther King, Jr. Day, Washington's Birthday, Good Friday, Memorial Day, Juneteenth
   * National Independence Day (from 2022), Independence Day, Labor Day, Thanksgiving Day and
   * Christmas Day.
   *
   * <p>A holiday on a Saturday closes the Friday before and one on a Sunday the Monday after,
   * except that New Year's Day on a Saturday is not observed at all ({@link
   * Observance#SATURDAY_NOT_OBSERVED_SUNDAY_TO_MONDAY}): the exchange trades on Friday 2027-12-31
   * and has no New Year's holiday in 2028. Columbus Day and Veterans Day are trading days. Early
   * closes and ad hoc closures (such as 2025-01-09) are not included. As with {@link #usFederal()},
   * today's rules are applied to every year.
   *
   * @return the NYSE calendar, not null
   */
  public static HolidayCalendar nyse() {
    return NYSE;
  }

  /**
   * Obtains a calendar from a name and a list of rules.
   *
   * @param name the name, not blank, not null
   * @param rules the rules, in order of precedence for {@link #holidayOn(LocalDate)}; no null
   *     elements; not null
   * @return the calendar, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static HolidayCalendar of(String name, List<HolidayRule> rules) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rules, "rules");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Calendar name '"
              + name
              + "' is blank: a holiday calendar needs a name for messages and explanations. Pass a"
              + " name such as \"Company holidays\".");
    }
    for (HolidayRule rule : rules) {
      Objects.requireNonNull(rule, "rules");
    }
    return new HolidayCalendar(name, List.copyOf(rules), List.of());
  }

  /**
   * Obtains a calendar from a name and rules.
   *
   * @param name the name, not blank, not null
   * @param rules the rules, in order of precedence for {@link #holidayOn(LocalDate)}; no null
   *     elements; not null
   * @return the calendar, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static HolidayCalendar of(String name, HolidayRule... rules) {
    Objects.requireNonNull(rules, "rules");
    return of(name, Arrays.asList(rules));
  }

  /**
   * Obtains a calendar whose holidays come from a source, such as a holiday library; see {@link
   * HolidaySource}.
   *
   * @param name the name, not blank, not null
   * @param source the source, asked once per calendar year queried, not null
   * @return the calendar, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static HolidayCalendar of(String name, HolidaySource source) {
    Objects.requireNonNull(source, "source");
    return of(name, List.of(), List.of(source));
  }

  /**
   * Obtains a calendar from a name, rules and sources; the general form of {@link #of(String,
   * List)} and {@link #of(String, HolidaySource)}.
   *
   * @param name the name, not blank, not null
   * @param rules the rules, in order of precedence; no null elements; not null
   * @param sources the sources, after the rules in order of precedence; no null elements; not null
   * @return the calendar, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static HolidayCalendar of(
      String name, List<HolidayRule> rules, List<HolidaySource> sources) {
    Objects.requireNonNull(sources, "sources");
    HolidayCalendar ruled = of(name, rules);
    for (HolidaySource source : sources) {
      Objects.requireNonNull(source, "sources");
    }
    return new HolidayCalendar(ruled.name, ruled.rules, List.copyOf(sources));
  }

  private static HolidayCalendar buildUsFederal() {
    Observance observance = Observance.NEAREST_WEEKDAY;
    return of(
        "US federal",
        List.of(
            HolidayRule.fixed("New Year's Day", MonthDay.of(1, 1), observance),
            HolidayRule.nthWeekday("Birthday of Martin Luther King, Jr.", JANUARY, 3, MONDAY),
            HolidayRule.nthWeekday("Washington's Birthday", FEBRUARY, 3, MONDAY),
            HolidayRule.lastWeekday("Memorial Day", MAY, MONDAY),
            HolidayRule.fixed(
                    "Juneteenth National Independence Day", MonthDay.of(6, 19), observance)
                .withYears(2021, null),
            HolidayRule.fixed("Independence Day", MonthDay.of(7, 4), observance),
            HolidayRule.nthWeekday("Labor Day", SEPTEMBER, 1, MONDAY),
            HolidayRule.nthWeekday("Columbus Day", OCTOBER, 2, MONDAY),
            HolidayRule.fixed("Veterans Day", MonthDay.of(11, 11), observance),
            HolidayRule.nthWeekday("Thanksgiving Day", NOVEMBER, 4, THURSDAY),
            HolidayRule.fixed("Christmas Day", MonthDay.of(12, 25), observance)));
  }

  private static HolidayCalendar buildNyse() {
    Observance observance = Observance.NEAREST_WEEKDAY;
    return of(
        "NYSE",
        List.of(
            HolidayRule.fixed(
                "New Year's Day",
                MonthDay.of(1, 1),
                Observance.SATURDAY_NOT_OBSERVED_SUNDAY_TO_MONDAY),
            HolidayRule.nthWeekday("Martin Luther King, Jr. Day", JANUARY, 3, MONDAY),
            HolidayRule.nthWeekday("Washington's Birthday", FEBRUARY, 3, MONDAY),
            HolidayRule.easterOffset("Good Friday", -2),
            HolidayRule.lastWeekday("Memorial Day", MAY, MONDAY),
            HolidayRule.fixed(
                    "Juneteenth National Independence Day", MonthDay.of(6, 19), observance)
                .withYears(2022, null),
            HolidayRule.fixed("Independence Day", MonthDay.of(7, 4), observance),
            HolidayRule.nthWeekday("Labor Day", SEPTEMBER, 1, MONDAY),
            HolidayRule.nthWeekday("Thanksgiving Day", NOVEMBER, 4, THURSDAY),
            HolidayRule.fixed("Christmas Day", MonthDay.of(12, 25), observance)));
  }

  // -----------------------------------------------------------------------

  /**
   * Gets the name, such as {@code "US federal"}.
   *
   * @return the name, not blank, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the rules, in order of precedence.
   *
   * @return the rules, unmodifiable, not null
   */
  public List<HolidayRule> rules() {
    return rules;
  }

  /**
   * Gets the sources, in order of precedence after the rules.
   *
   * @return the sources, unmodifiable, empty for a calendar of rules only, not null
   */
  public List<HolidaySource> sources() {
    return sources;
  }

  /**
   * Checks whether this calendar has neither rules nor sources, and so no holidays.
   *
   * @return true if there are no rules and no sources
   */
  public boolean isEmpty() {
    return rules.isEmpty() && sources.isEmpty();
  }

  // -----------------------------------------------------------------------

  /**
   * Checks whether a holiday is observed on a date. Takes amortised constant time.
   *
   * @param date the date, not null
   * @return true if some rule's holiday is observed on {@code date}
   */
  public boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return table(date.getYear()).contains(date);
  }

  /**
   * Gets the holiday observed on a date. If several holidays are observed on it, the one of the
   * first rule, in rule order, is returned; a source's holidays come after every rule's.
   *
   * @param date the date, not null
   * @return the holiday, or empty if {@code date} is not a holiday
   */
  public Optional<Holiday> holidayOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    YearTable table = table(date.getYear());
    if (!table.contains(date)) {
      return Optional.empty();
    }
    return table.holidays.stream().filter(h -> h.date().equals(date)).findFirst();
  }

  /**
   * Gets the holidays observed in a calendar year, sorted by observed date; holidays on the same
   * date are in rule order.
   *
   * <p>The year is the calendar year of the <em>observed</em> date: with {@link #usFederal()},
   * {@code holidaysIn(2027)} contains both 2027-01-01 (New Year's Day 2027) and 2027-12-31 (New
   * Year's Day 2028), and {@code holidaysIn(2028)} contains no New Year's Day.
   *
   * @param year the calendar year
   * @return the holidays, unmodifiable, not null
   * @throws DateTimeException if the year is outside the range of {@link LocalDate}
   */
  public List<Holiday> holidaysIn(int year) {
    if (!RuleSupport.isSupportedYear(year)) {
      throw new DateTimeException(
          "Year "
              + year
              + " is outside the range of LocalDate ("
              + Year.MIN_VALUE
              + " to "
              + Year.MAX_VALUE
              + ").");
    }
    return table(year).holidays;
  }

  /**
   * Gets the holidays observed from {@code startInclusive} up to but not including {@code
   * endExclusive}, sorted by observed date; holidays on the same date are in rule order. The time
   * taken grows with the number of years in the range.
   *
   * @param startInclusive the first date, not null
   * @param endExclusive the date after the last date, not before {@code startInclusive}, not null
   * @return the holidays, empty if the dates are equal, unmodifiable, not null
   * @throws IllegalArgumentException if {@code endExclusive} is before {@code startInclusive}
   */
  public List<Holiday> holidaysBetween(LocalDate startInclusive, LocalDate endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (endExclusive.isBefore(startInclusive)) {
      throw new IllegalArgumentException(
          "Range "
              + startInclusive
              + " to "
              + endExclusive
              + " is invalid: the end (exclusive) must not be before the start (inclusive). Swap"
              + " the dates.");
    }
    if (endExclusive.equals(startInclusive)) {
      return List.of();
    }
    List<Holiday> result = new ArrayList<>();
    int lastYear = endExclusive.minusDays(1).getYear();
    for (int year = startInclusive.getYear(); year <= lastYear; year++) {
      for (Holiday holiday : table(year).holidays) {
        if (!holiday.date().isBefore(startInclusive) && holiday.date().isBefore(endExclusive)) {
          result.add(holiday);
        }
      }
    }
    return List.copyOf(result);
  }

  // -----------------------------------------------------------------------

  /**
   * Returns a calendar with the rules and sources of both calendars: this calendar's rules, then
   * those rules of {@code other} that this calendar does not already have, and likewise for the
   * sources. It is named {@code "<this> + <other>"}, e.g. {@code "US federal + Company"}.
   *
   * @param other the calendar to add, not null
   * @return the combined calendar, not null
   */
  public HolidayCalendar plus(HolidayCalendar other) {
    Objects.requireNonNull(other, "other");
    List<HolidayRule> combined = new ArrayList<>(rules);
    for (HolidayRule rule : other.rules) {
      if (!combined.contains(rule)) {
        combined.add(rule);
      }
    }
    List<HolidaySource> combinedSources = new ArrayList<>(sources);
    for (HolidaySource source : other.sources) {
      if (!combinedSources.contains(source)) {
        combinedSources.add(source);
      }
    }
    return new HolidayCalendar(
        name + " + " + other.name, List.copyOf(combined), List.copyOf(combinedSources));
  }

  /**
   * Returns a copy of this calendar with a rule added after the existing ones, or this calendar if
   * it already has an equal rule. The name is kept.
   *
   * @param rule the rule to add, not null
   * @return the calendar with the rule, not null
   */
  public HolidayCalendar withRule(HolidayRule rule) {
    Objects.requireNonNull(rule, "rule");
    if (rules.contains(rule)) {
      return this;
    }
    List<HolidayRule> combined = new ArrayList<>(rules);
    combined.add(rule);
    return new HolidayCalendar(name, List.copyOf(combined), sources);
  }

  /**
   * Returns a copy of this calendar with an extra one-off closure, such as a closure of federal
   * offices by executive order. Same as {@code withRule(HolidayRule.oneOff(name, date))}.
   *
   * @param date the date of the closure, not null
   * @param name the name of the closure, such as {@code "Executive order closure"}, not blank, not
   *     null
   * @return the calendar with the closure, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public HolidayCalendar withClosure(LocalDate date, String name) {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(name, "name");
    return withRule(HolidayRule.oneOff(name, date));
  }

  // -----------------------------------------------------------------------

  private YearTable table(int year) {
    int slot = year & (RECENT_SLOTS - 1);
    YearTable last = recent[slot];
    if (last != null && last.year == year) {
      return last;
    }
    YearTable table = cache.get(year);
    if (table == null) {
      table = computeYear(year);
      if (cache.size() >= MAX_CACHED_YEARS) {
        cache.clear();
      }
      YearTable raced = cache.putIfAbsent(year, table);
      if (raced != null) {
        table = raced;
      }
    }
    recent[slot] = table;
    return table;
  }

  private YearTable computeYear(int year) {
    List<Holiday> holidays = new ArrayList<>();
    // Rules in the outer loop: the stable sort below then keeps rule order within a date.
    for (HolidayRule rule : rules) {
      for (long holidayYear = (long) year - yearReach;
          holidayYear <= (long) year + yearReach;
          holidayYear++) {
        if (RuleSupport.isSupportedYear(holidayYear)) {
          rule.inYear((int) holidayYear)
              .filter(holiday -> holiday.date().getYear() == year)
              .ifPresent(holidays::add);
        }
      }
    }
    for (HolidaySource source : sources) {
      addFromSource(source, year, holidays);
    }
    holidays.sort(Comparator.comparing(Holiday::date));
    return new YearTable(year, List.copyOf(holidays));
  }

  private void addFromSource(HolidaySource source, int year, List<Holiday> holidays) {
    List<Holiday> fromSource = source.holidaysIn(year);
    if (fromSource == null) {
      throw new IllegalStateException(
          "Holiday source "
              + source
              + " of calendar '"
              + name
              + "' returned null for year "
              + year
              + ": a source must return a list, empty if the year has no holidays. Fix the"
              + " source.");
    }
    for (Holiday holiday : fromSource) {
      if (holiday == null || holiday.date().getYear() != year) {
        throw new IllegalStateException(
            "Holiday source "
                + source
                + " of calendar '"
                + name
                + "' returned "
                + holiday
                + " for year "
                + year
                + ": a source must return only holidays observed in the year asked for. Fix the"
                + " source.");
      }
      holidays.add(holiday);
    }
  }

  /** The holidays observed in one calendar year, with a bit set of their days of the year. */
  private static final class YearTable {
    final int year;
    final List<Holiday> holidays;
    private final long[] days = new long[6];

    /** The holidays' dates as epoch days, sorted as the holidays are. */
    final long[] epochDays;

    YearTable(int year, List<Holiday> holidays) {
      this.year = year;
      this.holidays = holidays;
      this.epochDays = new long[holidays.size()];
      for (int i = 0; i < holidays.size(); i++) {
        LocalDate date = holidays.get(i).date();
        int index = date.getDayOfYear() - 1;
        days[index >>> 6] |= 1L << index;
        epochDays[i] = date.toEpochDay();
      }
    }

    boolean contains(LocalDate date) {
      int index = date.getDayOfYear() - 1;
      return (days[index >>> 6] & (1L << index)) != 0;
    }
  }

  // -----------------------------------------------------------------------

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof HolidayCalendar other
        && name.equals(other.name)
        && rules.equals(other.rules)
        && sources.equals(other.sources);
  }

  @Override
  public int hashCode() {
    return (name.hashCode() * 31 + rules.hashCode()) * 31 + sources.hashCode();
  }

  /**
   * Returns the name and the rules, and the sources if there are any, e.g. {@code
   * HolidayCalendar[name=none, rules=[]]}.
   */
  @Override
  public String toString() {
    String text = "HolidayCalendar[name=" + name + ", rules=" + rules;
    return (sources.isEmpty() ? text : text + ", sources=" + sources) + "]";
  }
}
