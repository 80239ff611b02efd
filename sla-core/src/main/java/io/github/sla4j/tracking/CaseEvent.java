package io.github.sla4j.tracking;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.CaseFacts;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportTier;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An event on a case's timeline: the opening, severity changes, pauses and resumes (waiting for the
 * customer, with an optional reason), agent and customer replies, the solve and reopens. Which
 * clocks each event starts and stops is the business of the metrics, not of the event; see {@link
 * SlaTracker}.
 *
 * <p>The records are immutable and thread-safe.
 */
public sealed interface CaseEvent {

  /**
   * Gets the instant of the event.
   *
   * @return the instant, not null
   */
  Instant at();

  /**
   * The case was opened.
   *
   * @param at when the case was opened, not null
   * @param tier the customer's tier, not null
   * @param severity the initial severity, not null
   * @param channel the channel it came through, not null
   * @param area the application area, not null
   * @param attributes free-form attributes by name, e.g. {@code organization = {acme}} or {@code
   *     tags = {vip, beta}}, which policy selection may test; unmodifiable, possibly empty
   */
  record Opened(
      Instant at,
      SupportTier tier,
      Severity severity,
      Channel channel,
      ApplicationArea area,
      Map<String, Set<String>> attributes)
      implements CaseEvent {
    /**
     * Checks the components and copies the attributes.
     *
     * @param at the instant, not null
     * @param tier the tier, not null
     * @param severity the severity, not null
     * @param channel the channel, not null
     * @param area the area, not null
     * @param attributes the attributes, not null
     * @throws IllegalArgumentException if an attribute name is blank
     */
    public Opened {
      Objects.requireNonNull(at, "at");
      attributes = new CaseFacts(tier, severity, channel, area, attributes).attributes();
    }

    /**
     * Creates an opening without attributes.
     *
     * @param at the instant, not null
     * @param tier the tier, not null
     * @param severity the severity, not null
     * @param channel the channel, not null
     * @param area the area, not null
     */
    public Opened(
        Instant at, SupportTier tier, Severity severity, Channel channel, ApplicationArea area) {
      this(at, tier, severity, channel, area, Map.of());
    }

    /**
     * Gets the facts of the opening, for {@link io.github.sla4j.policy.PolicySelection#select}.
     *
     * @return the tier, severity, channel, area and attributes, not null
     */
    public CaseFacts facts() {
      return new CaseFacts(tier, severity, channel, area, attributes);
    }
  }

  /**
   * The severity changed.
   *
   * @param at when it changed, not null
   * @param severity the new severity, not null
   */
  record SeverityChanged(Instant at, Severity severity) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @param at the instant, not null
     * @param severity the severity, not null
     */
    public SeverityChanged {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(severity, "severity");
    }
  }

  /**
   * The clocks were paused, e.g. while waiting for the customer. A metric whose policy says pauses
   * do not stop it keeps running.
   *
   * @param at when the pause began, not null
   * @param reason why, e.g. {@code "waiting for customer"}; null for none, otherwise not blank
   */
  record Paused(Instant at, @Nullable String reason) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @param at the instant, not null
     * @param reason the reason, null or not blank
     */
    public Paused {
      Objects.requireNonNull(at, "at");
      checkReason(reason, "pause", at);
    }

    /**
     * Creates a pause without a reason.
     *
     * @param at the instant, not null
     */
    public Paused(Instant at) {
      this(at, null);
    }

    /**
     * Gets the reason.
     *
     * @return the reason, empty if none was given
     */
    public Optional<String> optionalReason() {
      return Optional.ofNullable(reason);
    }
  }

  /**
   * A pause ended.
   *
   * @param at when the pause ended, not null
   * @param reason why, e.g. {@code "customer sent the logs"}; null for none, otherwise not blank
   */
  record Resumed(Instant at, @Nullable String reason) implements CaseEvent {
    /**
     * Checks the components.
     *
     * @param at the instant, not null
     * @param reason the reason, null or not blank
     */
    public Resumed {
      Objects.requireNonNull(at, "at");
      checkReason(reason, "resume", at);
    }

    /**
     * Creates a resume without a reason.
     *
     * @param at the instant, not null
     */
    public Resumed(Instant at) {
      this(at, null);
    }

    /**
     * Gets the reason.
     *
     * @return the reason, empty if none was given
     */
    public Optional<String> optionalReason() {
      return Optional.ofNullable(reason);
    }
  }

  /**
   * An agent replied to the customer. The first agent reply stops the first-response clock; every
   * agent reply stops a running next-reply cycle and starts a periodic-update cycle.
   *
   * @param at when the reply was sent, not null
   */
  record AgentReplied(Instant at) implements CaseEvent {
    /**
     * Checks the component.
     *
     * @param at the instant, not null
     */
    public AgentReplied {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The customer replied. After an agent has replied, it starts a next-reply cycle unless one is
   * running. It does not end a pause.
   *
   * @param at when the reply arrived, not null
   */
  record CustomerReplied(Instant at) implements CaseEvent {
    /**
     * Checks the component.
     *
     * @param at the instant, not null
     */
    public CustomerReplied {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The case was solved: every running clock stops and any pause ends. Only a reopen may follow.
   *
   * @param at when the case was solved, not null
   */
  record Solved(Instant at) implements CaseEvent {
    /**
     * Checks the component.
     *
     * @param at the instant, not null
     */
    public Solved {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * A solved case was reopened: the resolution clock resumes, unpaused; the time while solved does
   * not count.
   *
   * @param at when the case was reopened, not null
   */
  record Reopened(Instant at) implements CaseEvent {
    /**
     * Checks the component.
     *
     * @param at the instant, not null
     */
    public Reopened {
      Objects.requireNonNull(at, "at");
    }
  }

  private static void checkReason(@Nullable String reason, String what, Instant at) {
    if (reason != null && reason.isBlank()) {
      throw new IllegalArgumentException(
          "The "
              + what
              + " at "
              + at
              + " has a blank reason: a reason is text such as 'waiting for customer'; pass null"
              + " for none");
    }
  }
}
