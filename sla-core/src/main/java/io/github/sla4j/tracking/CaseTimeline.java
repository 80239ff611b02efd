package io.github.sla4j.tracking;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The history of a case that its response target depends on: the opening, severity changes, pauses
 * and resumes, and the first response.
 *
 * <p>A timeline is valid by construction: it starts with one {@link CaseEvent.Opened}; events are
 * in time order (equal instants allowed, kept in the order given); pauses and resumes alternate,
 * starting with a pause; a severity change changes the severity; nothing follows the first
 * response. Each {@code with} method checks its event and throws {@link IllegalArgumentException}
 * naming the value, the rule and the fix.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseTimeline {

  private final List<CaseEvent> events;
  private final Severity severity;
  private final @Nullable Instant pausedSince;
  private final @Nullable Instant respondedAt;

  private CaseTimeline(
      List<CaseEvent> events,
      Severity severity,
      @Nullable Instant pausedSince,
      @Nullable Instant respondedAt) {
    this.events = events;
    this.severity = severity;
    this.pausedSince = pausedSince;
    this.respondedAt = respondedAt;
  }

  /**
   * Starts the timeline of a case.
   *
   * @param at when the case was opened, not null
   * @param tier the customer's tier, not null
   * @param severity the initial severity, not null
   * @param channel the channel the case came through, not null
   * @param area the application area, not null
   * @return the timeline, not null
   */
  public static CaseTimeline opened(
      Instant at, SupportTier tier, Severity severity, Channel channel, ApplicationArea area) {
    return of(new CaseEvent.Opened(at, tier, severity, channel, area));
  }

  private static CaseTimeline of(CaseEvent.Opened opened) {
    return new CaseTimeline(List.of(opened), opened.severity(), null, null);
  }

  /**
   * Obtains a timeline from its events, checking each as the {@code with} methods do.
   *
   * @param events the events, the first an {@link CaseEvent.Opened}, not null
   * @return the timeline, not null
   * @throws IllegalArgumentException if the list is empty, does not start with the opening, or an
   *     event breaks a rule of the timeline
   */
  public static CaseTimeline of(List<? extends CaseEvent> events) {
    Objects.requireNonNull(events, "events");
    if (events.isEmpty() || !(events.get(0) instanceof CaseEvent.Opened)) {
      throw new IllegalArgumentException(
          "Timeline "
              + events
              + " does not start with an Opened event: a timeline starts with the opening of"
              + " the case; put CaseEvent.Opened first");
    }
    CaseTimeline timeline = of((CaseEvent.Opened) events.get(0));
    for (CaseEvent event : events.subList(1, events.size())) {
      timeline = timeline.with(event);
    }
    return timeline;
  }

  /**
   * Returns a copy with a severity change.
   *
   * @param at when the severity changed, not null
   * @param severity the new severity, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline withSeverityChange(Instant at, Severity severity) {
    return with(new CaseEvent.SeverityChanged(at, severity));
  }

  /**
   * Returns a copy with a pause.
   *
   * @param at when the pause began, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline withPause(Instant at) {
    return with(new CaseEvent.Paused(at));
  }

  /**
   * Returns a copy with the end of a pause.
   *
   * @param at when the pause ended, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline withResume(Instant at) {
    return with(new CaseEvent.Resumed(at));
  }

  /**
   * Returns a copy with the first response.
   *
   * @param at when the first response was sent, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline withFirstResponse(Instant at) {
    return with(new CaseEvent.FirstResponse(at));
  }

  /**
   * Returns a copy with one more event.
   *
   * @param event the event, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline with(CaseEvent event) {
    Objects.requireNonNull(event, "event");
    check(event);
    List<CaseEvent> copy = new ArrayList<>(events);
    copy.add(event);
    List<CaseEvent> all = Collections.unmodifiableList(copy);
    if (event instanceof CaseEvent.SeverityChanged change) {
      return new CaseTimeline(all, change.severity(), pausedSince, respondedAt);
    } else if (event instanceof CaseEvent.Paused) {
      return new CaseTimeline(all, severity, event.at(), respondedAt);
    } else if (event instanceof CaseEvent.Resumed) {
      return new CaseTimeline(all, severity, null, respondedAt);
    }
    return new CaseTimeline(all, severity, pausedSince, event.at());
  }

  private void check(CaseEvent event) {
    Instant openedAt = opened().at();
    if (event instanceof CaseEvent.Opened) {
      fail(event, "a timeline has one opening, at " + openedAt, "start a new timeline");
    }
    if (respondedAt != null) {
      fail(
          event,
          "the first response at " + respondedAt + " ends the timeline",
          "record only events up to the first response");
    }
    if (event.at().isBefore(openedAt)) {
      fail(
          event,
          "it is before the case was opened at " + openedAt,
          "check both instants (and their time zones)");
    }
    CaseEvent last = events.get(events.size() - 1);
    if (event.at().isBefore(last.at())) {
      fail(
          event,
          "it is before the previous event " + last + ": events must be in time order",
          "add events in the order they happened");
    }
    checkKind(event);
  }

  private void checkKind(CaseEvent event) {
    if (event instanceof CaseEvent.Resumed && pausedSince == null) {
      fail(event, "the clock is not paused", "add a pause before it, or drop the resume");
    }
    if (event instanceof CaseEvent.Paused && pausedSince != null) {
      fail(
          event,
          "the clock is already paused since " + pausedSince,
          "resume it first with withResume(...)");
    }
    if (event instanceof CaseEvent.SeverityChanged change && change.severity().equals(severity)) {
      fail(event, "the case is already " + severity, "a change must change the severity; drop it");
    }
  }

  private static void fail(CaseEvent event, String rule, String fix) {
    throw new IllegalArgumentException("Cannot add " + event + ": " + rule + "; " + fix);
  }

  /**
   * Gets the opening.
   *
   * @return the first event, not null
   */
  public CaseEvent.Opened opened() {
    return (CaseEvent.Opened) events.get(0);
  }

  /**
   * Gets every event in order.
   *
   * @return the events, unmodifiable, starting with the opening
   */
  public List<CaseEvent> events() {
    return events;
  }

  /**
   * Gets the severity after the last event.
   *
   * @return the current severity, not null
   */
  public Severity severity() {
    return severity;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof CaseTimeline o && events.equals(o.events);
  }

  @Override
  public int hashCode() {
    return events.hashCode();
  }

  @Override
  public String toString() {
    return "CaseTimeline" + events;
  }
}
