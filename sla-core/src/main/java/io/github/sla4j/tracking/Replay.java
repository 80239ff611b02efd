package io.github.sla4j.tracking;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.internal.Texts;
import io.github.sla4j.policy.Coverage;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.TargetKind;
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
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Replays a timeline up to {@code now}, one event at a time; used once, by one thread.
 *
 * <p>The replay decides the state and the deadline eagerly, and records the explanation as {@link
 * StepWriter}s that capture the values each step needs; the text is written when the status's
 * explanation is first asked for ({@link LazyExplanation}). A writer reads only what it captured,
 * never the replay's changing fields, so it gives the same steps whenever it runs.
 */
final class Replay {

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);

  /** A breach: the run whose deadline was missed, that deadline, and when it was recorded. */
  private record Breach(ClockRun run, Instant deadline, Instant at) {}

  /** Writes zero or more explanation steps, from values captured when it was created. */
  @FunctionalInterface
  private interface StepWriter {
    void write(List<ExplanationStep> out);
  }

  private final SlaPolicy policy;
  private final SeverityChangeRule rule;
  private final CaseEvent.Opened opened;
  private final List<CaseEvent> events;
  private final Instant now;
  private final ZoneId zone;
  private final List<StepWriter> writers = new ArrayList<>();
  private final List<ClockRun.Pause> pauses = new ArrayList<>();
  private Severity severity;
  private @Nullable Instant pausedSince;
  private @Nullable Instant respondedAt;
  private @Nullable Breach breach;
  private ClockRun run;

  Replay(SlaPolicy policy, SeverityChangeRule rule, CaseTimeline timeline, Instant now) {
    this.policy = policy;
    this.rule = rule;
    this.opened = timeline.opened();
    this.events = timeline.events();
    this.now = now;
    this.severity = opened.severity();
    ResponseTarget target = policy.target(opened.tier(), severity);
    this.zone = target.calendar().zone();
    this.run = ClockRun.start(target, opened.at());
  }

  CaseStatus run() {
    CaseEvent.Opened o = opened;
    ZoneId z = zone;
    step(
        o.at(),
        StepKind.OPENED,
        () ->
            "Case opened at "
                + at(o.at(), z)
                + ": "
                + o.tier()
                + " tier, "
                + o.severity()
                + " severity, via "
                + o.channel()
                + ", area "
                + o.area()
                + ".");
    Coverage coverage = policy.coverage(opened.tier(), opened.channel(), opened.area());
    if (!coverage.isCovered()) {
      return notApplicable(coverage);
    }
    ClockRun first = run;
    step(opened.at(), StepKind.TARGET, () -> "Target: " + describe(first, z) + ".");
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
    step(opened.at(), StepKind.NOT_COVERED, () -> "No deadline: " + coverage.message() + ".");
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
      explainPause(pausedSince(), event.at(), "");
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
      ZoneId z = zone;
      step(
          deadline,
          StepKind.BREACHED,
          () ->
              "No response by the deadline, "
                  + at(deadline, z)
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
    @Nullable Instant standing = breach == null ? null : breach.at();
    boolean passed = breach == null && deadline.isBefore(change.at());
    if (passed) {
      breach = new Breach(next, deadline, change.at());
    }
    SeverityChangeRule r = rule;
    ZoneId z = zone;
    step(
        change.at(),
        StepKind.SEVERITY_CHANGED,
        () -> {
          StringBuilder text = new StringBuilder();
          text.append("Severity changed from ")
              .append(old)
              .append(" to ")
              .append(change.severity());
          text.append(" at ").append(at(change.at(), z)).append("; re-targeted under the ");
          text.append(r).append(" rule: ").append(describe(next, z));
          if (retroactive) {
            text.append(", measured from the opening with ");
            text.append(Texts.format(projected.used(change.at()))).append(" already used");
          } else {
            text.append(", starting afresh at the change");
          }
          text.append("; new deadline ").append(at(deadline, z)).append('.');
          if (standing != null) {
            text.append(" The breach at ").append(at(standing, z)).append(" stands.");
          } else if (passed) {
            text.append(
                " That deadline had already passed, so the case is breached at the change.");
          }
          return text.toString();
        });
    run = next;
  }

  private CaseStatus finish(Coverage coverage) {
    Instant end = respondedAt != null ? respondedAt : now;
    if (pausedSince != null) {
      explainPause(
          pausedSince,
          end,
          respondedAt != null
              ? " (until the response)"
              : " (still paused; the deadline shown assumes the clock resumes now)");
    }
    ClockRun shown = closedAt(breach != null ? breach.run() : run, end);
    Instant deadline = breach != null ? breach.deadline() : shown.deadline();
    ZoneId z = zone;
    writers.add(out -> explainCalendar(out, shown, deadline, z));
    SlaState state = state();
    explainOutcome(state, shown, deadline);
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

  /** The explanation, written on first use from a copy of the writers recorded so far. */
  private LazyExplanation explanation() {
    List<StepWriter> recorded = List.copyOf(writers);
    return new LazyExplanation(
        () -> {
          List<ExplanationStep> steps = new ArrayList<>();
          for (StepWriter writer : recorded) {
            writer.write(steps);
          }
          steps.sort(Comparator.comparing(ExplanationStep::at));
          return Explanation.of(steps);
        });
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
    ZoneId z = zone;
    if (state != SlaState.BREACHED) {
      step(deadline, StepKind.DEADLINE, () -> "Deadline: " + at(deadline, z) + ".");
    }
    Instant responded = respondedAt;
    if (responded == null) {
      return;
    }
    step(
        responded,
        StepKind.RESPONDED,
        () -> {
          Duration used = shown.used(responded);
          String verdict =
              state == SlaState.MET
                  ? "on time, with "
                      + Texts.format(shown.length().minus(used))
                      + " of the target left"
                  : "late by "
                      + Texts.format(Duration.between(deadline, responded))
                      + " ("
                      + Texts.format(used.minus(shown.length()))
                      + " on the target's clock)";
          return "First response at " + at(responded, z) + ": " + verdict + ".";
        });
  }

  private void explainPause(Instant start, Instant end, String note) {
    ResponseTarget target = run.target();
    ZoneId z = zone;
    step(start, StepKind.PAUSED, () -> pauseText(target, start, end, note, z));
  }

  private static String pauseText(
      ResponseTarget target, Instant start, Instant end, String note, ZoneId zone) {
    String text =
        "Paused from "
            + at(start, zone)
            + " to "
            + at(end, zone)
            + note
            + ": "
            + Texts.format(Duration.between(start, end))
            + " that do not count";
    if (target.isBusiness()) {
      text += " (" + Texts.format(target.clockTimeBetween(start, end)) + " of business time)";
    }
    return text + ".";
  }

  private static void explainCalendar(
      List<ExplanationStep> out, ClockRun shown, Instant deadline, ZoneId zone) {
    ResponseTarget target = shown.target();
    if (target.isBusiness()) {
      boolean namedAtStart = explainClockStart(out, shown, zone);
      explainHolidays(out, target.calendar(), shown.anchor(), deadline, namedAtStart);
    } else {
      explainWallClockChanges(out, shown.anchor(), deadline, zone);
    }
  }

  /** Explains a clock start outside business hours; true if it named a holiday on that date. */
  private static boolean explainClockStart(List<ExplanationStep> out, ClockRun shown, ZoneId zone) {
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
    out.add(
        new ExplanationStep(
            anchor,
            StepKind.CLOCK_STARTS_AT_NEXT_OPEN,
            "The clock was set at "
                + at(anchor, zone)
                + ", "
                + why
                + ", outside business hours; it starts counting at the next open, "
                + at(calendar.nextOpen(anchor), zone)
                + "."));
    return calendar.holidayOn(date).isPresent();
  }

  private static String beforeOrAfterHours(BusinessCalendar calendar, LocalDate date, Instant t) {
    boolean before =
        calendar.openPeriodsOn(date).stream().anyMatch(p -> p.startInclusive().isAfter(t));
    return before ? "before business hours" : "after business hours";
  }

  private static void explainHolidays(
      List<ExplanationStep> out,
      BusinessCalendar calendar,
      Instant anchor,
      Instant deadline,
      boolean skipFirst) {
    LocalDate first = anchor.atZone(calendar.zone()).toLocalDate();
    LocalDate last = deadline.atZone(calendar.zone()).toLocalDate();
    for (LocalDate date = skipFirst ? first.plusDays(1) : first;
        !date.isAfter(last);
        date = date.plusDays(1)) {
      if (calendar.weeklyHours(date.getDayOfWeek()).isEmpty()) {
        continue;
      }
      LocalDate day = date;
      calendar
          .holidayOn(day)
          .ifPresent(
              h ->
                  out.add(
                      new ExplanationStep(
                          day.atStartOfDay(calendar.zone()).toInstant(),
                          StepKind.HOLIDAY_SKIPPED,
                          "Skipped the holiday "
                              + h.name()
                              + " ("
                              + DATE.format(day)
                              + "): business hours are closed all day.")));
    }
  }

  private static void explainWallClockChanges(
      List<ExplanationStep> out, Instant anchor, Instant deadline, ZoneId zone) {
    ZoneOffsetTransition transition = zone.getRules().nextTransition(anchor);
    while (transition != null && !transition.getInstant().isAfter(deadline)) {
      out.add(
          new ExplanationStep(
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
                  + "); the 24/7 clock counts elapsed time, so the change moves no deadline."));
      transition = zone.getRules().nextTransition(transition.getInstant());
    }
  }

  private ClockRun closedAt(ClockRun clock, Instant t) {
    List<ClockRun.Pause> all = new ArrayList<>(pauses);
    if (pausedSince != null && t.isAfter(pausedSince)) {
      all.add(new ClockRun.Pause(pausedSince, t));
    }
    return clock.withPauses(all);
  }

  private static String describe(ClockRun clock, ZoneId zone) {
    ResponseTarget target = clock.target();
    String text = target.describe();
    if (target.kind() == TargetKind.BUSINESS_DAYS) {
      text +=
          " = "
              + Texts.format(clock.length())
              + " of business time, the business time from "
              + Texts.format(clock.anchor(), zone)
              + " to "
              + Texts.format(target.deadlineFrom(clock.anchor()), zone);
    }
    return text;
  }

  private static String at(Instant instant, ZoneId zone) {
    return Texts.format(instant, zone);
  }

  /** Records a step whose text is written when the explanation is first asked for. */
  private void step(Instant instant, StepKind kind, Supplier<String> text) {
    writers.add(out -> out.add(new ExplanationStep(instant, kind, text.get())));
  }
}
