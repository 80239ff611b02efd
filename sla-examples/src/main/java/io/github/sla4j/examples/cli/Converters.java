package io.github.sla4j.examples.cli;

import java.time.DateTimeException;
import java.time.Year;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters for option values. Each failure says what is expected and what was given; picocli
 * prefixes the option's name.
 */
final class Converters {

  private Converters() {}

  /**
   * Reads an enum constant case-insensitively, also with {@code -} for {@code _}: {@code
   * support-portal} is {@code SUPPORT_PORTAL}.
   */
  static final class EnumConverter<E extends Enum<E>> implements ITypeConverter<E> {
    private final Class<E> type;

    EnumConverter(Class<E> type) {
      this.type = type;
    }

    @Override
    public E convert(String value) {
      String key = value.trim().toUpperCase(Locale.ENGLISH).replace('-', '_');
      for (E constant : type.getEnumConstants()) {
        if (constant.name().equals(key)) {
          return constant;
        }
      }
      throw new TypeConversionException(
          "expected one of " + names(type) + " but was '" + value + "'");
    }
  }

  /**
   * The constants of an enum as the command line spells them: lower case, {@code -} for {@code _}.
   */
  static <E extends Enum<E>> String names(Class<E> type) {
    return Arrays.stream(type.getEnumConstants())
        .map(Converters::name)
        .collect(Collectors.joining(", ", "[", "]"));
  }

  /**
   * A word of a policy's vocabulary as the command line spells it, the JSON format's spelling: a
   * seed value or one of the four metrics in lower case ({@code support_portal}, {@code
   * next_reply}), any other value as its id ({@code P2}).
   */
  static String name(Object value) {
    String id = value.toString();
    boolean seed =
        io.github.sla4j.policy.ThreekitPolicy.SEVERITIES.contains(value)
            || io.github.sla4j.policy.ThreekitPolicy.TIERS.contains(value)
            || io.github.sla4j.policy.ThreekitPolicy.CHANNELS.contains(value)
            || io.github.sla4j.policy.ThreekitPolicy.AREAS.contains(value)
            || value instanceof io.github.sla4j.policy.Metric m && m.hasClockRules();
    return seed ? id.toLowerCase(Locale.ENGLISH) : id;
  }

  /**
   * An enum constant as the command line and the JSON format spell it, e.g. {@code not_covered}.
   */
  static String name(Enum<?> constant) {
    return constant.name().toLowerCase(Locale.ENGLISH);
  }

  static ZoneId zone(String value) {
    try {
      return ZoneId.of(value);
    } catch (DateTimeException ex) {
      throw new TypeConversionException(
          "expected an IANA time zone such as Europe/Berlin or UTC but was '" + value + "'");
    }
  }

  static YearMonth month(String value) {
    try {
      return YearMonth.parse(value);
    } catch (DateTimeParseException ex) {
      throw new TypeConversionException(
          "expected a month as yyyy-MM, e.g. 2026-11, but was '" + value + "'");
    }
  }

  static Year year(String value) {
    try {
      int year = Integer.parseInt(value);
      if (year < 1 || year > 9999) {
        throw new NumberFormatException(value);
      }
      return Year.of(year);
    } catch (NumberFormatException ex) {
      throw new TypeConversionException(
          "expected a year from 1 to 9999, e.g. 2027, but was '" + value + "'");
    }
  }

  /** The largest warning threshold: ten times the target, far past any deadline worth a warning. */
  static final double MAX_FRACTION = io.github.sla4j.tracking.CaseStatus.MAX_THRESHOLD_FRACTION;

  static Double fraction(String value) {
    double fraction;
    try {
      fraction = Double.parseDouble(value);
    } catch (NumberFormatException ex) {
      fraction = Double.NaN;
    }
    if (!(fraction > 0 && fraction <= MAX_FRACTION)) {
      throw new TypeConversionException(
          "expected fractions of the target greater than 0 and at most 10, such as 0.5,0.75,0.9"
              + " (1.0 is the deadline, 10 ten times the target), but was '"
              + value
              + "'");
    }
    return fraction;
  }
}
