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
      if (!o.attributes().isEmpty()) {
        Map<String, Object> attributes = new LinkedHashMap<>();
        o.attributes().forEach((name, values) -> attributes.put(name, new ArrayList<>(values)));
        m.put("attributes", attributes);
      }
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

  /** Reads a timeline in the version the document declares. */
  public static CaseTimeline read(In in) {
    return read(in, in.version());
  }

  /**
   * Reads a timeline of a format version. An event that breaks a rule of the case (a reopen of an
   * unsolved case, say) is refused at its own path with the model's message.
   */
  public static CaseTimeline read(In in, int version) {
    List<@Nullable Object> list = in.array("events", "case events");
    List<CaseEvent> events = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      events.add(
          readEvent(In.object(list.get(i), in.path("events").index(i), "case event"), version));
    }
    in.end();
    try {
      return CaseTimeline.of(events);
    } catch (RuntimeException ex) {
      throw atFailingEvent(in.path("events"), events, ex);
    }
  }

  /** Finds the event a timeline refuses by adding the events one by one (only on failure). */
  private static FormatException atFailingEvent(
      Path eventsAt, List<CaseEvent> events, RuntimeException whole) {
    if (events.isEmpty() || !(events.get(0) instanceof CaseEvent.Opened opened)) {
      Path at = events.isEmpty() ? eventsAt : eventsAt.index(0);
      return new FormatException(at, whole.getMessage() + " (at " + at + ")", whole);
    }
    CaseTimeline timeline = CaseTimeline.of(List.of(opened));
    for (int i = 1; i < events.size(); i++) {
      try {
        timeline = timeline.with(events.get(i));
      } catch (RuntimeException ex) {
        Path at = eventsAt.index(i);
        return new FormatException(at, ex.getMessage() + " (at " + at + ")", ex);
      }
    }
    return new FormatException(eventsAt, whole.getMessage() + " (at " + eventsAt + ")", whole);
  }

  /** Reads one event in the version the document declares. */
  public static CaseEvent readEvent(In e) {
    return readEvent(e, e.version());
  }

  /** Reads one event of a format version. */
  public static CaseEvent readEvent(In e, int version) {
    String type = e.string("type", "event type");
    if (type.equals("first_response") && version >= 2) {
      throw new FormatException(
          e.path("type"),
          "Event type 'first_response' at "
              + e.path("type")
              + " is the version-1 word: in version 2 write \"agent_reply\" (the first agent"
              + " reply is the first response), or mark the document \"formatVersion\": 1",
          null);
    }
    Instant at = e.convert("at", "instant (e.g. 2026-11-25T22:00:00Z)", TimelineFormat::instant);
    CaseEvent event;
    switch (type) {
      case "opened" -> {
        SupportTier tier = Words.tier(e.string("tier", "support tier"), e.path("tier"));
        Severity severity = Words.severity(e.string("severity", "severity"), e.path("severity"));
        Channel channel = Words.channel(e.string("channel", "channel"), e.path("channel"));
        ApplicationArea area = Words.area(e.string("area", "application area"), e.path("area"));
        Map<String, java.util.Set<String>> attributes = new LinkedHashMap<>();
        if (e.has("attributes")) {
          Path where = e.path("attributes");
          for (Map.Entry<String, @Nullable Object> a :
              e.entries("attributes", "attributes (names with lists of values)").entrySet()) {
            java.util.Set<String> values = new java.util.LinkedHashSet<>();
            List<@Nullable Object> list =
                In.asList(a.getValue(), where.key(a.getKey()), "attribute values");
            for (int k = 0; k < list.size(); k++) {
              values.add(
                  In.asString(list.get(k), where.key(a.getKey()).index(k), "attribute value"));
            }
            attributes.put(a.getKey(), values);
          }
        }
        CaseEvent[] opened = new CaseEvent[1];
        // The model checks the names (not blank); its message gets the path.
        CalendarFormat.at(
            e.path("attributes"),
            () -> opened[0] = new CaseEvent.Opened(at, tier, severity, channel, area, attributes));
        event = opened[0];
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
                  + " customer_reply, solved, reopened]",
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
