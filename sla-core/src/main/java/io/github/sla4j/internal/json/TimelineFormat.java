package io.github.sla4j.internal.json;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseEvent;
import io.github.sla4j.tracking.CaseTimeline;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of case timelines: an ordered list of events, each with a {@code type} word and an
 * {@code at} instant. Instants are written in UTC ({@code 2026-11-25T22:00:00Z}); an offset
 * date-time ({@code 2026-11-25T17:00:00-05:00}) is read as the same instant.
 */
public final class TimelineFormat {

  private TimelineFormat() {}

  public static Map<String, Object> write(CaseTimeline timeline) {
    List<Object> events = new ArrayList<>();
    for (CaseEvent e : timeline.events()) {
      events.add(writeEvent(e));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("events", events);
    return out;
  }

  public static Map<String, Object> writeEvent(CaseEvent e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", type(e));
    m.put("at", e.at().toString());
    if (e instanceof CaseEvent.Opened o) {
      m.put("tier", Words.tier(o.tier()));
      m.put("severity", Words.severity(o.severity()));
      m.put("channel", Words.channel(o.channel()));
      m.put("area", Words.area(o.area()));
    } else if (e instanceof CaseEvent.SeverityChanged s) {
      m.put("severity", Words.severity(s.severity()));
    } else if (e instanceof CaseEvent.Paused p && p.reason() != null) {
      m.put("reason", p.reason());
    } else if (e instanceof CaseEvent.Resumed r && r.reason() != null) {
      m.put("reason", r.reason());
    }
    return m;
  }

  private static String type(CaseEvent e) {
    if (e instanceof CaseEvent.Opened) {
      return "opened";
    } else if (e instanceof CaseEvent.SeverityChanged) {
      return "severity_changed";
    } else if (e instanceof CaseEvent.Paused) {
      return "paused";
    } else if (e instanceof CaseEvent.Resumed) {
      return "resumed";
    } else if (e instanceof CaseEvent.AgentReplied) {
      return "agent_reply";
    } else if (e instanceof CaseEvent.CustomerReplied) {
      return "customer_reply";
    } else if (e instanceof CaseEvent.Solved) {
      return "solved";
    }
    return "reopened";
  }

  public static CaseTimeline read(In in) {
    List<@Nullable Object> list = in.array("events", "case events");
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      events.add(readEvent(In.object(list.get(i), in.path("events").index(i), "case event")));
    }
    in.end();
    CaseTimeline[] out = new CaseTimeline[1];
    CalendarFormat.at(in.path("events"), () -> out[0] = CaseTimeline.of(events));
    return out[0];
  }

  public static CaseEvent readEvent(In e) {
    String type = e.string("type", "event type");
    Instant at = e.convert("at", "instant (e.g. 2026-11-25T22:00:00Z)", TimelineFormat::instant);
    CaseEvent event;
    switch (type) {
      case "opened" -> {
        SupportTier tier = Words.tier(e.string("tier", "support tier"), e.path("tier"));
        Severity severity = Words.severity(e.string("severity", "severity"), e.path("severity"));
        Channel channel = Words.channel(e.string("channel", "channel"), e.path("channel"));
        ApplicationArea area = Words.area(e.string("area", "application area"), e.path("area"));
        event = new CaseEvent.Opened(at, tier, severity, channel, area);
      }
      case "severity_changed" ->
          event =
              new CaseEvent.SeverityChanged(
                  at, Words.severity(e.string("severity", "severity"), e.path("severity")));
      case "paused" -> event = new CaseEvent.Paused(at, reason(e));
      case "resumed" -> event = new CaseEvent.Resumed(at, reason(e));
      case "first_response", "agent_reply" -> event = new CaseEvent.AgentReplied(at);
      case "customer_reply" -> event = new CaseEvent.CustomerReplied(at);
      case "solved" -> event = new CaseEvent.Solved(at);
      case "reopened" -> event = new CaseEvent.Reopened(at);
      default ->
          throw new FormatException(
              e.path("type"),
              "Unknown event type '"
                  + type
                  + "' at "
                  + e.path("type")
                  + ": expected one of [opened, severity_changed, paused, resumed, agent_reply,"
                  + " customer_reply, solved, reopened] (first_response is read as"
                  + " agent_reply)",
              null);
    }
    e.end();
    return event;
  }

  private static @Nullable String reason(In e) {
    if (!e.has("reason")) {
      return null;
    }
    String reason = e.string("reason", "reason (text such as 'waiting for customer')");
    if (reason.isBlank()) {
      throw new FormatException(
          e.path("reason"),
          "Blank reason at "
              + e.path("reason")
              + ": a reason is text such as 'waiting for customer'; leave the property out for"
              + " none",
          null);
    }
    return reason;
  }

  public static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException ex) {
      return OffsetDateTime.parse(text).toInstant();
    }
  }
}
