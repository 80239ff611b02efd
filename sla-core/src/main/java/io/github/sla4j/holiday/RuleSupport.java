package io.github.sla4j.holiday;

import java.time.LocalDate;
import java.time.Year;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Date arithmetic and argument checks shared by the holiday types. The arithmetic never throws at
 * the ends of the {@link LocalDate} range; it answers "no date" instead.
 */
final class RuleSupport {

  private static final long MIN_EPOCH_DAY = LocalDate.MIN.toEpochDay();
  private static final long MAX_EPOCH_DAY = LocalDate.MAX.toEpochDay();

  private RuleSupport() {}

  /** Returns {@code date + days}, or empty if that lies outside the range of {@link LocalDate}. */
  static Optional<LocalDate> plusDaysInRange(LocalDate date, long days) {
    long epochDay = date.toEpochDay() + days;
    if (epochDay < MIN_EPOCH_DAY || epochDay > MAX_EPOCH_DAY) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.ofEpochDay(epochDay));
  }

  /** Checks whether {@code year} can be the year of a {@link LocalDate}. */
  static boolean isSupportedYear(long year) {
    return year >= Year.MIN_VALUE && year <= Year.MAX_VALUE;
  }

  /**
   * Computes Gregorian Easter Sunday with the anonymous Gregorian (Meeus–Jones–Butcher) algorithm,
   * using floor division so that the proleptic years before 1583 and before year 0 work too.
   */
  static LocalDate easterSunday(int year) {
    int a = Math.floorMod(year, 19);
    int b = Math.floorDiv(year, 100);
    int c = Math.floorMod(year, 100);
    int d = Math.floorDiv(b, 4);
    int e = Math.floorMod(b, 4);
    int f = Math.floorDiv(b + 8, 25);
    int g = Math.floorDiv(b - f + 1, 3);
    int h = Math.floorMod(19 * a + b - d - g + 15, 30);
    int i = Math.floorDiv(c, 4);
    int k = Math.floorMod(c, 4);
    int l = Math.floorMod(32 + 2 * e + 2 * i - h - k, 7);
    int m = Math.floorDiv(a + 11 * h + 22 * l, 451);
    int month = Math.floorDiv(h + l - 7 * m + 114, 31);
    int day = Math.floorMod(h + l - 7 * m + 114, 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /** The largest offset, in days, of an Easter or relative rule; about a year either way. */
  static final int MAX_OFFSET_DAYS = 366;

  static String checkName(String name) {
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Holiday name '"
              + name
              + "' is blank: a holiday needs a name that people recognise. Pass a name such as"
              + " \"Independence Day\".");
    }
    return name;
  }

  static void checkYears(@Nullable Integer firstYear, @Nullable Integer lastYear) {
    checkYear(firstYear, "First year");
    checkYear(lastYear, "Last year");
    if (firstYear != null && lastYear != null && firstYear > lastYear) {
      throw new IllegalArgumentException(
          "First year "
              + firstYear
              + " is after last year "
              + lastYear
              + ": a rule must apply in at least one year. Swap them, or pass null for an open"
              + " end.");
    }
  }

  private static void checkYear(@Nullable Integer year, String what) {
    if (year != null && !isSupportedYear(year)) {
      throw new IllegalArgumentException(
          what
              + " "
              + year
              + " is outside the range of LocalDate ("
              + Year.MIN_VALUE
              + " to "
              + Year.MAX_VALUE
              + "). Pass a year in that range, or null for an open end.");
    }
  }

  static void checkOffset(int days, String what) {
    if (days < -MAX_OFFSET_DAYS || days > MAX_OFFSET_DAYS) {
      throw new IllegalArgumentException(
          what
              + " of "
              + days
              + " days is out of range: it must be from -"
              + MAX_OFFSET_DAYS
              + " to "
              + MAX_OFFSET_DAYS
              + " days, so that a holiday stays within a year of its base date. Use a fixed"
              + " or one-off rule for dates further away.");
    }
  }

  /** The number of calendar years a shift of {@code days} can cross. */
  static int yearReach(long days) {
    return days == 0 ? 0 : (int) (Math.abs(days) / 365 + 1);
  }

  /**
   * The number of calendar years by which a holiday of {@code rule} can lie away from its holiday
   * year: a calendar year {@code Y} holds holidays of the holiday years {@code Y - reach} to {@code
   * Y + reach} only.
   */
  static int yearReach(HolidayRule rule) {
    if (rule instanceof HolidayRule.Fixed fixed) {
      return fixed.observance().yearReach();
    }
    if (rule instanceof HolidayRule.EasterOffset) {
      // Easter Sunday lies from March 22 to April 25, so +-366 days stays within the next or
      // previous year.
      return 1;
    }
    if (rule instanceof HolidayRule.Relative relative) {
      return yearReach(relative.base()) + yearReach(relative.days());
    }
    return 0;
  }
}
