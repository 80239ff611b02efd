package io.github.sla4j.tracking;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportTier;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

/**
 * Every event sequence that makes no sense is refused with an {@link IllegalArgumentException}
 * whose message names the event (its record name), its instant and the state of the case, both by
 * the {@code with} methods and by {@link CaseTimeline#of(List)}.
 */
class TimelineRulesTest {

  private static final Instant OPENED = Instant.parse("2026-11-16T14:00:00Z");
  private static final Instant T1 = Instant.parse("2026-11-16T15:00:00Z");
  private static final Instant T2 = Instant.parse("2026-11-16T16:00:00Z");
  private static final Instant T3 = Instant.parse("2026-11-16T17:00:00.000000001Z");

  private static CaseTimeline opened() {
    return CaseTimeline.opened(
        OPENED, SupportTier.PREMIER, Severity.HIGH, Channel.EMAIL, ApplicationArea.EDITOR);
  }

  /**
   * Checks that adding {@code last} to the timeline is refused, through {@code with} and through
   * {@code of(list)}, and that the message names the event, its instant and the given words.
   */
  private static void refused(CaseTimeline before, CaseEvent last, String... state) {
    for (Function<CaseEvent, CaseTimeline> add :
        List.<Function<CaseEvent, CaseTimeline>>of(
            before::with,
            e -> {
              List<CaseEvent> all = new ArrayList<>(before.events());
              all.add(e);
              return CaseTimeline.of(all);
            })) {
      AbstractThrowableAssert<?, ?> thrown =
          assertThatThrownBy(() -> add.apply(last))
              .isInstanceOf(IllegalArgumentException.class)
              .hasMessageContaining(last.getClass().getSimpleName())
              .hasMessageContaining(last.at().toString());
      for (String words : state) {
        thrown.hasMessageContaining(words);
      }
    }
  }

  @Test
  void secondSolve_isRefused_solvedSince() {
    CaseTimeline solved = opened().withSolved(T1);
    refused(solved, new CaseEvent.Solved(T2), "Solved", "solved since " + T1);
  }

  @Test
  void everyEventButAReopen_afterASolve_isRefused_solvedSince() {
    CaseTimeline solved = opened().withSolved(T1);
    for (CaseEvent e :
        List.of(
            new CaseEvent.Paused(T2),
            new CaseEvent.Paused(T2, "waiting for customer"),
            new CaseEvent.Resumed(T2),
            new CaseEvent.AgentReplied(T2),
            new CaseEvent.CustomerReplied(T2),
            new CaseEvent.SeverityChanged(T2, Severity.CRITICAL))) {
      refused(solved, e, "solved since " + T1);
    }
    assertThat(solved.withReopened(T2).isSolved()).isFalse();
  }

  @Test
  void reopen_ofAnUnsolvedCase_isRefused_notSolved() {
    refused(opened(), new CaseEvent.Reopened(T1), "not solved");
    refused(opened().withSolved(T1).withReopened(T2), new CaseEvent.Reopened(T3), "not solved");
    refused(opened().withPause(T1), new CaseEvent.Reopened(T2), "not solved", "paused since " + T1);
  }

  @Test
  void resume_withoutAPause_isRefused_notPaused() {
    refused(opened(), new CaseEvent.Resumed(T1), "not paused");
    refused(opened().withPause(T1).withResume(T2), new CaseEvent.Resumed(T3), "not paused");
    // A solve ends the pause: a resume after the reopen has no pause to end.
    refused(
        opened().withPause(T1).withSolved(T2).withReopened(T2),
        new CaseEvent.Resumed(T3, "customer answered"),
        "not paused");
  }

  @Test
  void pause_whilePaused_isRefused_alreadyPaused() {
    refused(opened().withPause(T1), new CaseEvent.Paused(T2), "already paused", T1.toString());
    refused(
        opened().withPause(T1, "waiting for customer"),
        new CaseEvent.Paused(T1, "again"),
        "already paused");
  }

  @Test
  void change_toTheSameSeverity_isRefused() {
    refused(opened(), new CaseEvent.SeverityChanged(T1, Severity.HIGH), "already", "High");
    refused(
        opened().withSeverityChange(T1, Severity.CRITICAL),
        new CaseEvent.SeverityChanged(T2, Severity.CRITICAL),
        "already");
  }

  @Test
  void event_beforeTheOpening_isRefused() {
    Instant before = OPENED.minusNanos(1);
    for (CaseEvent e :
        List.of(
            new CaseEvent.AgentReplied(before),
            new CaseEvent.CustomerReplied(before),
            new CaseEvent.Paused(before),
            new CaseEvent.Solved(before),
            new CaseEvent.SeverityChanged(before, Severity.URGENT))) {
      refused(opened(), e, "before the case was opened", OPENED.toString());
    }
  }

  @Test
  void event_beforeThePreviousEvent_isRefused() {
    CaseTimeline t = opened().withAgentReply(T2);
    refused(t, new CaseEvent.CustomerReplied(T1), "before the previous event", "AgentReplied");
    refused(t, new CaseEvent.Solved(T2.minusNanos(1)), "before the previous event");
  }

  @Test
  void secondOpening_isRefused() {
    refused(
        opened().withAgentReply(T1),
        new CaseEvent.Opened(
            T2, SupportTier.PREMIER, Severity.HIGH, Channel.EMAIL, ApplicationArea.EDITOR),
        "one opening");
  }

  @Test
  void equalInstants_areAccepted_inListOrder() {
    CaseTimeline t =
        opened()
            .withAgentReply(OPENED)
            .withPause(OPENED)
            .withCustomerReply(OPENED)
            .withResume(OPENED)
            .withSolved(OPENED)
            .withReopened(OPENED);
    assertThat(t.events()).hasSize(7);
    assertThat(t.isSolved()).isFalse();
    assertThat(t.isPaused()).isFalse();
  }

  @Test
  void invalidEventAfterNow_isStillRefused() {
    // The tracker ignores events after now, but a timeline never holds a broken sequence.
    CaseTimeline solved = opened().withSolved(T1);
    refused(solved, new CaseEvent.AgentReplied(T3), "solved since");
  }
}
