package io.github.sla4j.internal.json;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.policy.PolicySelection;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseEvent;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * Which types the format covers and how each is written and read: the one table both Jackson
 * bindings register, so that they cannot drift apart.
 */
public final class Bindings {

  /** The name both Jackson modules give themselves. */
  public static final String MODULE_NAME = "sla4j";

  /** The thresholds a case status is written with unless the module is told otherwise. */
  public static final double[] DEFAULT_THRESHOLDS = {0.5, 0.75, 0.9, 1.0};

  private Bindings() {}

  /**
   * How one type is written and, unless it is write-only, read.
   *
   * @param <T> the type
   * @param type the type
   * @param what how messages name a document of this type
   * @param writer writes a value as a tree of maps, lists and scalars
   * @param reader reads a value from a tree, or null when the type is written only
   */
  public record Binding<T>(
      Class<T> type,
      String what,
      Function<T, Map<String, Object>> writer,
      @Nullable Function<In, T> reader) {}

  /**
   * The bindings of every type the format covers.
   *
   * @param thresholds the fractions a case status is written with, already checked
   * @return the bindings
   */
  public static List<Binding<?>> all(double[] thresholds) {
    double[] fractions = thresholds.clone();
    return List.of(
        new Binding<>(
            BusinessCalendar.class,
            "business calendar",
            CalendarFormat::write,
            CalendarFormat::readCalendar),
        new Binding<>(
            HolidayCalendar.class,
            "holiday calendar",
            CalendarFormat::write,
            CalendarFormat::readHolidays),
        new Binding<>(SlaPolicy.class, "support policy", PolicyFormat::write, PolicyFormat::read),
        new Binding<>(
            PolicySelection.class,
            "policy selection",
            SelectionFormat::write,
            SelectionFormat::read),
        new Binding<>(
            CaseTimeline.class, "case timeline", TimelineFormat::write, TimelineFormat::read),
        new Binding<>(
            CaseEvent.class, "case event", TimelineFormat::writeEvent, TimelineFormat::readEvent),
        new Binding<>(
            CaseStatus.class, "case status", s -> StatusFormat.write(s, fractions), null));
  }

  /**
   * Makes a binding's serializer for every covered type.
   *
   * @param <S> the binding's serializer type
   * @param bindings the bindings, from {@link #all}
   * @param serializer makes the serializer of one type
   * @return the serializers, in the order of the bindings
   */
  public static <S> List<S> serializers(
      List<Binding<?>> bindings, Function<Binding<?>, S> serializer) {
    List<S> out = new ArrayList<>();
    for (Binding<?> binding : bindings) {
      out.add(serializer.apply(binding));
    }
    return out;
  }

  /**
   * Makes a binding's deserializer for every covered type that is read, not only written.
   *
   * @param <D> the binding's deserializer type
   * @param bindings the bindings, from {@link #all}
   * @param deserializer makes the deserializer of one type
   * @return the deserializers by the type they read
   */
  public static <D> Map<Class<?>, D> deserializers(
      List<Binding<?>> bindings, Function<Binding<?>, D> deserializer) {
    Map<Class<?>, D> out = new LinkedHashMap<>();
    for (Binding<?> binding : bindings) {
      if (binding.reader() != null) {
        out.put(binding.type(), deserializer.apply(binding));
      }
    }
    return out;
  }

  /**
   * Checks the fractions a module is asked to write case statuses with.
   *
   * @param fractions the fractions
   * @return a copy
   * @throws IllegalArgumentException if a fraction is negative, infinite or NaN
   */
  public static double[] checkThresholds(double... fractions) {
    double[] copy = fractions.clone();
    for (double f : copy) {
      if (!(f >= 0) || Double.isInfinite(f)) {
        throw new IllegalArgumentException(
            "Threshold fraction "
                + f
                + " is invalid: a threshold is a fraction of the target, zero or more, such as"
                + " 0.75");
      }
    }
    return copy;
  }

  /**
   * The version a binding was built as, from the {@code version} property of a resource the build
   * filled in. The binding opens the resource itself: it lies in the binding's own module.
   *
   * @param resource the opened resource, or null when it is missing
   * @return the version, or {@code 0.0.0} when the resource is missing
   */
  public static String version(@Nullable InputStream resource) {
    Properties props = new Properties();
    try (InputStream in = resource) {
      if (in != null) {
        props.load(in);
      }
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return props.getProperty("version", "0.0.0");
  }
}
