package io.github.sla4j.tracking;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.CaseFacts;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The history of a case: the opening, severity changes, pauses and resumes, agent and customer
 * replies, the solve and reopens.
 *
 * <p>A timeline is valid by construction. It starts with one {@link CaseEvent.Opened}; events are
 * in time order (equal instants allowed, kept in the order given); pauses and resumes alternate,
 * starting with a pause; a severity change changes the severity; after {@link CaseEvent.Solved}
 * only {@link CaseEvent.Reopened} is accepted, and a reopen needs a solved case. Solving ends any
 * pause. Each {@code with} method checks its event and throws {@link IllegalArgumentException}
 * naming the event, its instant, the state of the case and the fix.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CaseTimeline {

  private final List<CaseEvent> events;
  private final Severity severity;
  private final @Nullable Instant pausedSince;
  private final @Nullable Instant solvedAt;
  private final @Nullable Instant firstAgentReply;

  private CaseTimeline(
      List<CaseEvent> events,
      Severity severity,
      @Nullable Instant pausedSince,
      @Nullable Instant solvedAt,
      @Nullable Instant firstAgentReply) {
    this.events = events;
    this.severity = severity;
    this.pausedSince = pausedSince;
    this.solvedAt = solvedAt;
    this.firstAgentReply = firstAgentReply;
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

  /**
   * Starts the timeline of a case from its facts, attributes included.
   *
   * @param at when the case was opened, not null
   * @param facts the tier, severity, channel, area and attributes, not null
   * @return the timeline, not null
   */
  public static CaseTimeline opened(Instant at, CaseFacts facts) {
    Objects.requireNonNull(facts, "facts");
    return of(
        new CaseEvent.Opened(
            at, facts.tier(), facts.severity(), facts.channel(), facts.area(), facts.attributes()));
  }

  private static CaseTimeline of(CaseEvent.Opened opened) {
    return new CaseTimeline(List.of(opened), opened.severity(), null, null, null);
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
    List<CaseEvent> all = new ArrayList<>(events.size());
    CaseTimeline timeline = of((CaseEvent.Opened) events.get(0));
    all.add(events.get(0));
    for (CaseEvent event : events.subList(1, events.size())) {
      Objects.requireNonNull(event, "event");
      timeline.check(event);
      all.add(event);
      timeline = timeline.next(all, event);
    }
    return timeline.next(Collections.unmodifiableList(all), null);
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
   * Returns a copy with a pause without a reason.
   *
   * @param at when the pause began, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline withPause(Instant at) {
    return with(new CaseEvent.Paused(at));
  }

  /**
   * Returns a copy with a pause and its reason.
   *
   * @param at when the pause began, not null
   * @param reason why, e.g. {@code "waiting for customer"}, not blank
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline withPause(Instant at, String reason) {
    return with(new CaseEvent.Paused(at, Objects.requireNonNull(reason, "reason")));
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
   * Returns a copy with an agent reply.
   *
   * @param at when the reply was sent, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline withAgentReply(Instant at) {
    return with(new CaseEvent.AgentReplied(at));
  }

  /**
   * Returns a copy with the first agent reply: the same as {@link #withAgentReply(Instant)}, and
   * refused if an agent has already replied.
   *
   * @param at when the first response was sent, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if an agent has already replied, or the event breaks a rule of
   *     the timeline
   */
  public CaseTimeline withFirstResponse(Instant at) {
    CaseEvent.AgentReplied reply = new CaseEvent.AgentReplied(at);
    if (firstAgentReply != null) {
      fail(
          reply,
          "an agent already replied at " + firstAgentReply + ", the first response",
          "use withAgentReply(...) for later replies");
    }
    return with(reply);
  }

  /**
   * Returns a copy with a customer reply.
   *
   * @param at when the reply arrived, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline withCustomerReply(Instant at) {
    return with(new CaseEvent.CustomerReplied(at));
  }

  /**
   * Returns a copy with the case solved.
   *
   * @param at when the case was solved, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline withSolved(Instant at) {
    return with(new CaseEvent.Solved(at));
  }

  /**
   * Returns a copy with the case reopened.
   *
   * @param at when the case was reopened, not null
   * @return the new timeline, not null
   * @throws IllegalArgumentException if the event breaks a rule of the timeline
   */
  public CaseTimeline withReopened(Instant at) {
    return with(new CaseEvent.Reopened(at));
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
    List<CaseEvent> copy = new ArrayList<>(events.size() + 1);
    copy.addAll(events);
    copy.add(event);
    return next(Collections.unmodifiableList(copy), event);
  }

  /** The timeline after {@code event} (null: the same state), with the event list given. */
  private CaseTimeline next(List<CaseEvent> all, @Nullable CaseEvent event) {
    if (event instanceof CaseEvent.SeverityChanged change) {
      return new CaseTimeline(all, change.severity(), pausedSince, solvedAt, firstAgentReply);
    } else if (event instanceof CaseEvent.Paused) {
      return new CaseTimeline(all, severity, event.at(), solvedAt, firstAgentReply);
    } else if (event instanceof CaseEvent.Resumed) {
      return new CaseTimeline(all, severity, null, solvedAt, firstAgentReply);
    } else if (event instanceof CaseEvent.Solved) {
      return new CaseTimeline(all, severity, null, event.at(), firstAgentReply);
    } else if (event instanceof CaseEvent.Reopened) {
      return new CaseTimeline(all, severity, null, null, firstAgentReply);
    } else if (event instanceof CaseEvent.AgentReplied && firstAgentReply == null) {
      return new CaseTimeline(all, severity, pausedSince, solvedAt, event.at());
    }
    return new CaseTimeline(all, severity, pausedSince, solvedAt, firstAgentReply);
  }

  private void check(CaseEvent event) {
    Instant openedAt = opened().at();
    if (event instanceof CaseEvent.Opened) {
      fail(event, "a timeline has one opening, at " + openedAt, "start a new timeline");
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
    if (solvedAt != null && !(event instanceof CaseEvent.Reopened)) {
      fail(
          event,
          "the case is solved since " + solvedAt + " and only a reopen may follow a solve",
          "reopen the case first with withReopened(...), or drop the event");
    }
    checkKind(event);
  }

  private void checkKind(CaseEvent event) {
    if (event instanceof CaseEvent.Reopened && solvedAt == null) {
      fail(
          event,
          "the case is not solved (" + state() + ")",
          "only a solved case can be reopened; add the solve before it, or drop the reopen");
    }
    if (event instanceof CaseEvent.Resumed && pausedSince == null) {
      fail(
          event,
          "the case is not paused (" + state() + ")",
          "add a pause before it, or drop the resume");
    }
    if (event instanceof CaseEvent.Paused && pausedSince != null) {
      fail(
          event,
          "the case is already paused since " + pausedSince,
          "resume it first with withResume(...)");
    }
    if (event instanceof CaseEvent.SeverityChanged change && change.severity().equals(severity)) {
      fail(
          event,
          "the case is already " + severity.displayName(),
          "a change must change the severity; drop it");
    }
  }

  /** The state of the case in words, for messages. */
  private String state() {
    if (solvedAt != null) {
      return "solved since " + solvedAt;
    }
    return pausedSince != null ? "paused since " + pausedSince : "open and not paused";
  }

  private static void fail(CaseEvent event, String rule, String fix) {
    throw new IllegalArgumentException(
        "Cannot add " + event + " at " + event.at() + ": " + rule + "; " + fix);
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

  /**
   * Checks whether the case is solved after the last event.
   *
   * @return true if the last solve has not been followed by a reopen
   */
  public boolean isSolved() {
    return solvedAt != null;
  }

  /**
   * Checks whether the case is paused after the last event.
   *
   * @return true if the last pause has not been resumed (or ended by a solve)
   */
  public boolean isPaused() {
    return pausedSince != null;
  }

  /**
   * Gets the first agent reply, the first response.
   *
   * @return the instant, empty if no agent has replied
   */
  public Optional<Instant> firstAgentReply() {
    return Optional.ofNullable(firstAgentReply);
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
