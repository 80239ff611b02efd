package io.github.sla4j.tracking;

import io.github.sla4j.policy.ResponseTarget;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A target's clock started at an anchor, with pauses cut out. Pauses are closed, sorted and
 * disjoint; those before the anchor are dropped and one across it is clipped to start there.
 */
final class ClockRun {

  /** A closed pause {@code [start, end)}. */
  record Pause(Instant start, Instant end) {}

  private final ResponseTarget target;
  private final Instant anchor;
  private final Duration length;
  private final List<Pause> pauses;

  private ClockRun(ResponseTarget target, Instant anchor, Duration length, List<Pause> pauses) {
    this.target = target;
    this.anchor = anchor;
    this.length = length;
    this.pauses = pauses;
  }

  static ClockRun start(ResponseTarget target, Instant anchor) {
    return new ClockRun(target, anchor, target.lengthFrom(anchor), List.of());
  }

  ClockRun withPauses(List<Pause> all) {
    List<Pause> clipped = new ArrayList<>(all.size());
    for (Pause pause : all) {
      Instant start = pause.start().isBefore(anchor) ? anchor : pause.start();
      if (pause.end().isAfter(start)) {
        clipped.add(new Pause(start, pause.end()));
      }
    }
    return new ClockRun(target, anchor, length, List.copyOf(clipped));
  }

  ResponseTarget target() {
    return target;
  }

  Instant anchor() {
    return anchor;
  }

  Duration length() {
    return length;
  }

  /** The clock time used within {@code [anchor, until)}, pauses excluded. */
  Duration used(Instant until) {
    Duration total = Duration.ZERO;
    Instant from = anchor;
    for (Pause pause : pauses) {
      if (!pause.start().isBefore(until)) {
        break;
      }
      total = total.plus(target.clockTimeBetween(from, pause.start()));
      from = pause.end();
    }
    return until.isAfter(from) ? total.plus(target.clockTimeBetween(from, until)) : total;
  }

  /** The earliest instant at which the clock, pauses excluded, has run for {@code amount}. */
  Instant instantAtUsed(Duration amount) {
    Duration rest = amount;
    Instant from = anchor;
    for (Pause pause : pauses) {
      Duration available = target.clockTimeBetween(from, pause.start());
      if (rest.compareTo(available) <= 0) {
        return target.plusClockTime(from, rest);
      }
      rest = rest.minus(available);
      from = pause.end();
    }
    return target.plusClockTime(from, rest);
  }

  Instant deadline() {
    return instantAtUsed(length);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof ClockRun o
        && target.equals(o.target)
        && anchor.equals(o.anchor)
        && length.equals(o.length)
        && pauses.equals(o.pauses);
  }

  @Override
  public int hashCode() {
    return Objects.hash(target, anchor, length, pauses);
  }
}
