package io.github.sla4j.tracking;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportTier;
import java.time.Instant;
import java.util.Objects;

/** An event on a case's timeline. The records are immutable and thread-safe. */
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
   */
  record Opened(
      Instant at, SupportTier tier, Severity severity, Channel channel, ApplicationArea area)
      implements CaseEvent {
    /**
     * Checks the components.
     *
     * @param at the instant, not null
     * @param tier the tier, not null
     * @param severity the severity, not null
     * @param channel the channel, not null
     * @param area the area, not null
     */
    public Opened {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(tier, "tier");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(channel, "channel");
      Objects.requireNonNull(area, "area");
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
   * The clock was paused (e.g. waiting for the customer).
   *
   * @param at when the pause began, not null
   */
  record Paused(Instant at) implements CaseEvent {
    /**
     * Checks the component.
     *
     * @param at the instant, not null
     */
    public Paused {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The clock resumed after a pause.
   *
   * @param at when the pause ended, not null
   */
  record Resumed(Instant at) implements CaseEvent {
    /**
     * Checks the component.
     *
     * @param at the instant, not null
     */
    public Resumed {
      Objects.requireNonNull(at, "at");
    }
  }

  /**
   * The first response to the customer; it stops the clock for good.
   *
   * @param at when the response was sent, not null
   */
  record FirstResponse(Instant at) implements CaseEvent {
    /**
     * Checks the component.
     *
     * @param at the instant, not null
     */
    public FirstResponse {
      Objects.requireNonNull(at, "at");
    }
  }
}
