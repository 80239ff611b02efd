package io.github.sla4j.calendar;

import io.github.sla4j.calendar.ReferenceCalendar.Interval;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The brute-force model of a union or intersection: a date's intervals in the result zone are found
 * by cutting the date's span (from the first instant the wall clock reads the date to the first
 * instant it reads the next) at every boundary of every component's intervals nearby, and asking
 * each component model, piece by piece, whether it is open there (open iff any / all). Touching
 * open pieces merge. No engine code, no merging of sorted lists.
 */
final class ReferenceCombination {

  private ReferenceCombination() {}

  static ReferenceCalendar of(boolean union, ZoneId zone, List<ReferenceCalendar> parts) {
    return new ReferenceCalendar(zone, date -> intervals(union, zone, parts, date));
  }

  private static List<Interval> intervals(
      boolean union, ZoneId zone, List<ReferenceCalendar> parts, LocalDate date) {
    Instant start = ReferenceCalendar.firstInstantReading(zone, date.atStartOfDay());
    Instant end = ReferenceCalendar.firstInstantReading(zone, date.plusDays(1).atStartOfDay());
    List<Interval> out = new ArrayList<>();
    if (!end.isAfter(start)) {
      return out;
    }
    TreeSet<Instant> cuts = new TreeSet<>();
    cuts.add(start);
    cuts.add(end);
    for (ReferenceCalendar part : parts) {
      LocalDate s = LocalDate.ofInstant(start, part.zone()).minusDays(3);
      LocalDate e = LocalDate.ofInstant(end, part.zone()).plusDays(3);
      for (LocalDate d = s; !d.isAfter(e); d = d.plusDays(1)) {
        for (Interval i : part.intervalsOn(d)) {
          for (Instant b : List.of(i.open(), i.close())) {
            if (b.isAfter(start) && b.isBefore(end)) {
              cuts.add(b);
            }
          }
        }
      }
    }
    Instant previous = null;
    for (Instant cut : cuts) {
      if (previous != null) {
        boolean open = !union;
        for (ReferenceCalendar part : parts) {
          open = union ? open || part.isOpen(previous) : open && part.isOpen(previous);
        }
        if (open) {
          int last = out.size() - 1;
          if (last >= 0 && out.get(last).close().equals(previous)) {
            out.set(last, new Interval(out.get(last).open(), cut));
          } else {
            out.add(new Interval(previous, cut));
          }
        }
      }
      previous = cut;
    }
    return out;
  }
}
