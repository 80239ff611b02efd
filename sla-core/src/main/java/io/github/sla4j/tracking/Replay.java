package io.github.sla4j.tracking;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.internal.Texts;
import io.github.sla4j.policy.Coverage;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Replays a timeline up to {@code now}, one event at a time; used once, by one thread.
 *
 * <p>A status is computed without its explanation: the texts (formatted instants, zones and
 * durations, the holiday scan) cost several times the deadline arithmetic and most statuses are
 * never explained. The status gets a {@link LazyExplanation} that, on first use, replays the same
 * immutable inputs again with {@code explaining} on; the replay is deterministic, so that gives the
 * steps the first replay would have written.
 */
final class Replay {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);

  /** A breach: the run whose deadline was missed, that deadline, and when it was recorded. */
  private record Breach(ClockRun run, Instant deadline, Instant at) {}

  private final SlaPolicy policy;
  private final SeverityChangeRule rule;
  private final CaseEvent.Opened opened;
  private final CaseTimeline timeline;
  private final List<CaseEvent> events;
  private final Instant now;
  private final boolean explaining;
  private final ZoneId zone;
  private final List<ExplanationStep> steps = new ArrayList<>();
  private final List<ClockRun.Pause> pauses = new ArrayList<>();
  private Severity severity;
  private @Nullable Instant pausedSince;
  private @Nullable Instant respondedAt;
  private @Nullable Breach breach;
  private ClockRun run;

  Replay(SlaPolicy policy, SeverityChangeRule rule, CaseTimeline timeline, Instant now) {
    this(policy, rule, timeline, now, false);
  }

  private Replay(
      SlaPolicy policy,
      SeverityChangeRule rule,
      CaseTimeline timeline,
      Instant now,
      boolean explaining) {
    this.policy = policy;
    this.rule = rule;
    this.timeline = timeline;
    this.opened = timeline.opened();
    this.events = timeline.events();
    this.now = now;
    this.explaining = explaining;
    this.severity = opened.severity();
    ResponseTarget target = policy.target(opened.tier(), severity);
    this.zone = target.calendar().zone();
    this.run = ClockRun.start(target, opened.at());
  }

  CaseStatus run() {
    if (explaining) {
      step(
          opened.at(),
          StepKind.OPENED,
          "Case opened at "
              + at(opened.at())
              + ": "
              + opened.tier().displayName()
              + " tier, "
              + severity.displayName()
              + " severity, via "
              + opened.channel().displayName()
              + ", area "
              + opened.area().displayName()
              + ".");
    }
    Coverage coverage = policy.coverage(opened.tier(), opened.channel(), opened.area());
    if (!coverage.isCovered()) {
      return notApplicable(coverage);
    }
    if (explaining) {
      step(opened.at(), StepKind.TARGET, "Target: " + describe(run) + ".");
    }
    for (CaseEvent event : events.subList(1, events.size())) {
      if (event.at().isAfter(now)) {
        break;
      }
      checkBreach(event.at());
      apply(event);
    }
    checkBreach(now);
    return finish(coverage);
  }

  private CaseStatus notApplicable(Coverage coverage) {
    if (explaining) {
      step(opened.at(), StepKind.NOT_COVERED, "No deadline: " + coverage.message() + ".");
    }
    for (CaseEvent event : events) {
      if (!event.at().isAfter(now)) {
        if (event instanceof CaseEvent.SeverityChanged change) {
          severity = change.severity();
        } else if (event instanceof CaseEvent.FirstResponse) {
          respondedAt = event.at();
        }
      }
    }
    return new CaseStatus(
        now,
        SlaState.NOT_APPLICABLE,
        severity,
        coverage,
        null,
        null,
        null,
        respondedAt,
        explanation());
  }

  private void apply(CaseEvent event) {
    if (event instanceof CaseEvent.Paused) {
      pausedSince = event.at();
    } else if (event instanceof CaseEvent.Resumed) {
      if (explaining) {
        explainPause(pausedSince(), event.at(), "");
      }
      pauses.add(new ClockRun.Pause(pausedSince(), event.at()));
      pausedSince = null;
    } else if (event instanceof CaseEvent.SeverityChanged change) {
      retarget(change);
    } else {
      respondedAt = event.at();
    }
  }

  private Instant pausedSince() {
    if (pausedSince == null) {
      throw new IllegalStateException("resume without a pause in a checked timeline");
    }
    return pausedSince;
  }

  private void checkBreach(Instant t) {
    if (breach != null || respondedAt != null) {
      return;
    }
    Instant deadline = closedAt(run, t).deadline();
    if (deadline.isBefore(t)) {
      breach = new Breach(run, deadline, deadline);
      if (!explaining) {
        return;
      }
      step(
          deadline,
          StepKind.BREACHED,
          "No response by the deadline, "
              + at(deadline)
              + ": the case is breached from the next instant on.");
    }
  }

  private void retarget(CaseEvent.SeverityChanged change) {
    Severity old = severity;
    severity = change.severity();
    ResponseTarget target = policy.target(opened.tier(), severity);
    boolean retroactive = rule == SeverityChangeRule.RETROACTIVE;
    ClockRun next = ClockRun.start(target, retroactive ? opened.at() : change.at());
    ClockRun projected = closedAt(next, change.at());
    Instant deadline = projected.deadline();
    @Nullable Breach standing = breach;
    if (standing == null && deadline.isBefore(change.at())) {
      breach = new Breach(next, deadline, change.at());
    }
    if (explaining) {
      explainRetarget(change, old, next, projected, deadline, standing);
    }
    run = next;
  }

  private void explainRetarget(
      CaseEvent.SeverityChanged change,
      Severity old,
      ClockRun next,
      ClockRun projected,
      Instant deadline,
      @Nullable Breach standing) {
    boolean retroactive = rule == SeverityChangeRule.RETROACTIVE;
    StringBuilder text = new StringBuilder();
    text.append("Severity changed from ")
        .append(old.displayName())
        .append(" to ")
        .append(severity.displayName());
    text.append(" at ").append(at(change.at())).append("; re-targeted under the ").append(rule);
    text.append(" rule: ").append(describe(next));
    if (retroactive) {
      text.append(", measured from the opening with ");
      text.append(Texts.format(projected.used(change.at()))).append(" already used");
    } else {
      text.append(", starting afresh at the change");
    }
    text.append("; new deadline ").append(at(deadline)).append('.');
    if (standing != null) {
      text.append(" The breach at ").append(at(standing.at())).append(" stands.");
    } else if (deadline.isBefore(change.at())) {
      text.append(" That deadline had already passed, so the case is breached at the change.");
    }
    step(change.at(), StepKind.SEVERITY_CHANGED, text.toString());
  }

  private CaseStatus finish(Coverage coverage) {
    Instant end = respondedAt != null ? respondedAt : now;
    if (explaining && pausedSince != null) {
      explainPause(
          pausedSince,
          end,
          respondedAt != null
              ? " (until the response)"
              : " (still paused; the deadline shown assumes the clock resumes now)");
    }
    ClockRun shown = closedAt(breach != null ? breach.run() : run, end);
    Instant deadline = breach != null ? breach.deadline() : shown.deadline();
    SlaState state = state();
    if (explaining) {
      explainCalendar(shown, deadline);
      explainOutcome(state, shown, deadline);
    }
    return new CaseStatus(
        now,
        state,
        severity,
        coverage,
        shown,
        deadline,
        breach == null ? null : breach.at(),
        respondedAt,
        explanation());
  }

  /**
   * The explanation: when explaining, the steps written, in time order; otherwise a holder that
   * replays again, explaining, on first use.
   */
  private LazyExplanation explanation() {
    if (explaining) {
      steps.sort(Comparator.comparing(ExplanationStep::at));
      Explanation explanation = Explanation.of(steps);
      return new LazyExplanation(() -> explanation);
    }
    SlaPolicy p = policy;
    SeverityChangeRule r = rule;
    CaseTimeline t = timeline;
    Instant n = now;
    return new LazyExplanation(() -> new Replay(p, r, t, n, true).run().explanation());
  }

  private SlaState state() {
    if (breach != null) {
      return SlaState.BREACHED;
    } else if (respondedAt != null) {
      return SlaState.MET;
    }
    return pausedSince != null ? SlaState.PAUSED : SlaState.RUNNING;
  }

  private void explainOutcome(SlaState state, ClockRun shown, Instant deadline) {
    if (state != SlaState.BREACHED) {
      step(deadline, StepKind.DEADLINE, "Deadline: " + at(deadline) + ".");
    }
    if (respondedAt == null) {
      return;
    }
    Duration used = shown.used(respondedAt);
    String verdict =
        state == SlaState.MET
            ? "on time, with " + Texts.format(shown.length().minus(used)) + " of the target left"
            : "late by "
                + Texts.format(Duration.between(deadline, respondedAt))
                + " ("
                + Texts.format(used.minus(shown.length()))
                + " on the target's clock)";
    step(
        respondedAt,
        StepKind.RESPONDED,
        "First response at " + at(respondedAt) + ": " + verdict + ".");
  }

  private void explainPause(Instant start, Instant end, String note) {
    String text =
        "Paused from "
            + at(start)
            + " to "
            + at(end)
            + note
            + ": "
            + Texts.format(Duration.between(start, end))
            + " that do not count";
    if (run.target().isBusiness()) {
      text += " (" + Texts.format(run.target().clockTimeBetween(start, end)) + " of business time)";
    }
    step(start, StepKind.PAUSED, text + ".");
  }

  private void explainCalendar(ClockRun shown, Instant deadline) {
    ResponseTarget target = shown.target();
    if (target.isBusiness()) {
      boolean namedAtStart = explainClockStart(shown);
      explainHolidays(target.calendar(), shown.anchor(), deadline, namedAtStart);
    } else {
      explainWallClockChanges(shown.anchor(), deadline);
    }
  }

  /** Explains a clock start outside business hours; true if it named a holiday on that date. */
  private boolean explainClockStart(ClockRun shown) {
    BusinessCalendar calendar = shown.target().calendar();
    Instant anchor = shown.anchor();
    if (calendar.isOpen(anchor)) {
      return false;
    }
    LocalDate date = anchor.atZone(calendar.zone()).toLocalDate();
    String why = calendar.holidayOn(date).map(h -> "on " + h.name() + ", a holiday").orElse("");
    if (why.isEmpty()) {
      why =
          calendar.isWorkingDate(date)
              ? beforeOrAfterHours(calendar, date, anchor)
              : "on " + date.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
    }
    step(
        anchor,
        StepKind.CLOCK_STARTS_AT_NEXT_OPEN,
        "The clock was set at "
            + at(anchor)
            + ", "
            + why
            + ", outside business hours; it starts counting at the next open, "
            + at(calendar.nextOpen(anchor))
            + ".");
    return calendar.holidayOn(date).isPresent();
  }

  private static String beforeOrAfterHours(BusinessCalendar calendar, LocalDate date, Instant t) {
    boolean before =
        calendar.openPeriodsOn(date).stream().anyMatch(p -> p.startInclusive().isAfter(t));
    return before ? "before business hours" : "after business hours";
  }

  private void explainHolidays(
      BusinessCalendar calendar, Instant anchor, Instant deadline, boolean skipFirst) {
    LocalDate first = anchor.atZone(calendar.zone()).toLocalDate();
    LocalDate from = skipFirst ? first.plusDays(1) : first;
    LocalDate until = deadline.atZone(calendar.zone()).toLocalDate().plusDays(1);
    LocalDate previous = null;
    for (Holiday listed : calendar.holidays().holidaysBetween(from, until)) {
      LocalDate day = listed.date();
      if (day.equals(previous) || calendar.weeklyHours(day.getDayOfWeek()).isEmpty()) {
        continue; // a second holiday on the same date, or one on a day that is closed anyway
      }
      previous = day;
      // The calendar's own answer: special hours on the date win over the holiday.
      calendar
          .holidayOn(day)
          .ifPresent(
              h ->
                  step(
                      day.atStartOfDay(calendar.zone()).toInstant(),
                      StepKind.HOLIDAY_SKIPPED,
                      "Skipped the holiday "
                          + h.name()
                          + " ("
                          + DATE.format(day)
                          + "): business hours are closed all day."));
    }
  }

  private void explainWallClockChanges(Instant anchor, Instant deadline) {
    ZoneOffsetTransition transition = zone.getRules().nextTransition(anchor);
    while (transition != null && !transition.getInstant().isAfter(deadline)) {
      step(
          transition.getInstant(),
          StepKind.WALL_CLOCK_CHANGE,
          "The wall clock in "
              + zone
              + " goes from "
              + LOCAL.format(transition.getDateTimeBefore())
              + " to "
              + LOCAL.format(transition.getDateTimeAfter())
              + " (offset "
              + transition.getOffsetBefore()
              + " to "
              + transition.getOffsetAfter()
              + "); the 24/7 clock counts elapsed time, so the change moves no deadline.");
      transition = zone.getRules().nextTransition(transition.getInstant());
    }
  }

  /**
   * The clock, started without pauses, with the pauses so far and one still open closed at {@code
   * t}. Without any, the clock itself: it already has no pauses. {@code withPauses} copies what it
   * keeps, so the list of closed pauses is passed as it is when no pause is open.
   */
  private ClockRun closedAt(ClockRun clock, Instant t) {
    boolean open = pausedSince != null && t.isAfter(pausedSince);
    if (!open) {
      return pauses.isEmpty() ? clock : clock.withPauses(pauses);
    }
    List<ClockRun.Pause> all = new ArrayList<>(pauses.size() + 1);
    all.addAll(pauses);
    all.add(new ClockRun.Pause(pausedSince, t));
    return clock.withPauses(all);
  }

  private String describe(ClockRun clock) {
    ResponseTarget target = clock.target();
    return target.describe()
        + target.match(
            elapsed -> "",
            businessTime -> "",
            businessDays ->
                " = "
                    + Texts.format(clock.length())
                    + " of business time, the business time from "
                    + Texts.format(clock.anchor(), zone)
                    + " to "
                    + Texts.format(target.deadlineFrom(clock.anchor()), zone));
  }

  private String at(Instant instant) {
    return Texts.format(instant, zone);
  }

  private void step(Instant instant, StepKind kind, String text) {
    steps.add(new ExplanationStep(instant, kind, text));
  }
}
