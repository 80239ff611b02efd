package io.github.sla4j.examples.cli;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.OpenPeriod;
import io.github.sla4j.tracking.CaseEvent;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.MetricStatus;
import io.github.sla4j.tracking.Threshold;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Draws a case's clock as SVG: the target calendar's open windows shaded, pauses hatched, warning
 * thresholds and the deadline as vertical lines, the case's events marked, and an axis of local
 * dates in the calendar's zone. Each part is a group with an {@code id} ({@code open-windows},
 * {@code pauses}, {@code thresholds}, {@code deadline}, {@code now}, {@code events}, {@code axis},
 * {@code legend}); each mark has a {@code <title>} with its exact instant.
 */
final class TimelineSvg {

  private static final int WIDTH = 1200;
  private static final int LEFT = 40;
  private static final int RIGHT = 40;
  private static final int LANE_TOP = 90;
  private static final int LANE_HEIGHT = 60;
  private static final int HEIGHT = 270;

  /** The longest picture, in days: ten years, every open window shaded. */
  static final int MAX_DAYS = 3660;

  private static final DateTimeFormatter TICK =
      DateTimeFormatter.ofPattern("EEE d MMM", Locale.ENGLISH);
  private static final DateTimeFormatter TICK_WITH_YEAR =
      DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH);

  private final StringBuilder svg = new StringBuilder();
  private final Instant from;
  private final Instant to;
  private final ZoneId zone;

  private TimelineSvg(Instant from, Instant to, ZoneId zone) {
    this.from = from;
    this.to = to;
    this.zone = zone;
  }

  /** What was drawn, for the command's summary. */
  record Drawing(String svg, int openWindows, int pauses, int thresholds) {}

  /**
   * Draws a case.
   *
   * @param title the heading
   * @param timeline the case's events
   * @param status the status at {@code status.now()}
   * @param thresholds the warning thresholds, empty when the case is not under the SLA
   * @return the SVG document and what it shows
   */
  static Drawing draw(
      String title, CaseTimeline timeline, MetricStatus status, List<Threshold> thresholds) {
    BusinessCalendar calendar = calendar(status);
    ZoneId zone = calendar.zone();
    List<LocalDate> dates = dates(timeline, status, thresholds);
    Instant from = dates.get(0).atStartOfDay(zone).toInstant();
    Instant to = dates.get(1).atStartOfDay(zone).toInstant();
    TimelineSvg d = new TimelineSvg(from, to, zone);
    return d.render(title, timeline, status, thresholds, calendar);
  }

  /**
   * The days a picture spans: from the opening's date to the date after the last mark (now, the
   * deadline, the response, the thresholds), in the calendar's zone.
   *
   * @return the number of days, at most {@link #MAX_DAYS} for a picture that can be drawn
   */
  static long days(CaseTimeline timeline, MetricStatus status, List<Threshold> thresholds) {
    List<LocalDate> dates = dates(timeline, status, thresholds);
    return ChronoUnit.DAYS.between(dates.get(0), dates.get(1));
  }

  private static BusinessCalendar calendar(MetricStatus status) {
    return status.target().map(t -> t.calendar()).orElse(BusinessCalendar.alwaysOpen());
  }

  private static List<LocalDate> dates(
      CaseTimeline timeline, MetricStatus status, List<Threshold> thresholds) {
    ZoneId zone = calendar(status).zone();
    Instant last = status.now();
    for (Instant t : marks(status, thresholds)) {
      last = t.isAfter(last) ? t : last;
    }
    return List.of(
        timeline.opened().at().atZone(zone).toLocalDate(),
        last.atZone(zone).toLocalDate().plusDays(1));
  }

  private static List<Instant> marks(MetricStatus status, List<Threshold> thresholds) {
    List<Instant> marks = new ArrayList<>();
    status.deadline().ifPresent(marks::add);
    status.stoppedAt().ifPresent(marks::add);
    thresholds.forEach(t -> marks.add(t.instant()));
    return marks;
  }

  private Drawing render(
      String title,
      CaseTimeline timeline,
      MetricStatus status,
      List<Threshold> thresholds,
      BusinessCalendar calendar) {
    svg.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
        .append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(WIDTH)
        .append("\" height=\"")
        .append(HEIGHT)
        .append("\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(HEIGHT)
        .append("\" font-family=\"sans-serif\" font-size=\"12\">\n")
        .append(
            "<defs><pattern id=\"hatch\" width=\"6\" height=\"6\" patternUnits=\"userSpaceOnUse\"")
        .append(
            " patternTransform=\"rotate(45)\"><rect width=\"3\" height=\"6\" fill=\"#f0a030\"/>")
        .append("</pattern></defs>\n");
    text("title", LEFT, 24, "start", title, "font-size=\"16\" font-weight=\"bold\"");
    text(
        "subtitle",
        LEFT,
        44,
        "start",
        Converters.name(status.state())
            + " at "
            + Texts.local(status.now(), zone)
            + status.target().map(t -> "; target " + t.describe()).orElse(""),
        "");
    rect(null, LEFT, LANE_TOP, WIDTH - LEFT - RIGHT, LANE_HEIGHT, "fill=\"#f4f4f4\"", null);
    int windows = openWindows(calendar);
    int pauses = pauses(timeline, status.now());
    group("thresholds");
    for (int i = 0; i < thresholds.size(); i++) {
      Threshold t = thresholds.get(i);
      vline(
          "threshold",
          t.instant(),
          "#c08000",
          "stroke-dasharray=\"4 3\"",
          Texts.fractionLabel(t.fraction()) + " of the target used at " + describe(t.instant()));
      text(
          "threshold-label",
          x(t.instant()),
          LANE_TOP - 8 - 12 * (i % 3),
          "middle",
          Texts.fractionLabel(t.fraction()),
          "fill=\"#c08000\"");
    }
    end();
    group("deadline");
    status
        .deadline()
        .ifPresent(
            d -> {
              vline("deadline", d, "#d00000", "stroke-width=\"2\"", "Deadline " + describe(d));
              text(
                  "deadline-label",
                  x(d),
                  LANE_TOP + LANE_HEIGHT + 34,
                  "middle",
                  "deadline " + Texts.local(d, zone),
                  "fill=\"#d00000\"");
            });
    end();
    group("now");
    vline("now", status.now(), "#2060d0", "stroke-width=\"2\"", "Now " + describe(status.now()));
    text(
        "now-label",
        x(status.now()),
        LANE_TOP + LANE_HEIGHT + 20,
        "middle",
        "now",
        "fill=\"#2060d0\"");
    end();
    events(timeline, status);
    axis();
    legend();
    svg.append("</svg>\n");
    return new Drawing(svg.toString(), windows, pauses, thresholds.size());
  }

  private int openWindows(BusinessCalendar calendar) {
    group("open-windows");
    int count = 0;
    LocalDate first = from.atZone(zone).toLocalDate();
    LocalDate last = to.atZone(zone).toLocalDate();
    for (LocalDate date = first; date.isBefore(last); date = date.plusDays(1)) {
      for (OpenPeriod p : calendar.openPeriodsOn(date)) {
        Instant start = p.startInclusive().isBefore(from) ? from : p.startInclusive();
        Instant end = p.endExclusive().isAfter(to) ? to : p.endExclusive();
        if (end.isAfter(start)) {
          rect(
              "open-window",
              x(start),
              LANE_TOP,
              x(end) - x(start),
              LANE_HEIGHT,
              "fill=\"#b8e0b8\"",
              "Open " + CalendarCommand.window(p, date, zone) + " " + date + " " + zone.getId());
          count++;
        }
      }
    }
    end();
    return count;
  }

  private int pauses(CaseTimeline timeline, Instant now) {
    group("pauses");
    int count = 0;
    Instant pausedAt = null;
    for (CaseEvent e : timeline.events()) {
      if (e.at().isAfter(now)) {
        break;
      }
      if (e instanceof CaseEvent.Paused) {
        pausedAt = e.at();
      } else if (e instanceof CaseEvent.Resumed && pausedAt != null) {
        pause(pausedAt, e.at());
        count++;
        pausedAt = null;
      }
    }
    if (pausedAt != null) {
      pause(pausedAt, now);
      count++;
    }
    end();
    return count;
  }

  private void pause(Instant start, Instant end) {
    rect(
        "pause",
        x(start),
        LANE_TOP + 15,
        Math.max(1, x(end) - x(start)),
        LANE_HEIGHT - 30,
        "fill=\"url(#hatch)\" stroke=\"#f0a030\"",
        "Paused from "
            + describe(start)
            + " to "
            + describe(end)
            + " ("
            + Texts.duration(Duration.between(start, end))
            + ")");
  }

  private void events(CaseTimeline timeline, MetricStatus status) {
    group("events");
    boolean replied = false;
    for (CaseEvent e : timeline.events()) {
      if (e.at().isAfter(status.now())) {
        break;
      }
      String kind;
      String label;
      if (e instanceof CaseEvent.Opened o) {
        kind = "opened";
        label = "Opened " + Converters.name(o.tier()) + " / " + Converters.name(o.severity());
      } else if (e instanceof CaseEvent.SeverityChanged c) {
        kind = "severity-change";
        label = "Severity changed to " + Converters.name(c.severity());
      } else if (e instanceof CaseEvent.AgentReplied) {
        kind = "response";
        label = replied ? "Agent reply" : "First response";
        replied = true;
      } else if (e instanceof CaseEvent.CustomerReplied) {
        kind = "customer-reply";
        label = "Customer reply";
      } else if (e instanceof CaseEvent.Solved) {
        kind = "solved";
        label = "Solved";
      } else if (e instanceof CaseEvent.Reopened) {
        kind = "reopened";
        label = "Reopened";
      } else {
        continue;
      }
      marker(kind, e.at(), "#303030", label + " at " + describe(e.at()));
    }
    status
        .breachedAt()
        .ifPresent(b -> marker("breach", b, "#d00000", "Breached at " + describe(b)));
    end();
  }

  private void marker(String kind, Instant at, String color, String title) {
    double cx = x(at);
    svg.append("<path class=\"")
        .append(kind)
        .append("\" d=\"M ")
        .append(fmt(cx - 6))
        .append(' ')
        .append(LANE_TOP - 2)
        .append(" L ")
        .append(fmt(cx + 6))
        .append(' ')
        .append(LANE_TOP - 2)
        .append(" L ")
        .append(fmt(cx))
        .append(' ')
        .append(LANE_TOP + 8)
        .append(" Z\" fill=\"")
        .append(color)
        .append("\"><title>")
        .append(escape(title))
        .append("</title></path>\n");
  }

  private void axis() {
    group("axis");
    int y = LANE_TOP + LANE_HEIGHT + 50;
    line(LEFT, y, WIDTH - RIGHT, y, "stroke=\"#606060\"");
    LocalDate first = from.atZone(zone).toLocalDate();
    LocalDate last = to.atZone(zone).toLocalDate();
    long days = ChronoUnit.DAYS.between(first, last);
    long step = Math.max(1, (days + 11) / 12);
    DateTimeFormatter tick = first.getYear() == last.minusDays(1).getYear() ? TICK : TICK_WITH_YEAR;
    for (LocalDate date = first; !date.isAfter(last); date = date.plusDays(step)) {
      double tx = x(date.atStartOfDay(zone).toInstant());
      line(tx, y - 4, tx, y + 4, "stroke=\"#606060\"");
      if (date.isBefore(last)) {
        text("day-label", tx + 4, y + 18, "start", tick.format(date), "");
      }
    }
    text(
        "zone-label",
        WIDTH - RIGHT,
        y + 36,
        "end",
        "local times in " + zone.getId(),
        "fill=\"#606060\"");
    end();
  }

  private void legend() {
    group("legend");
    int y = HEIGHT - 14;
    legendItem(LEFT, y, "fill=\"#b8e0b8\"", "open (target's clock runs)");
    legendItem(LEFT + 210, y, "fill=\"url(#hatch)\" stroke=\"#f0a030\"", "paused");
    legendItem(LEFT + 310, y, "fill=\"#c08000\"", "warning threshold");
    legendItem(LEFT + 460, y, "fill=\"#d00000\"", "deadline / breach");
    legendItem(LEFT + 610, y, "fill=\"#2060d0\"", "now");
    end();
  }

  private void legendItem(int lx, int y, String style, String label) {
    rect(null, lx, y - 10, 14, 12, style, null);
    text(null, lx + 20, y, "start", label, "");
  }

  // ------------------------------------------------------------------------------------------
  // SVG primitives

  private double x(Instant t) {
    double span = Duration.between(from, to).toMillis();
    double offset = Duration.between(from, t).toMillis();
    return LEFT + (WIDTH - LEFT - RIGHT) * offset / span;
  }

  private String describe(Instant t) {
    return t + " (" + Texts.local(t, zone) + ")";
  }

  private void group(String id) {
    svg.append("<g id=\"").append(id).append("\">\n");
  }

  private void end() {
    svg.append("</g>\n");
  }

  private void vline(String cls, Instant at, String color, String extra, String title) {
    double lx = x(at);
    svg.append("<line class=\"")
        .append(cls)
        .append("\" x1=\"")
        .append(fmt(lx))
        .append("\" y1=\"")
        .append(LANE_TOP - 4)
        .append("\" x2=\"")
        .append(fmt(lx))
        .append("\" y2=\"")
        .append(LANE_TOP + LANE_HEIGHT + 24)
        .append("\" stroke=\"")
        .append(color)
        .append("\" ")
        .append(extra)
        .append("><title>")
        .append(escape(title))
        .append("</title></line>\n");
  }

  private void line(double x1, double y1, double x2, double y2, String style) {
    svg.append("<line x1=\"")
        .append(fmt(x1))
        .append("\" y1=\"")
        .append(fmt(y1))
        .append("\" x2=\"")
        .append(fmt(x2))
        .append("\" y2=\"")
        .append(fmt(y2))
        .append("\" ")
        .append(style)
        .append("/>\n");
  }

  private void rect(
      String cls, double rx, double ry, double w, double h, String style, String title) {
    svg.append("<rect");
    if (cls != null) {
      svg.append(" class=\"").append(cls).append('"');
    }
    svg.append(" x=\"")
        .append(fmt(rx))
        .append("\" y=\"")
        .append(fmt(ry))
        .append("\" width=\"")
        .append(fmt(w))
        .append("\" height=\"")
        .append(fmt(h))
        .append("\" ")
        .append(style);
    if (title == null) {
      svg.append("/>\n");
    } else {
      svg.append("><title>").append(escape(title)).append("</title></rect>\n");
    }
  }

  private void text(String cls, double tx, double ty, String anchor, String content, String style) {
    svg.append("<text");
    if (cls != null) {
      svg.append(" class=\"").append(cls).append('"');
    }
    svg.append(" x=\"")
        .append(fmt(tx))
        .append("\" y=\"")
        .append(fmt(ty))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" ")
        .append(style)
        .append('>')
        .append(escape(content))
        .append("</text>\n");
  }

  private static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&apos;");
        default -> sb.append(c < 0x20 && c != '\n' && c != '\t' ? ' ' : c);
      }
    }
    return sb.toString();
  }
}
