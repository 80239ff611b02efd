package io.github.sla4j.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A window of local (wall-clock) time that opens on a day, {@code [open, close)}: within that day,
 * or, for an {@linkplain #overnight overnight} window such as a night shift {@code 22:00-06:00+1},
 * closing on the next day.
 *
 * <p>A close of {@link LocalTime#MIDNIGHT} means the end of the day, written {@code 24:00}; an open
 * of {@code MIDNIGHT} means the start of the day. An overnight window belongs to the day it opens
 * on and closes before the end of the next day. Boundaries are whole seconds. How a window is
 * turned into instants on a given date, across DST gaps and overlaps, is the wall-clock rule
 * described on {@link BusinessCalendar}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class TimeWindow implements Comparable<TimeWindow> {

  /** Seconds in a day; the close of a window that ends at {@code 24:00}. */
  static final int DAY_SECONDS = 86_400;

  /** The whole day, {@code 00:00–24:00}. */
  public static final TimeWindow ALL_DAY = new TimeWindow(0, DAY_SECONDS);

  private final int openSecond;
  private final int closeSecond;

  private TimeWindow(int openSecond, int closeSecond) {
    this.openSecond = openSecond;
    this.closeSecond = closeSecond;
  }

  /**
   * Obtains a window from its open and close.
   *
   * @param open the first local time of the window, not null
   * @param close the first local time after the window; {@code MIDNIGHT} means {@code 24:00}, not
   *     null
   * @return the window, not null
   * @throws IllegalArgumentException if a boundary has a fraction of a second, or the close is not
   *     after the open
   */
  public static TimeWindow of(LocalTime open, LocalTime close) {
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(close, "close");
    checkWholeSeconds(open, "open");
    checkWholeSeconds(close, "close");
    int openSecond = open.toSecondOfDay();
    int closeSecond = close.equals(LocalTime.MIDNIGHT) ? DAY_SECONDS : close.toSecondOfDay();
    if (closeSecond <= openSecond) {
      throw new IllegalArgumentException(
          "Window "
              + format(openSecond)
              + "–"
              + format(closeSecond)
              + " is invalid: the close must be after the open. Use 24:00 (LocalTime.MIDNIGHT) to"
              + " close at the end of the day; for a window that runs past midnight use"
              + " TimeWindow.overnight(open, close).");
    }
    return new TimeWindow(openSecond, closeSecond);
  }

  /**
   * Obtains a window that opens on one day and closes on the next, such as a night shift from 22:00
   * to 06:00. It belongs to the day it opens on: a holiday on that day closes all of it, and it
   * counts towards that day's business time.
   *
   * @param open the open on the first day, not null
   * @param closeNextDay the close on the next day, after 00:00, not null
   * @return the window, not null
   * @throws IllegalArgumentException if a boundary has a fraction of a second, or the close is
   *     00:00 (use {@link #of} with {@code 24:00})
   */
  public static TimeWindow overnight(LocalTime open, LocalTime closeNextDay) {
    Objects.requireNonNull(open, "open");
    Objects.requireNonNull(closeNextDay, "closeNextDay");
    checkWholeSeconds(open, "open");
    checkWholeSeconds(closeNextDay, "close");
    int openSecond = open.toSecondOfDay();
    int next = closeNextDay.toSecondOfDay();
    if (next == 0) {
      throw new IllegalArgumentException(
          "Overnight window "
              + format(openSecond)
              + "–00:00+1 is invalid: an overnight window closes on the next day after 00:00. For"
              + " a window that ends at midnight use TimeWindow.of(open, LocalTime.MIDNIGHT).");
    }
    return new TimeWindow(openSecond, DAY_SECONDS + next);
  }

  /**
   * Obtains a window from seconds of the day.
   *
   * @param openSecond the open, from 0 to 86,399
   * @param closeSecond the close, from {@code openSecond + 1} to 86,400 ({@code 24:00}); above
   *     86,400 (and below 172,800) for an overnight window
   * @return the window, not null
   * @throws IllegalArgumentException if the values are out of range or the close is not after the
   *     open
   */
  public static TimeWindow ofSecondOfDay(int openSecond, int closeSecond) {
    if (openSecond >= 0
        && openSecond < DAY_SECONDS
        && closeSecond > DAY_SECONDS
        && closeSecond < 2 * DAY_SECONDS) {
      return overnight(
          LocalTime.ofSecondOfDay(openSecond), LocalTime.ofSecondOfDay(closeSecond - DAY_SECONDS));
    }
    if (openSecond < 0 || openSecond >= DAY_SECONDS || closeSecond > DAY_SECONDS) {
      throw new IllegalArgumentException(
          "Window seconds "
              + openSecond
              + "–"
              + closeSecond
              + " are out of range: the open must be in [0, 86400) and the close at most 86400"
              + " (24:00).");
    }
    return of(
        LocalTime.ofSecondOfDay(openSecond),
        closeSecond == DAY_SECONDS ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(closeSecond));
  }

  /**
   * Parses a window written {@code HH:mm[:ss]-HH:mm[:ss]}, such as {@code 03:00-18:00} or {@code
   * 18:00-24:00}, with {@code +1} after the close for an overnight window ({@code 22:00-06:00+1}).
   * An en dash may stand for the hyphen.
   *
   * @param text the text, not null
   * @return the window, not null
   * @throws DateTimeParseException if the text is not a window
   */
  public static TimeWindow parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    int dash = s.indexOf('-');
    if (dash < 0) {
      dash = s.indexOf('–');
    }
    if (dash < 0) {
      throw new DateTimeParseException(
          "Window '" + s + "' has no '-': write it as HH:mm-HH:mm, e.g. 03:00-18:00", s, 0);
    }
    String closeText = s.substring(dash + 1).trim();
    boolean nextDay = closeText.endsWith("+1");
    if (nextDay) {
      closeText = closeText.substring(0, closeText.length() - 2).trim();
    }
    LocalTime open = parseTime(s.substring(0, dash).trim(), s, 0);
    LocalTime close = parseTime(closeText, s, dash + 1);
    try {
      return nextDay ? overnight(open, close) : of(open, close);
    } catch (IllegalArgumentException ex) {
      throw new DateTimeParseException(ex.getMessage(), s, 0, ex);
    }
  }

  /**
   * Parses a local time of day, accepting {@code 24:00} (and {@code 24:00:00}) as the end of the
   * day, returned as {@link LocalTime#MIDNIGHT}.
   *
   * @param text the text, {@code HH:mm} or {@code HH:mm:ss}, not null
   * @return the time, not null
   * @throws DateTimeParseException if the text is not such a time
   */
  public static LocalTime parseTime(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString().trim();
    return parseTime(s, s, 0);
  }

  private static LocalTime parseTime(String part, String whole, int index) {
    if (part.equals("24:00") || part.equals("24:00:00")) {
      return LocalTime.MIDNIGHT;
    }
    if (!part.matches("\\d\\d:\\d\\d(:\\d\\d)?")) {
      throw new DateTimeParseException(
          "Time '" + part + "' is not HH:mm or HH:mm:ss (00:00 to 24:00), e.g. 03:00",
          whole,
          index);
    }
    try {
      return LocalTime.parse(part);
    } catch (DateTimeParseException ex) {
      throw new DateTimeParseException(
          "Time '" + part + "' is not a valid time of day (00:00 to 24:00)", whole, index, ex);
    }
  }

  private static void checkWholeSeconds(LocalTime time, String what) {
    if (time.getNano() != 0) {
      throw new IllegalArgumentException(
          "Window "
              + what
              + " "
              + time
              + " has a fraction of a second: window boundaries must be whole seconds. Truncate"
              + " it, e.g. with time.truncatedTo(ChronoUnit.SECONDS).");
    }
  }

  /**
   * Gets the open.
   *
   * @return the first local time of the window, not null
   */
  public LocalTime open() {
    return LocalTime.ofSecondOfDay(openSecond);
  }

  /**
   * Gets the close; {@link LocalTime#MIDNIGHT} when the window runs to the end of the day.
   *
   * @return the close, not null
   */
  public LocalTime close() {
    return closeSecond == DAY_SECONDS
        ? LocalTime.MIDNIGHT
        : LocalTime.ofSecondOfDay(closeSecond % DAY_SECONDS);
  }

  /**
   * Checks whether this window closes on the day after it opens (an overnight window).
   *
   * @return true for an overnight window such as {@code 22:00-06:00+1}
   */
  public boolean crossesMidnight() {
    return closeSecond > DAY_SECONDS;
  }

  /**
   * Gets the open as a second of the day.
   *
   * @return from 0 to 86,399
   */
  public int openSecondOfDay() {
    return openSecond;
  }

  /**
   * Gets the close as a second from the start of the day the window opens on; 86,400 for {@code
   * 24:00}, more for an overnight window ({@code 22:00-06:00+1} closes at 108,000).
   *
   * @return from 1 to 172,799
   */
  public int closeSecondOfDay() {
    return closeSecond;
  }

  /**
   * Checks whether this window runs to the end of the day ({@code 24:00}).
   *
   * @return true if the close is {@code 24:00}
   */
  public boolean isEndOfDay() {
    return closeSecond == DAY_SECONDS;
  }

  /**
   * Checks whether this window shares time with another; touching windows do not overlap.
   *
   * @param other the other window, not null
   * @return true if the windows overlap
   */
  public boolean overlaps(TimeWindow other) {
    return openSecond < other.closeSecond && other.openSecond < closeSecond;
  }

  /** Orders by open, then close. */
  @Override
  public int compareTo(TimeWindow other) {
    int c = Integer.compare(openSecond, other.openSecond);
    return c != 0 ? c : Integer.compare(closeSecond, other.closeSecond);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof TimeWindow other
        && openSecond == other.openSecond
        && closeSecond == other.closeSecond;
  }

  @Override
  public int hashCode() {
    return openSecond * 31 + closeSecond;
  }

  /**
   * Returns the window as {@code HH:mm-HH:mm} (seconds shown when not zero), e.g. {@code
   * 03:00-24:00}; an overnight window ends in {@code +1}, e.g. {@code 22:00-06:00+1}.
   */
  @Override
  public String toString() {
    return crossesMidnight()
        ? format(openSecond) + "-" + format(closeSecond - DAY_SECONDS) + "+1"
        : format(openSecond) + "-" + format(closeSecond);
  }

  static String format(int second) {
    int h = second / 3600;
    int m = second / 60 % 60;
    int s = second % 60;
    String hm = String.format("%02d:%02d", h, m);
    return s == 0 ? hm : hm + String.format(":%02d", s);
  }
}
