package io.github.sla4j.calendar;

import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRule;
import io.github.sla4j.internal.BusinessTimeEngine;
import io.github.sla4j.internal.ClosingWindowSource;
import io.github.sla4j.internal.CombinedWindowSource;
import io.github.sla4j.internal.DaySchedule;
import io.github.sla4j.internal.HolidayDays;
import io.github.sla4j.internal.WallClock;
import io.github.sla4j.internal.WindowSource;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * A business calendar: weekly opening hours, holidays and date-specific special hours in an IANA
 * time zone, with exact business-time arithmetic on instants.
 *
 * <h2>Windows</h2>
 *
 * <p>Each day of the week has zero or more windows {@code [open, close)} of local time; a close of
 * {@code 24:00} ({@link LocalTime#MIDNIGHT}) ends the day. Windows of one day must not overlap;
 * windows that touch merge. A window may cross midnight ({@link TimeWindow#overnight}, a night
 * shift {@code 22:00-06:00+1}); it belongs to the day it opens on. A holiday closes its whole local
 * date, including a night window that opens on it. Special hours replace the windows of one date (a
 * half day, an extra working Saturday) and win over a holiday on that date. {@linkplain
 * RecurringSpecialHours Recurring special hours} do the same on the dates of a {@link HolidayRule}
 * (December 24 every year); special hours of the exact date win over them. A {@linkplain Closure
 * closure} closes a range of instants with a reason (an office event from 12:00 to 15:00), over
 * whatever the hours say; a date whose windows it closes entirely is not a working date.
 *
 * <h2>The wall-clock rule</h2>
 *
 * <p>A window {@code [S, E)} on local date {@code D} is open from the first instant at which the
 * zone's wall clock reads {@code D+S} or later until the first instant at which it reads {@code
 * D+E} or later. In a DST gap that is the transition instant (a window {@code 01:00–02:30} on New
 * York's spring-forward Sunday closes at the jump to 03:00, not at 03:30 as {@code
 * ZonedDateTime.of} would have it). In a DST overlap it is the first pass; repeated wall-clock
 * times are not open a second time. A window that maps to an empty interval is dropped. A
 * <em>working date</em> is a local date with at least one non-empty window.
 *
 * <h2>Arithmetic</h2>
 *
 * <p>Instants are the currency: every {@code ZonedDateTime} and {@code OffsetDateTime} overload
 * gives the same answer as its {@code Instant} form. Durations are real elapsed time, exact to the
 * nanosecond. Adding business time that exactly fills a window lands on the window's close ("due
 * Tue 18:00", not "Wed 03:00"); subtracting that exactly empties one lands on its open. See {@code
 * docs/semantics.md} for every rule with a worked example.
 *
 * <h2>Limits</h2>
 *
 * <p>Searches never loop forever. An operation that finds no open time within {@value
 * BusinessTimeEngine#HORIZON_YEARS} years of where it started, or {@link #nextClose(Instant)} on a
 * calendar that stays open that long, throws {@link DateTimeException} naming the calendar and the
 * start of the search. One operation may cover at most {@value BusinessTimeEngine#MAX_SPAN_YEARS}
 * years of dates.
 *
 * <h2>Performance</h2>
 *
 * <p>The open windows are precomputed lazily as tables of instants with prefix sums of business
 * time, so every operation is a binary search: its cost does not grow with the span it covers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BusinessCalendar {

  private static final int[] CLOSED = new int[0];
  private static final int[][] NO_RECURRING = new int[0][];
  private static final long[] NO_CLOSURE_ENDS = new long[0];
  private static final List<List<TimeWindow>> CLOSED_WEEK = Collections.nCopies(7, List.of());
  private static final String DEFAULT_NAME = "business hours";
  private static final String ALWAYS_OPEN_NAME = "24/7";

  private final String name;
  private final ZoneId zone;

  /** The weekly windows by {@link DayOfWeek#ordinal()}; days with equal windows share a list. */
  private final List<List<TimeWindow>> weekly;

  private final SortedMap<LocalDate, List<TimeWindow>> special;
  private final HolidayCalendar holidays;
  private final boolean alwaysOpen;
  private final int[][] weeklySeconds;
  private final Map<LocalDate, int[]> specialSeconds;
  private final List<RecurringSpecialHours> recurring;
  private final List<HolidayCalendar> recurringDates;
  private final int[][] recurringSeconds;
  private final @Nullable CalendarCombination combination;
  private final List<Closure> closures;

  /** {@code closureMaxEnds[i]}: the latest end among closures {@code 0..i}, as an epoch second. */
  private final long[] closureMaxEnds;

  private final WindowSource source;
  private final boolean anyOpen;
  private final BusinessTimeEngine engine;

  private BusinessCalendar(
      String name,
      ZoneId zone,
      List<List<TimeWindow>> weekly,
      SortedMap<LocalDate, List<TimeWindow>> special,
      List<RecurringSpecialHours> recurring,
      HolidayCalendar holidays,
      List<Closure> closures) {
    this.name = name;
    this.zone = zone;
    this.weekly = weekly;
    this.special = special;
    this.recurring = recurring;
    this.recurringDates = recurring.isEmpty() ? List.of() : recurringDates(recurring);
    this.recurringSeconds = recurring.isEmpty() ? NO_RECURRING : new int[recurring.size()][];
    for (int i = 0; i < recurring.size(); i++) {
      recurringSeconds[i] = toSeconds(recurring.get(i).windows());
    }
    this.holidays = holidays;
    this.weeklySeconds = new int[7][];
    boolean anyOpen = !recurring.isEmpty();
    boolean allDay = holidays.isEmpty() && special.isEmpty() && recurring.isEmpty();
    for (int day = 0; day < 7; day++) {
      List<TimeWindow> windows = weekly.get(day);
      weeklySeconds[day] = sharedSeconds(windows, day);
      anyOpen |= !windows.isEmpty();
      allDay &= windows.size() == 1 && windows.get(0).equals(TimeWindow.ALL_DAY);
    }
    // A calendar without special hours (most) holds the shared empty map and skips the lookup.
    this.specialSeconds = special.isEmpty() ? Map.of() : new HashMap<>();
    if (!special.isEmpty()) {
      for (Map.Entry<LocalDate, List<TimeWindow>> e : special.entrySet()) {
        specialSeconds.put(e.getKey(), toSeconds(e.getValue()));
        anyOpen |= !e.getValue().isEmpty();
      }
    }
    this.alwaysOpen = allDay && closures.isEmpty();
    this.combination = null;
    this.anyOpen = anyOpen;
    this.closures = closures;
    this.closureMaxEnds = closures.isEmpty() ? NO_CLOSURE_ENDS : maxEnds(closures);
    DaySchedule schedule = new Schedule();
    this.source = withClosures(WindowSource.ofLocalHours(zone.getRules(), schedule), closures);
    this.engine = new BusinessTimeEngine(zone.getRules(), source, this::describe, anyOpen);
  }

  private BusinessCalendar(String name, ZoneId zone, CalendarCombination combination) {
    this.name = name;
    this.zone = zone;
    this.weekly = CLOSED_WEEK;
    this.special = Collections.emptySortedMap();
    this.recurring = List.of();
    this.recurringDates = List.of();
    this.recurringSeconds = NO_RECURRING;
    this.holidays = HolidayCalendar.none();
    this.weeklySeconds = new int[7][];
    this.specialSeconds = Map.of();
    this.alwaysOpen = false;
    this.combination = combination;
    this.closures = List.of();
    this.closureMaxEnds = NO_CLOSURE_ENDS;
    boolean union = combination.operation() == CalendarCombination.Operation.UNION;
    List<BusinessCalendar> parts = combination.components();
    this.anyOpen =
        union ? parts.stream().anyMatch(c -> c.anyOpen) : parts.stream().allMatch(c -> c.anyOpen);
    this.source =
        new CombinedWindowSource(
            union,
            zone.getRules(),
            parts.stream().map(c -> c.source).toList(),
            parts.stream().map(c -> c.zone.getRules()).toList());
    this.engine = new BusinessTimeEngine(zone.getRules(), source, this::describe, anyOpen);
  }

  // -----------------------------------------------------------------------------------------------
  // Factories

  /**
   * Starts building a calendar in a zone. The builder starts with no open hours and no holidays.
   *
   * @param zone the IANA zone whose wall clock the windows are read on, not null
   * @return a new builder, not null
   */
  public static Builder builder(ZoneId zone) {
    return new Builder(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Obtains the calendar that is open at every instant, in UTC.
   *
   * @return the 24/7 calendar, not null
   */
  public static BusinessCalendar alwaysOpen() {
    return alwaysOpen(ZoneOffset.UTC);
  }

  /**
   * Obtains the calendar that is open at every instant, with working dates read in a zone.
   *
   * <p>Every local date is a working date with the window {@code [00:00, 24:00)}, so its length is
   * that of the local day: 23 or 25 hours on DST change days in zones that have them. Business time
   * equals elapsed time; {@link #nextClose(Instant)} throws, since the calendar never closes.
   *
   * @param zone the zone of the working dates, not null
   * @return the 24/7 calendar, not null
   */
  public static BusinessCalendar alwaysOpen(ZoneId zone) {
    Builder b = builder(zone).name(ALWAYS_OPEN_NAME);
    b.hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    return b.build();
  }

  /**
   * Obtains the union of calendars: open at an instant iff <em>any</em> of them is open there (a
   * Berlin team and a New York team, each with its own hours, zone and holidays, covering one
   * queue).
   *
   * <p>The components may have different zones. {@code zone} names the local dates of the result:
   * its windows are its open stretches cut at that zone's midnights, and its working dates and
   * business days are read on them. Every operation works on the result with the same rules and the
   * same cost as on a calendar built from weekly hours. Combinations nest. The result is named
   * {@code "union of <name>, <name>, …"}; rename it with {@link #withName(String)}.
   *
   * @param zone the zone of the result's local dates, not null
   * @param calendars the calendars to combine, at least one, no nulls
   * @return the union, not null
   * @throws IllegalArgumentException if no calendar is given, or none of them has any open hours
   */
  public static BusinessCalendar union(ZoneId zone, BusinessCalendar... calendars) {
    return combine(CalendarCombination.Operation.UNION, zone, calendars);
  }

  /**
   * Obtains the intersection of calendars: open at an instant iff <em>all</em> of them are open
   * there (our support hours within the customer's business hours). Zones, dates and cost are as
   * for {@link #union(ZoneId, BusinessCalendar...)}. The result is named {@code "intersection of
   * <name>, <name>, …"}.
   *
   * <p>Components that are each open but never at the same time give a calendar without open time:
   * its searches throw {@link DateTimeException} after the search horizon, as for any such
   * calendar.
   *
   * @param zone the zone of the result's local dates, not null
   * @param calendars the calendars to combine, at least one, no nulls
   * @return the intersection, not null
   * @throws IllegalArgumentException if no calendar is given, or one of them has no open hours
   */
  public static BusinessCalendar intersection(ZoneId zone, BusinessCalendar... calendars) {
    return combine(CalendarCombination.Operation.INTERSECTION, zone, calendars);
  }

  private static BusinessCalendar combine(
      CalendarCombination.Operation op, ZoneId zone, BusinessCalendar... calendars) {
    Objects.requireNonNull(zone, "zone");
    Objects.requireNonNull(calendars, "calendars");
    String word = op == CalendarCombination.Operation.UNION ? "union" : "intersection";
    if (calendars.length == 0) {
      throw new IllegalArgumentException(
          "A "
              + word
              + " of no calendars is undefined: pass at least one calendar, e.g."
              + " BusinessCalendar."
              + word
              + "(zone, berlin, newYork).");
    }
    List<BusinessCalendar> parts = new ArrayList<>();
    StringBuilder name = new StringBuilder(word).append(" of ");
    for (int i = 0; i < calendars.length; i++) {
      BusinessCalendar c = Objects.requireNonNull(calendars[i], "calendars[" + i + "]");
      parts.add(c);
      name.append(i == 0 ? "" : ", ").append(c.name);
    }
    boolean union = op == CalendarCombination.Operation.UNION;
    boolean open =
        union ? parts.stream().anyMatch(c -> c.anyOpen) : parts.stream().allMatch(c -> c.anyOpen);
    if (!open) {
      throw new IllegalArgumentException(
          "The "
              + word
              + " of "
              + parts.stream().map(BusinessCalendar::describe).toList()
              + " has no open time: "
              + (union ? "none of the calendars has" : "a calendar has no")
              + " weekly or special hours. Give "
              + (union ? "one of them" : "each of them")
              + " some hours.");
    }
    return new BusinessCalendar(name.toString(), zone, new CalendarCombination(op, parts));
  }

  // -----------------------------------------------------------------------------------------------
  // Configuration

  /**
   * Gets how this calendar combines others, if it is a union or an intersection.
   *
   * @return the operation and components, or empty for a calendar built from hours
   */
  public Optional<CalendarCombination> combination() {
    return Optional.ofNullable(combination);
  }

  /**
   * Gets the name used in messages and explanations.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the zone whose wall clock the windows are read on.
   *
   * @return the zone, not null
   */
  public ZoneId zone() {
    return zone;
  }

  /**
   * Gets the weekly windows, sorted and with touching windows merged.
   *
   * @return an unmodifiable map with an entry, possibly empty, for every day of the week
   */
  public Map<DayOfWeek, List<TimeWindow>> weeklyHours() {
    EnumMap<DayOfWeek, List<TimeWindow>> map = new EnumMap<>(DayOfWeek.class);
    for (DayOfWeek day : DayOfWeek.values()) {
      map.put(day, weekly.get(day.ordinal()));
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Gets the windows of one day of the week.
   *
   * @param day the day, not null
   * @return the sorted, merged windows, unmodifiable, possibly empty
   */
  public List<TimeWindow> weeklyHours(DayOfWeek day) {
    return weekly.get(Objects.requireNonNull(day, "day").ordinal());
  }

  /**
   * Gets the special hours: dates whose windows replace the weekly ones.
   *
   * @return an unmodifiable map sorted by date
   */
  public SortedMap<LocalDate, List<TimeWindow>> specialHours() {
    return Collections.unmodifiableSortedMap(special);
  }

  /**
   * Gets the recurring special hours, in the order given; on a date that several of them fall on,
   * the first applies.
   *
   * @return the recurring special hours, unmodifiable, possibly empty
   */
  public List<RecurringSpecialHours> recurringSpecialHours() {
    return recurring;
  }

  /**
   * Gets the recurring special hours that set the windows of a date, if any: empty when no rule
   * falls on the date, or when the date has special hours of its own ({@link #specialHours()}),
   * which win. Takes amortised constant time per rule.
   *
   * @param date the local date, not null
   * @return the recurring special hours that apply, or empty
   */
  public Optional<RecurringSpecialHours> recurringSpecialHoursOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (special.containsKey(date)) {
      return Optional.empty();
    }
    int i = recurringIndex(date);
    return i < 0 ? Optional.empty() : Optional.of(recurring.get(i));
  }

  /**
   * Gets the holidays, including one-off closures added with {@link Builder#holiday(LocalDate)}.
   *
   * @return the holiday calendar, not null
   */
  public HolidayCalendar holidays() {
    return holidays;
  }

  /**
   * Checks whether this calendar is open at every instant: every day {@code 00:00–24:00}, with no
   * holidays, no special hours (date-specific or recurring) and no closures.
   *
   * @return true for a 24/7 calendar
   */
  public boolean isAlwaysOpen() {
    return alwaysOpen;
  }

  /**
   * Returns a copy with the holidays replaced.
   *
   * @param holidays the new holidays, not null
   * @return the new calendar, not null
   * @throws IllegalStateException if this calendar is a union or an intersection
   */
  public BusinessCalendar withHolidays(HolidayCalendar holidays) {
    Objects.requireNonNull(holidays, "holidays");
    if (combination != null) {
      throw new IllegalStateException(
          "Calendar "
              + describe()
              + " combines other calendars and has no holidays of its own: give the holidays to"
              + " its components, or intersect it with"
              + " BusinessCalendar.alwaysOpen(zone).withHolidays(holidays).");
    }
    return new BusinessCalendar(name, zone, weekly, special, recurring, holidays, closures);
  }

  /**
   * Returns a copy with another name.
   *
   * @param name the new name, not blank
   * @return the new calendar, not null
   */
  public BusinessCalendar withName(String name) {
    if (combination != null) {
      return new BusinessCalendar(checkName(name), zone, combination);
    }
    return new BusinessCalendar(
        checkName(name), zone, weekly, special, recurring, holidays, closures);
  }

  // -----------------------------------------------------------------------------------------------
  // Dates

  /**
   * Checks whether a local date has at least one non-empty window.
   *
   * @param date the local date, not null
   * @return true for a working date
   */
  public boolean isWorkingDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return engine.isWorkingDate(date);
  }

  /**
   * Gets the open periods of a local date, after the wall-clock rule; empty windows are dropped.
   * Periods of one date that touch are returned separately.
   *
   * @param date the local date, not null
   * @return the periods in time order, possibly empty
   */
  public List<OpenPeriod> openPeriodsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long[] w = engine.openWindowsOn(date);
    List<OpenPeriod> out = new ArrayList<>(w.length / 2);
    for (int k = 0; k < w.length; k += 2) {
      out.add(OpenPeriod.of(Instant.ofEpochSecond(w[k]), Instant.ofEpochSecond(w[k + 1])));
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Gets the holiday that closes a date, if any. A date with special hours, date-specific or
   * recurring, is not closed by a holiday, so this is empty for it.
   *
   * @param date the local date, not null
   * @return the holiday, or empty
   */
  public Optional<Holiday> holidayOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (special.containsKey(date) || recurringIndex(date) >= 0) {
      return Optional.empty();
    }
    return holidays.holidayOn(date);
  }

  /**
   * Gets the closures of this calendar, sorted by start; for a union or an intersection, empty (its
   * components hold their own, see {@link #closuresBetween}).
   *
   * @return the closures, unmodifiable, possibly empty
   */
  public List<Closure> closures() {
    return closures;
  }

  /**
   * Gets the closures that share an instant with {@code [startInclusive, endExclusive)}, sorted by
   * start: what an explanation names when the range was closed "like a holiday". For a union or an
   * intersection they are the closures of its components (each closes its own component; in a union
   * another component may still be open then), without duplicates. Takes {@code O(log n)} plus the
   * closures listed.
   *
   * @param startInclusive the start of the range, not null
   * @param endExclusive the end of the range, not null
   * @return the overlapping closures, unmodifiable, empty when the range is empty or reversed
   */
  public List<Closure> closuresBetween(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(startInclusive)) {
      return List.of();
    }
    if (combination != null) {
      TreeSet<Closure> out = new TreeSet<>();
      combination
          .components()
          .forEach(c -> out.addAll(c.closuresBetween(startInclusive, endExclusive)));
      return List.copyOf(out);
    }
    long from = startInclusive.getEpochSecond() + (startInclusive.getNano() > 0 ? 1 : 0);
    // The first closure whose end, or an earlier one's, is after the start of the range.
    int lo = 0;
    int hi = closureMaxEnds.length;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (closureMaxEnds[mid] < from) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Closure> out = new ArrayList<>();
    for (int i = lo; i < closures.size(); i++) {
      Closure c = closures.get(i);
      if (!c.startInclusive().isBefore(endExclusive)) {
        break;
      }
      if (c.overlaps(startInclusive, endExclusive)) {
        out.add(c);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Gets the closures that share an instant with a local date: with the range from the first
   * instant of the date to the first instant of the next one (both by the wall-clock rule), as
   * {@link #closuresBetween}.
   *
   * @param date the local date, not null
   * @return the closures, sorted by start, unmodifiable, possibly empty
   */
  public List<Closure> closuresOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    long base = date.toEpochDay() * 86_400;
    WallClock clock = WallClock.of(zone.getRules(), base, base + TimeWindow.DAY_SECONDS);
    return closuresBetween(
        Instant.ofEpochSecond(clock.firstInstantAtOrAfter(base)),
        Instant.ofEpochSecond(clock.firstInstantAtOrAfter(base + TimeWindow.DAY_SECONDS)));
  }

  // -----------------------------------------------------------------------------------------------
  // Instant operations

  /**
   * Checks whether an instant lies in an open window {@code [open, close)}.
   *
   * @param instant the instant, not null
   * @return true if open
   * @throws DateTimeException if the instant is outside the supported range of dates
   */
  public boolean isOpen(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return alwaysOpen || engine.isOpen(instant);
  }

  /**
   * Returns the instant itself if it is open, else the open of the first window after it.
   *
   * @param instant the instant, not null
   * @return the next open instant, not null
   * @throws DateTimeException if there is no open time within the search horizon
   */
  public Instant nextOpen(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    return alwaysOpen ? instant : engine.nextOpen(instant);
  }

  /**
   * Returns the end of the open stretch containing the instant, else of the next one. Windows that
   * touch, also across midnight, form one stretch.
   *
   * @param instant the instant, not null
   * @return the close, after the instant, not null
   * @throws DateTimeException if there is no open time, or no close, within the search horizon
   *     (always for a 24/7 calendar)
   */
  public Instant nextClose(Instant instant) {
    Objects.requireNonNull(instant, "instant");
    if (alwaysOpen) {
      throw new DateTimeException(
          "Calendar "
              + describe()
              + " is open around the clock, so there is no next close after "
              + instant
              + ". Check isAlwaysOpen() before asking for a close.");
    }
    return engine.nextClose(instant);
  }

  /**
   * Measures the open time within {@code [startInclusive, endExclusive)}; negated when the end is
   * before the start.
   *
   * @param startInclusive the start, not null
   * @param endExclusive the end, not null
   * @return the business time, not null
   * @throws DateTimeException if the instants are too far apart or outside the supported range
   */
  public Duration businessTimeBetween(Instant startInclusive, Instant endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (alwaysOpen) {
      return Duration.between(startInclusive, endExclusive);
    }
    return engine.between(startInclusive, endExclusive);
  }

  /**
   * Adds business time: for a positive amount, the earliest instant {@code u >= instant} with
   * {@code businessTimeBetween(instant, u)} equal to the amount. An amount that exactly fills a
   * window lands on that window's close. Zero returns the instant unchanged; a negative amount
   * subtracts.
   *
   * @param instant the start, not null
   * @param amount the business time to add, not null
   * @return the result, not null
   * @throws DateTimeException if the calendar has no open time within the search horizon, or the
   *     result is out of range
   */
  public Instant addBusinessTime(Instant instant, Duration amount) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero()) {
      return instant;
    }
    if (amount.isNegative()) {
      return subtractBusinessTime(instant, amount.negated());
    }
    return alwaysOpen ? instant.plus(amount) : engine.add(instant, amount);
  }

  /**
   * Subtracts business time: for a positive amount, the latest instant {@code u <= instant} with
   * {@code businessTimeBetween(u, instant)} equal to the amount. An amount that exactly empties a
   * window lands on that window's open. Zero returns the instant unchanged; a negative amount adds.
   *
   * @param instant the end, not null
   * @param amount the business time to subtract, not null
   * @return the result, not null
   * @throws DateTimeException if the calendar has no open time within the search horizon, or the
   *     result is out of range
   */
  public Instant subtractBusinessTime(Instant instant, Duration amount) {
    Objects.requireNonNull(instant, "instant");
    Objects.requireNonNull(amount, "amount");
    if (amount.isZero()) {
      return instant;
    }
    if (amount.isNegative()) {
      return addBusinessTime(instant, amount.negated());
    }
    return alwaysOpen ? instant.minus(amount) : engine.subtract(instant, amount);
  }

  /**
   * Adds business days. Let {@code c = nextOpen(instant)}, {@code W0} the working date whose window
   * contains {@code c}, and {@code k} the business time of {@code W0} before {@code c}. If {@code k
   * == 0} the result is the last close of the {@code (days − 1)}-th working date after {@code W0}
   * ({@code W0} itself for one day): one business day from Saturday, or from Monday's open, is
   * Monday's close. Otherwise the result is the instant at business offset {@code min(k, length of
   * that day)} into the {@code days}-th working date after {@code W0}. On a calendar whose working
   * days all have the same hours this is the same local time {@code days} working days later.
   *
   * @param instant the start, not null
   * @param days the number of business days, zero or more; zero returns the instant
   * @return the result, not null
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws DateTimeException if there are no working dates within the search horizon
   */
  public Instant addBusinessDays(Instant instant, int days) {
    Objects.requireNonNull(instant, "instant");
    if (days < 0) {
      throw new IllegalArgumentException(
          "Business days must not be negative, but was "
              + days
              + ": addBusinessDays counts forward only; use subtractBusinessTime to go back.");
    }
    return days == 0 ? instant : engine.addBusinessDays(instant, days);
  }

  /**
   * Subtracts business days: the mirror image of {@link #addBusinessDays(Instant, int)}, with time
   * reflected. Let {@code c} be the instant itself if it lies in a window {@code (open, close]},
   * else the close of the last window before it; {@code W0} the working date of that window; and
   * {@code k} the business time of {@code W0} after {@code c}. If {@code k == 0} the result is the
   * first open of the {@code (days − 1)}-th working date before {@code W0} ({@code W0} itself for
   * one day): one business day before Saturday, or before Friday's close, is Friday's open.
   * Otherwise the result is the latest instant that leaves {@code min(k, length of that day)} of
   * business time in the {@code days}-th working date before {@code W0}. On a calendar whose
   * working days all have the same hours this is the same local time {@code days} working days
   * earlier, and equals {@code subtractBusinessTime(instant, days × day length)}.
   *
   * @param instant the start, not null
   * @param days the number of business days, zero or more; zero returns the instant
   * @return the result, not null
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws DateTimeException if there are no working dates within the search horizon
   */
  public Instant subtractBusinessDays(Instant instant, int days) {
    Objects.requireNonNull(instant, "instant");
    if (days < 0) {
      throw new IllegalArgumentException(
          "Business days must not be negative, but was "
              + days
              + ": subtractBusinessDays counts backward only; use addBusinessDays to go forward.");
    }
    return days == 0 ? instant : engine.subtractBusinessDays(instant, days);
  }

  // -----------------------------------------------------------------------------------------------
  // ZonedDateTime and OffsetDateTime conveniences

  /**
   * Checks whether a date-time is open; the same as {@link #isOpen(Instant)} on its instant.
   *
   * @param dateTime the date-time, not null
   * @return true if open
   */
  public boolean isOpen(ZonedDateTime dateTime) {
    return isOpen(Objects.requireNonNull(dateTime, "dateTime").toInstant());
  }

  /**
   * Checks whether a date-time is open; the same as {@link #isOpen(Instant)} on its instant.
   *
   * @param dateTime the date-time, not null
   * @return true if open
   */
  public boolean isOpen(OffsetDateTime dateTime) {
    return isOpen(Objects.requireNonNull(dateTime, "dateTime").toInstant());
  }

  /**
   * {@link #nextOpen(Instant)} on the instant, returned in the date-time's zone.
   *
   * @param dateTime the date-time, not null
   * @return the next open date-time, not null
   */
  public ZonedDateTime nextOpen(ZonedDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return nextOpen(dateTime.toInstant()).atZone(dateTime.getZone());
  }

  /**
   * {@link #nextOpen(Instant)} on the instant, returned at the date-time's offset.
   *
   * @param dateTime the date-time, not null
   * @return the next open date-time, not null
   */
  public OffsetDateTime nextOpen(OffsetDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return nextOpen(dateTime.toInstant()).atOffset(dateTime.getOffset());
  }

  /**
   * {@link #nextClose(Instant)} on the instant, returned in the date-time's zone.
   *
   * @param dateTime the date-time, not null
   * @return the next close, not null
   */
  public ZonedDateTime nextClose(ZonedDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return nextClose(dateTime.toInstant()).atZone(dateTime.getZone());
  }

  /**
   * {@link #nextClose(Instant)} on the instant, returned at the date-time's offset.
   *
   * @param dateTime the date-time, not null
   * @return the next close, not null
   */
  public OffsetDateTime nextClose(OffsetDateTime dateTime) {
    Objects.requireNonNull(dateTime, "dateTime");
    return nextClose(dateTime.toInstant()).atOffset(dateTime.getOffset());
  }

  /**
   * {@link #businessTimeBetween(Instant, Instant)} on the instants.
   *
   * @param startInclusive the start, not null
   * @param endExclusive the end, not null
   * @return the business time, not null
   */
  public Duration businessTimeBetween(ZonedDateTime startInclusive, ZonedDateTime endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return businessTimeBetween(startInclusive.toInstant(), endExclusive.toInstant());
  }

  /**
   * {@link #businessTimeBetween(Instant, Instant)} on the instants.
   *
   * @param startInclusive the start, not null
   * @param endExclusive the end, not null
   * @return the business time, not null
   */
  public Duration businessTimeBetween(OffsetDateTime startInclusive, OffsetDateTime endExclusive) {
    Objects.requireNonNull(startInclusive, "startInclusive");
    Objects.requireNonNull(endExclusive, "endExclusive");
    return businessTimeBetween(startInclusive.toInstant(), endExclusive.toInstant());
  }

  /**
   * {@link #addBusinessTime(Instant, Duration)} on the instant, returned in the date-time's zone.
   *
   * @param dateTime the start, not null
   * @param amount the business time, not null
   * @return the result, not null
   */
  public ZonedDateTime addBusinessTime(ZonedDateTime dateTime, Duration amount) {
    Objects.requireNonNull(dateTime, "dateTime");
    return addBusinessTime(dateTime.toInstant(), amount).atZone(dateTime.getZone());
  }

  /**
   * {@link #addBusinessTime(Instant, Duration)} on the instant, returned at the date-time's offset.
   *
   * @param dateTime the start, not null
   * @param amount the business time, not null
   * @return the result, not null
   */
  public OffsetDateTime addBusinessTime(OffsetDateTime dateTime, Duration amount) {
    Objects.requireNonNull(dateTime, "dateTime");
    return addBusinessTime(dateTime.toInstant(), amount).atOffset(dateTime.getOffset());
  }

  /**
   * {@link #subtractBusinessTime(Instant, Duration)} on the instant, in the date-time's zone.
   *
   * @param dateTime the end, not null
   * @param amount the business time, not null
   * @return the result, not null
   */
  public ZonedDateTime subtractBusinessTime(ZonedDateTime dateTime, Duration amount) {
    Objects.requireNonNull(dateTime, "dateTime");
    return subtractBusinessTime(dateTime.toInstant(), amount).atZone(dateTime.getZone());
  }

  /**
   * {@link #subtractBusinessTime(Instant, Duration)} on the instant, at the date-time's offset.
   *
   * @param dateTime the end, not null
   * @param amount the business time, not null
   * @return the result, not null
   */
  public OffsetDateTime subtractBusinessTime(OffsetDateTime dateTime, Duration amount) {
    Objects.requireNonNull(dateTime, "dateTime");
    return subtractBusinessTime(dateTime.toInstant(), amount).atOffset(dateTime.getOffset());
  }

  /**
   * {@link #addBusinessDays(Instant, int)} on the instant, returned in the date-time's zone.
   *
   * @param dateTime the start, not null
   * @param days the number of business days, zero or more
   * @return the result, not null
   */
  public ZonedDateTime addBusinessDays(ZonedDateTime dateTime, int days) {
    Objects.requireNonNull(dateTime, "dateTime");
    return addBusinessDays(dateTime.toInstant(), days).atZone(dateTime.getZone());
  }

  /**
   * {@link #addBusinessDays(Instant, int)} on the instant, returned at the date-time's offset.
   *
   * @param dateTime the start, not null
   * @param days the number of business days, zero or more
   * @return the result, not null
   */
  public OffsetDateTime addBusinessDays(OffsetDateTime dateTime, int days) {
    Objects.requireNonNull(dateTime, "dateTime");
    return addBusinessDays(dateTime.toInstant(), days).atOffset(dateTime.getOffset());
  }

  /**
   * {@link #subtractBusinessDays(Instant, int)} on the instant, returned in the date-time's zone.
   *
   * @param dateTime the start, not null
   * @param days the number of business days, zero or more
   * @return the result, not null
   */
  public ZonedDateTime subtractBusinessDays(ZonedDateTime dateTime, int days) {
    Objects.requireNonNull(dateTime, "dateTime");
    return subtractBusinessDays(dateTime.toInstant(), days).atZone(dateTime.getZone());
  }

  /**
   * {@link #subtractBusinessDays(Instant, int)} on the instant, returned at the date-time's offset.
   *
   * @param dateTime the start, not null
   * @param days the number of business days, zero or more
   * @return the result, not null
   */
  public OffsetDateTime subtractBusinessDays(OffsetDateTime dateTime, int days) {
    Objects.requireNonNull(dateTime, "dateTime");
    return subtractBusinessDays(dateTime.toInstant(), days).atOffset(dateTime.getOffset());
  }

  // -----------------------------------------------------------------------------------------------
  // Object

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof BusinessCalendar other
        && name.equals(other.name)
        && zone.equals(other.zone)
        && weekly.equals(other.weekly)
        && special.equals(other.special)
        && recurring.equals(other.recurring)
        && holidays.equals(other.holidays)
        && closures.equals(other.closures)
        && Objects.equals(combination, other.combination);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, zone, weekly, special, recurring, holidays, closures, combination);
  }

  /**
   * Returns a summary such as {@code BusinessCalendar['support' America/New_York, MON 03:00-18:00,
   * …]}; a combination lists its components, e.g. {@code BusinessCalendar['union of a, b'
   * (Europe/Berlin), union of [BusinessCalendar[…], BusinessCalendar[…]]]}.
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BusinessCalendar[").append(describe());
    if (combination != null) {
      return sb.append(", ")
          .append(combination.operation().name().toLowerCase(java.util.Locale.ROOT))
          .append(" of ")
          .append(combination.components())
          .append(']')
          .toString();
    }
    for (DayOfWeek day : DayOfWeek.values()) {
      List<TimeWindow> windows = weekly.get(day.ordinal());
      if (!windows.isEmpty()) {
        sb.append(", ").append(day.name(), 0, 3).append(' ');
        for (int i = 0; i < windows.size(); i++) {
          sb.append(i == 0 ? "" : " ").append(windows.get(i));
        }
      }
    }
    if (!special.isEmpty()) {
      sb.append(", ").append(special.size()).append(" special dates");
    }
    for (RecurringSpecialHours r : recurring) {
      sb.append(", '").append(r.rule().name()).append("' ");
      for (int i = 0; i < r.windows().size(); i++) {
        sb.append(i == 0 ? "" : " ").append(r.windows().get(i));
      }
    }
    if (!closures.isEmpty()) {
      sb.append(", ")
          .append(closures.size())
          .append(closures.size() == 1 ? " closure" : " closures");
    }
    return sb.append(", holidays ").append(holidays.name()).append(']').toString();
  }

  // -----------------------------------------------------------------------------------------------
  // Internals

  private String describe() {
    return "'" + name + "' (" + zone.getId() + ")";
  }

  /**
   * The calendar's local windows of each date, for the engine. A range of dates is answered from
   * the weekly seconds with a day-of-week counter, then the range's holidays close their dates
   * (each year's holidays come as epoch days), then recurring special hours and the special hours
   * of a date replace whatever the date had: the precedence the class documentation states. Only a
   * calendar with special hours (date-specific or recurring) looks at each date, for those.
   */
  private final class Schedule implements DaySchedule {

    @Override
    public void secondsOn(long firstDay, int count, int[][] out) {
      // 1970-01-01, epoch day 0, was a Thursday.
      int day = (int) Math.floorMod(firstDay + DayOfWeek.THURSDAY.ordinal(), 7L);
      for (int i = 0; i < count; i++) {
        out[i] = weeklySeconds[day];
        day = day == 6 ? 0 : day + 1;
      }
      if (!holidays.isEmpty()) {
        closeHolidays(firstDay, count, out);
      }
      if (recurringSeconds.length == 0 && specialSeconds.isEmpty()) {
        return;
      }
      LocalDate date = LocalDate.ofEpochDay(firstDay);
      for (int i = 0; i < count; i++) {
        if (i > 0) {
          date = date.plusDays(1);
        }
        int[] sp = specialSeconds.isEmpty() ? null : specialSeconds.get(date);
        if (sp != null) {
          out[i] = sp;
        } else if (recurringSeconds.length > 0) {
          int r = recurringIndex(date);
          if (r >= 0) {
            out[i] = recurringSeconds[r];
          }
        }
      }
    }

    private void closeHolidays(long firstDay, int count, int[][] out) {
      long lastDay = firstDay + count - 1;
      int firstYear = LocalDate.ofEpochDay(firstDay).getYear();
      int lastYear = count == 1 ? firstYear : LocalDate.ofEpochDay(lastDay).getYear();
      for (int year = firstYear; year <= lastYear; year++) {
        for (long holiday : HolidayDays.epochDaysIn(holidays, year)) {
          if (holiday >= firstDay && holiday <= lastDay) {
            out[(int) (holiday - firstDay)] = CLOSED;
          }
        }
      }
    }
  }

  /**
   * The seconds of a day's windows, sharing one array between days with equal windows (Monday to
   * Friday usually) and the shared empty array for closed days, so a calendar holds little more
   * than its distinct days.
   */
  private int[] sharedSeconds(List<TimeWindow> windows, int ordinal) {
    if (windows.isEmpty()) {
      return CLOSED;
    }
    for (int k = 0; k < ordinal; k++) {
      // The builder gives days of equal windows one list, so this is usually an identity check.
      if (weekly.get(k).equals(windows)) {
        return weeklySeconds[k];
      }
    }
    return toSeconds(windows);
  }

  private static WindowSource withClosures(WindowSource source, List<Closure> closures) {
    if (closures.isEmpty()) {
      return source;
    }
    long[] closed = new long[closures.size() * 2];
    for (int i = 0; i < closures.size(); i++) {
      closed[2 * i] = closures.get(i).startInclusive().getEpochSecond();
      closed[2 * i + 1] = closures.get(i).endExclusive().getEpochSecond();
    }
    return new ClosingWindowSource(source, closed);
  }

  private static long[] maxEnds(List<Closure> closures) {
    long[] out = new long[closures.size()];
    long max = Long.MIN_VALUE;
    for (int i = 0; i < out.length; i++) {
      max = Math.max(max, closures.get(i).endExclusive().getEpochSecond());
      out[i] = max;
    }
    return out;
  }

  /** The index of the first recurring special hours whose rule falls on a date, or -1. */
  private int recurringIndex(LocalDate date) {
    for (int i = 0; i < recurringDates.size(); i++) {
      if (recurringDates.get(i).isHoliday(date)) {
        return i;
      }
    }
    return -1;
  }

  /** One holiday calendar per rule: its dates, computed once per year and cached. */
  private static List<HolidayCalendar> recurringDates(List<RecurringSpecialHours> recurring) {
    List<HolidayCalendar> out = new ArrayList<>(recurring.size());
    for (RecurringSpecialHours r : recurring) {
      out.add(HolidayCalendar.of(r.rule().name(), r.rule()));
    }
    return List.copyOf(out);
  }

  private static int[] toSeconds(List<TimeWindow> windows) {
    int[] out = new int[windows.size() * 2];
    for (int i = 0; i < windows.size(); i++) {
      out[2 * i] = windows.get(i).openSecondOfDay();
      out[2 * i + 1] = windows.get(i).closeSecondOfDay();
    }
    return out;
  }

  private static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Calendar name is blank: give a name that messages and explanations can show, e.g."
              + " \"support hours\"");
    }
    return name;
  }

  /** Sorts windows and merges touching ones; the caller has rejected overlaps. */
  static List<TimeWindow> merged(List<TimeWindow> windows) {
    if (windows.size() <= 1) {
      // Nothing to sort or merge (most days of most calendars).
      return windows.isEmpty() ? List.of() : List.of(windows.get(0));
    }
    List<TimeWindow> sorted = new ArrayList<>(windows);
    Collections.sort(sorted);
    List<TimeWindow> out = new ArrayList<>();
    for (TimeWindow w : sorted) {
      int last = out.size() - 1;
      if (last >= 0 && out.get(last).closeSecondOfDay() == w.openSecondOfDay()) {
        TimeWindow prev = out.get(last);
        out.set(last, TimeWindow.ofSecondOfDay(prev.openSecondOfDay(), w.closeSecondOfDay()));
      } else {
        out.add(w);
      }
    }
    return List.copyOf(out);
  }

  /** Adds a window to a list, refusing an overlap with one already in it. */
  static void addWithoutOverlap(List<TimeWindow> list, TimeWindow window, String where) {
    Builder.addWithoutOverlapIn(list, window, where);
  }

  /**
   * Builds a {@link BusinessCalendar}. Each {@code hours} call adds a window; call again for split
   * shifts. Not thread-safe; the calendar it builds is.
   */
  public static final class Builder {

    private final ZoneId zone;
    private String name = DEFAULT_NAME;

    /**
     * The windows given for each day of the week, by ordinal, in the order given; null for a day
     * without any. Arrays rather than collections, and the other fields created on first use, so
     * that building the calendar of a tenant costs little more than its windows.
     */
    private final TimeWindow[] @Nullable [] weekly = new TimeWindow[7][];

    private @Nullable TreeMap<LocalDate, List<TimeWindow>> special;
    private @Nullable Map<HolidayRule, List<TimeWindow>> recurring;
    private HolidayCalendar holidays = HolidayCalendar.none();
    private @Nullable List<Closure> closures;

    private Builder(ZoneId zone) {
      this.zone = zone;
    }

    /**
     * Sets the name used in messages and explanations; {@code "business hours"} by default.
     *
     * @param name the name, not blank
     * @return this builder
     */
    public Builder name(String name) {
      this.name = checkName(name);
      return this;
    }

    /**
     * Adds a weekly window on one day.
     *
     * @param day the day of the week, not null
     * @param open the open, whole seconds, not null
     * @param close the close, whole seconds; {@code MIDNIGHT} means {@code 24:00}, not null
     * @return this builder
     * @throws IllegalArgumentException if the close is not after the open, a boundary has a
     *     fraction of a second, or the window overlaps one already given for that day
     */
    public Builder hours(DayOfWeek day, LocalTime open, LocalTime close) {
      return hours(day, TimeWindow.of(open, close));
    }

    /**
     * Adds a weekly window on one day; with {@link TimeWindow#overnight} it may close on the next
     * day (a night shift {@code hours(FRIDAY, TimeWindow.overnight(22:00, 06:00))}). An overnight
     * window belongs to the day it opens on: a holiday on that day closes all of it.
     *
     * @param day the day of the week the window opens on, not null
     * @param window the window, not null
     * @return this builder
     * @throws IllegalArgumentException if the window overlaps one already given for that day
     */
    public Builder hours(DayOfWeek day, TimeWindow window) {
      Objects.requireNonNull(day, "day");
      Objects.requireNonNull(window, "window");
      TimeWindow[] given = weekly[day.ordinal()];
      if (given == null) {
        weekly[day.ordinal()] = new TimeWindow[] {window};
        return this;
      }
      for (TimeWindow existing : given) {
        checkNoOverlap(existing, window, day.toString());
      }
      TimeWindow[] grown = java.util.Arrays.copyOf(given, given.length + 1);
      grown[given.length] = window;
      weekly[day.ordinal()] = grown;
      return this;
    }

    /**
     * Adds the same weekly window on every day from {@code first} to {@code last} inclusive. The
     * range may wrap around the week: {@code FRIDAY..MONDAY} is Friday, Saturday, Sunday, Monday.
     *
     * @param first the first day, not null
     * @param last the last day, not null
     * @param open the open, not null
     * @param close the close; {@code MIDNIGHT} means {@code 24:00}, not null
     * @return this builder
     * @throws IllegalArgumentException as for {@link #hours(DayOfWeek, LocalTime, LocalTime)}
     */
    public Builder hours(DayOfWeek first, DayOfWeek last, LocalTime open, LocalTime close) {
      Objects.requireNonNull(first, "first");
      Objects.requireNonNull(last, "last");
      TimeWindow window = TimeWindow.of(open, close);
      int count = Math.floorMod(last.getValue() - first.getValue(), 7) + 1;
      for (int i = 0; i < count; i++) {
        hours(first.plus(i), window);
      }
      return this;
    }

    /**
     * Closes a whole local date, as a one-off holiday named "Holiday".
     *
     * @param date the date, not null
     * @return this builder
     */
    public Builder holiday(LocalDate date) {
      return holiday(date, "Holiday");
    }

    /**
     * Closes a whole local date, as a one-off holiday with a name.
     *
     * @param date the date, not null
     * @param name the holiday's name, shown in explanations, not null
     * @return this builder
     */
    public Builder holiday(LocalDate date, String name) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(name, "name");
      holidays = holidays.withClosure(date, name);
      return this;
    }

    /**
     * Adds the holidays of a holiday calendar; several calls combine.
     *
     * @param holidays the holidays, not null
     * @return this builder
     */
    public Builder holidays(HolidayCalendar holidays) {
      Objects.requireNonNull(holidays, "holidays");
      this.holidays = this.holidays.isEmpty() ? holidays : this.holidays.plus(holidays);
      return this;
    }

    /**
     * Adds a special-hours window on a date. The date's weekly windows no longer apply, and it is
     * open even if it is a holiday. Call again to add more windows to the same date.
     *
     * @param date the date, not null
     * @param open the open, not null
     * @param close the close; {@code MIDNIGHT} means {@code 24:00}, not null
     * @return this builder
     * @throws IllegalArgumentException if the window is invalid or overlaps another special-hours
     *     window of that date
     */
    public Builder specialHours(LocalDate date, LocalTime open, LocalTime close) {
      return specialHours(date, TimeWindow.of(open, close));
    }

    /**
     * Adds a special-hours window on a date, as {@link #specialHours(LocalDate, LocalTime,
     * LocalTime)}; with {@link TimeWindow#overnight} it may close on the next day.
     *
     * @param date the date the window opens on, not null
     * @param window the window, not null
     * @return this builder
     * @throws IllegalArgumentException if the window overlaps another special-hours window of that
     *     date
     */
    public Builder specialHours(LocalDate date, TimeWindow window) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(window, "window");
      if (special == null) {
        special = new TreeMap<>();
      }
      addWithoutOverlap(
          special.computeIfAbsent(date, d -> new ArrayList<>()),
          window,
          "special hours of " + date);
      return this;
    }

    /**
     * Adds a recurring special-hours window on every date a holiday rule yields: December 24 every
     * year ({@code specialHours(HolidayRule.fixed("Christmas Eve", MonthDay.of(12, 24)),
     * LocalTime.of(9, 0), LocalTime.of(12, 0))}). See {@link #specialHours(HolidayRule,
     * TimeWindow...)}.
     *
     * @param rule the rule whose observed dates get the window, not null
     * @param open the open, not null
     * @param close the close; {@code MIDNIGHT} means {@code 24:00}, not null
     * @return this builder
     * @throws IllegalArgumentException if the window is invalid or overlaps another window given
     *     for the same rule
     */
    public Builder specialHours(HolidayRule rule, LocalTime open, LocalTime close) {
      return specialHours(rule, TimeWindow.of(open, close));
    }

    /**
     * Adds recurring special-hours windows on every date a holiday rule yields (the day before
     * Thanksgiving: {@code HolidayRule.relativeTo("Thanksgiving Eve", thanksgiving, -1)}). On such
     * a date the windows replace the weekly ones and win over a holiday; special hours given for
     * that exact date win over them, and when several rules fall on one date the first one given
     * applies. Call again with an equal rule to add more windows to it. The rule is evaluated for
     * the year of each date and cached, so a lookup costs the same however far the date is.
     *
     * @param rule the rule whose observed dates get the windows, not null
     * @param windows the windows, at least one, each within its date (none crosses midnight)
     * @return this builder
     * @throws IllegalArgumentException if no window is given, a window crosses midnight, or windows
     *     of the rule overlap
     */
    public Builder specialHours(HolidayRule rule, TimeWindow... windows) {
      Objects.requireNonNull(rule, "rule");
      Objects.requireNonNull(windows, "windows");
      Map<HolidayRule, List<TimeWindow>> given = recurring;
      if (given == null) {
        given = new LinkedHashMap<>();
        recurring = given;
      }
      List<TimeWindow> all = new ArrayList<>(given.getOrDefault(rule, List.of()));
      all.addAll(java.util.Arrays.asList(windows));
      // Checks the windows now, so the error points at this call.
      given.put(rule, new RecurringSpecialHours(rule, all).windows());
      return this;
    }

    /**
     * Closes a range of instants, with a reason: an office event, an outage. The calendar is closed
     * over {@code [startInclusive, endExclusive)} whatever its hours, holidays and special hours
     * say; the windows it overlaps are cut around it and keep their dates, so a date whose windows
     * it closes entirely is no longer a working date. Closures may overlap; call again for more.
     *
     * @param startInclusive the first closed instant, whole seconds, not null
     * @param endExclusive the first instant after the closure, whole seconds, not null
     * @param reason why the calendar is closed, shown in explanations, not blank
     * @return this builder
     * @throws IllegalArgumentException as for {@link Closure#Closure}
     */
    public Builder closure(Instant startInclusive, Instant endExclusive, String reason) {
      return closure(new Closure(startInclusive, endExclusive, reason));
    }

    /**
     * Adds a closure, as {@link #closure(Instant, Instant, String)}.
     *
     * @param closure the closure, not null
     * @return this builder
     */
    public Builder closure(Closure closure) {
      Objects.requireNonNull(closure, "closure");
      if (closures == null) {
        closures = new ArrayList<>();
      }
      closures.add(closure);
      return this;
    }

    /**
     * Closes a window of local time on a date, with a reason ({@code closure(date,
     * TimeWindow.parse("12:00-15:00"), "Office event")}); with {@link TimeWindow#overnight} it may
     * end on the next day. The window is mapped to instants now, by the wall-clock rule of this
     * builder's zone, as the windows of the hours are: from the first instant at which the clock
     * reads {@code date+open} or later to the first at which it reads {@code date+close} or later.
     * A window that maps to an empty range (wholly inside a DST gap) closes nothing and is not
     * recorded.
     *
     * @param date the local date the window starts on, not null
     * @param window the local window to close, not null
     * @param reason why the calendar is closed, not blank
     * @return this builder
     * @throws IllegalArgumentException if the reason is blank
     */
    public Builder closure(LocalDate date, TimeWindow window, String reason) {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(window, "window");
      Objects.requireNonNull(reason, "reason");
      java.time.LocalDateTime midnight = date.atStartOfDay();
      // Checked before the mapping, so the error does not depend on DST.
      Closure.checkReason(
          midnight.plusSeconds(window.openSecondOfDay())
              + "/"
              + midnight.plusSeconds(window.closeSecondOfDay()),
          reason);
      long base = date.toEpochDay() * 86_400;
      WallClock clock = WallClock.of(zone.getRules(), base, base + 2L * TimeWindow.DAY_SECONDS);
      long start = clock.firstInstantAtOrAfter(base + window.openSecondOfDay());
      long end = clock.firstInstantAtOrAfter(base + window.closeSecondOfDay());
      if (end > start) {
        closure(Instant.ofEpochSecond(start), Instant.ofEpochSecond(end), reason);
      }
      return this;
    }

    /**
     * Builds the calendar.
     *
     * @return the calendar, not null
     */
    public BusinessCalendar build() {
      List<List<TimeWindow>> w = weekWindows();
      DayOfWeek[] days = DayOfWeek.values();
      for (int day = 0; day < 7; day++) {
        int next = (day + 1) % 7;
        checkSpill(w.get(day), days[day].toString(), w.get(next), days[next].toString());
      }
      SortedMap<LocalDate, List<TimeWindow>> s = Collections.emptySortedMap();
      if (special != null) {
        TreeMap<LocalDate, List<TimeWindow>> merged = new TreeMap<>();
        special.forEach((date, windows) -> merged.put(date, merged(windows)));
        s = merged;
        for (Map.Entry<LocalDate, List<TimeWindow>> e : s.entrySet()) {
          LocalDate date = e.getKey();
          LocalDate before = date.minusDays(1);
          LocalDate after = date.plusDays(1);
          checkSpill(windowsOf(w, s, before), before.toString(), e.getValue(), date.toString());
          checkSpill(e.getValue(), date.toString(), windowsOf(w, s, after), after.toString());
        }
      }
      List<RecurringSpecialHours> r = new ArrayList<>();
      if (recurring != null) {
        recurring.forEach((rule, windows) -> r.add(new RecurringSpecialHours(rule, windows)));
      }
      for (RecurringSpecialHours rs : r) {
        String where =
            "a date of the recurring special hours '"
                + rs.rule().name()
                + "', which may fall on any day of the week";
        for (int day = 0; day < 7; day++) {
          checkSpill(w.get(day), days[day].toString(), rs.windows(), where);
        }
      }
      BusinessCalendar calendar =
          new BusinessCalendar(
              name,
              zone,
              w,
              s,
              r.isEmpty() ? List.of() : List.copyOf(r),
              holidays,
              closures == null ? List.of() : List.copyOf(new TreeSet<>(closures)));
      if (!r.isEmpty()) {
        for (Map.Entry<LocalDate, List<TimeWindow>> e : s.entrySet()) {
          LocalDate after = e.getKey().plusDays(1);
          Optional<RecurringSpecialHours> next = calendar.recurringSpecialHoursOn(after);
          if (next.isPresent()) {
            checkSpill(e.getValue(), e.getKey().toString(), next.get().windows(), after.toString());
          }
        }
      }
      return calendar;
    }

    /**
     * The merged windows of each day of the week, by ordinal; days given the same windows (Monday
     * to Friday, usually) share one list.
     */
    private List<List<TimeWindow>> weekWindows() {
      @SuppressWarnings("unchecked")
      List<TimeWindow>[] out = new List[7];
      for (int day = 0; day < 7; day++) {
        TimeWindow[] given = weekly[day];
        if (given == null) {
          out[day] = List.of();
          continue;
        }
        for (int k = 0; k < day && out[day] == null; k++) {
          if (java.util.Arrays.equals(weekly[k], given)) {
            out[day] = out[k];
          }
        }
        if (out[day] == null) {
          out[day] = merged(java.util.Arrays.asList(given));
        }
      }
      return List.of(out);
    }

    private static List<TimeWindow> windowsOf(
        List<List<TimeWindow>> weekly, Map<LocalDate, List<TimeWindow>> special, LocalDate date) {
      List<TimeWindow> sp = special.get(date);
      return sp != null ? sp : weekly.get(date.getDayOfWeek().ordinal());
    }

    /**
     * Refuses an overnight window that runs into a window of the next day (checked without
     * holidays, so that a holiday cannot hide the conflict on one date and not another).
     */
    private static void checkSpill(
        List<TimeWindow> day, String where, List<TimeWindow> next, String nextWhere) {
      if (day.isEmpty() || next.isEmpty()) {
        return;
      }
      TimeWindow last = day.get(day.size() - 1);
      TimeWindow first = next.get(0);
      if (last.crossesMidnight()
          && first.openSecondOfDay() < last.closeSecondOfDay() - TimeWindow.DAY_SECONDS) {
        throw new IllegalArgumentException(
            "Overnight window "
                + last
                + " on "
                + where
                + " runs into the window "
                + first
                + " of the next day, "
                + nextWhere
                + ": a window that crosses midnight must close by the next day's first open. Close"
                + " it earlier, or open the next day later.");
      }
    }

    static void addWithoutOverlapIn(List<TimeWindow> list, TimeWindow window, String where) {
      for (TimeWindow existing : list) {
        checkNoOverlap(existing, window, where);
      }
      list.add(window);
    }

    private static void checkNoOverlap(TimeWindow existing, TimeWindow window, String where) {
      if (existing.overlaps(window)) {
        throw new IllegalArgumentException(
            "Window "
                + window
                + " on "
                + where
                + " overlaps "
                + existing
                + ", given before for the same day: windows of one day must not overlap."
                + " Make them touch instead (e.g. 09:00-12:00 and 12:00-17:00 merge into one).");
      }
    }
  }
}
