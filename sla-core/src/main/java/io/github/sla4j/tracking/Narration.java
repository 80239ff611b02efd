package io.github.sla4j.tracking;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.Closure;
import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.internal.Texts;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.ResponseTarget;
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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders the decisions of a metric's replay as an {@link Explanation} in English: each step is a
 * kind, its facts as data, and a sentence. It reads the calendar to say why the clock started later
 * or which holidays it skipped, but never replays anything: the figures come from the status.
 */
final class Narration {

  /** What a status was computed from, for the explanation and for equality. */
  record Context(
      SlaPolicy policy,
      CaseEvent.Opened opened,
      Metric metric,
      SeverityChangeRule rule,
      Instant now) {}

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm", Locale.ENGLISH);
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd", Locale.ENGLISH);

  private final MetricStatus status;
  private final Context context;
  private final Metric metric;
  private final ZoneId zone;
  private final List<ExplanationStep> steps = new ArrayList<>();

  private Narration(MetricStatus status) {
    this.status = status;
    this.context = status.context();
    this.metric = context.metric();
    this.zone = zoneOf(status);
  }

  static Explanation render(MetricStatus status) {
    return new Narration(status).render();
  }

  /**
   * The zone the times are written in: that of the clock shown, else of the first clock the
   * decisions started, else the zone the policy gives the case.
   */
  private static ZoneId zoneOf(MetricStatus status) {
    ClockRun run = status.run();
    if (run != null) {
      return run.target().calendar().zone();
    }
    for (Decision decision : status.decisions()) {
      ClockRun started =
          decision instanceof Decision.Started s
              ? s.run()
              : decision instanceof Decision.Retargeted r ? r.projected() : null;
      if (started != null) {
        return started.target().calendar().zone();
      }
    }
    Context c = status.context();
    return c.policy().zone(c.opened().tier(), status.severity());
  }

  private Explanation render() {
    CaseEvent.Opened opened = context.opened();
    String tier = tierName();
    String severity = severityName(opened.severity());
    String channel = declared(context.policy().channels(), opened.channel()).displayName();
    String area = opened.area().displayName();
    step(
        opened.at(),
        StepKind.OPENED,
        facts("tier", tier, "severity", severity, "channel", channel, "area", area),
        "Case opened at "
            + at(opened.at())
            + ": "
            + tier
            + " tier, "
            + severity
            + " severity, via "
            + channel
            + ", area "
            + area
            + ".");
    if (status.state() == SlaState.NOT_APPLICABLE && status.decisions().isEmpty()) {
      boolean caseNotCovered = !isMetricReason();
      String reason = status.coverage().reason().map(Enum::name).orElse("");
      step(
          opened.at(),
          caseNotCovered ? StepKind.NOT_COVERED : StepKind.NOT_APPLICABLE,
          caseNotCovered
              ? facts("reason", reason, "message", status.coverage().message())
              : facts(
                  "metric",
                  metric.displayName(),
                  "reason",
                  reason,
                  "message",
                  status.coverage().message()),
          (caseNotCovered ? "No deadline: " : name() + " does not apply: ")
              + status.coverage().message()
              + ".");
      return finish();
    }
    for (Decision decision : status.decisions()) {
      narrate(decision);
    }
    ClockRun shown = status.run();
    Instant deadline = status.deadline().orElse(null);
    if (shown != null && deadline != null) {
      explainCalendar(shown, deadline);
      if (status.state() != SlaState.BREACHED) {
        step(
            deadline,
            StepKind.DEADLINE,
            facts("metric", metric.displayName(), "deadline", deadline),
            "Deadline: " + at(deadline) + ".");
      }
    }
    return finish();
  }

  private boolean isMetricReason() {
    return status
        .coverage()
        .reason()
        .map(
            r ->
                r == io.github.sla4j.policy.NotCoveredReason.NO_TARGET
                    || r == io.github.sla4j.policy.NotCoveredReason.NO_CYCLE_YET)
        .orElse(false);
  }

  private Explanation finish() {
    steps.sort(Comparator.comparing(ExplanationStep::at));
    return Explanation.of(steps);
  }

  private void narrate(Decision decision) {
    if (decision instanceof Decision.Started started) {
      narrateStart(started);
    } else if (decision instanceof Decision.Paused paused) {
      narratePause(paused);
    } else if (decision instanceof Decision.Retargeted change) {
      narrateRetarget(change);
    } else if (decision instanceof Decision.Breached breach) {
      step(
          breach.at(),
          StepKind.BREACHED,
          facts("metric", metric.displayName(), "deadline", breach.at()),
          missed()
              + " by the deadline, "
              + at(breach.at())
              + ": the "
              + lower()
              + " target is breached from the next instant on.");
    } else if (decision instanceof Decision.Stopped stop) {
      narrateStop(stop);
    } else if (decision instanceof Decision.Reopened reopen) {
      Duration gap = Duration.between(reopen.solvedAt(), reopen.at());
      step(
          reopen.at(),
          StepKind.REOPENED,
          facts("solvedAt", reopen.solvedAt(), "gap", gap),
          "Case reopened at "
              + at(reopen.at())
              + ": the "
              + lower()
              + " clock resumes; the "
              + Texts.format(gap)
              + " while solved do not count.");
    }
  }

  private void narrateStart(Decision.Started started) {
    if (metric.isCyclic()) {
      int before = status.cycle() - 1;
      int met = status.cyclesMet() - (status.state() == SlaState.MET ? 1 : 0);
      int breached = status.cyclesBreached() - (status.state() == SlaState.BREACHED ? 1 : 0);
      String cause =
          status.startCause() == Replay.StartCause.CUSTOMER_REPLY
              ? "the customer's reply"
              : "the agent's reply";
      step(
          started.at(),
          StepKind.CYCLE_STARTED,
          facts(
              "metric",
              metric.displayName(),
              "cycle",
              status.cycle(),
              "cyclesMet",
              met,
              "cyclesBreached",
              breached),
          name()
              + " cycle "
              + status.cycle()
              + " started at "
              + at(started.at())
              + ", at "
              + cause
              + (before == 0
                  ? "."
                  : "; of the "
                      + before
                      + " before it, "
                      + met
                      + " met, "
                      + breached
                      + " breached."));
    }
    ClockRun run = started.run();
    if (run == null) {
      String message =
          "the policy has no target for "
              + tierName()
              + " "
              + severityName(started.severity())
              + " cases";
      step(
          started.at(),
          StepKind.NOT_APPLICABLE,
          facts("metric", metric.displayName(), "reason", "NO_TARGET", "message", message),
          name() + " does not apply: " + message + ".");
      return;
    }
    step(
        started.at(),
        StepKind.TARGET,
        facts(
            "metric",
            metric.displayName(),
            "target",
            run.target().describe(),
            "length",
            run.length()),
        "Target for the " + lower() + ": " + describe(run) + ".");
  }

  private void narratePause(Decision.Paused paused) {
    String note;
    if (paused.how() == Decision.PauseEnd.STOPPED) {
      note =
          status.stoppedAt().isPresent() ? " (until the " + stopWord() + ")" : " (until the stop)";
    } else if (paused.how() == Decision.PauseEnd.OPEN) {
      note = " (still paused; the deadline shown assumes the clock resumes now)";
    } else {
      note = "";
    }
    if (paused.reason() != null) {
      note += ", " + paused.reason();
    }
    Duration length = Duration.between(paused.at(), paused.end());
    Map<String, Object> facts =
        facts(
            "from",
            paused.at(),
            "to",
            paused.end(),
            "duration",
            length,
            "end",
            paused.how().name().toLowerCase(Locale.ROOT));
    if (paused.reason() != null) {
      facts.put("reason", paused.reason());
    }
    String text =
        "Paused from "
            + at(paused.at())
            + " to "
            + at(paused.end())
            + note
            + ": "
            + Texts.format(length)
            + " that do not count";
    ClockRun run = status.run();
    if (run != null && run.target().isBusiness()) {
      text +=
          " ("
              + Texts.format(run.target().clockTimeBetween(paused.at(), paused.end()))
              + " of business time)";
    }
    step(paused.at(), StepKind.PAUSED, facts, text + ".");
  }

  private String stopWord() {
    return metric.equals(Metric.RESOLUTION) ? "solve" : "response";
  }

  private void narrateRetarget(Decision.Retargeted change) {
    boolean retroactive = change.rule() == SeverityChangeRule.RETROACTIVE;
    StringBuilder text = new StringBuilder();
    text.append("Severity changed from ")
        .append(severityName(change.from()))
        .append(" to ")
        .append(severityName(change.to()));
    text.append(" at ").append(at(change.at())).append("; ");
    Map<String, Object> facts =
        facts(
            "from",
            severityName(change.from()),
            "to",
            severityName(change.to()),
            "rule",
            change.rule().name());
    ClockRun projected = change.projected();
    Instant deadline = change.deadline();
    if (projected == null || deadline == null) {
      text.append("the policy has no ")
          .append(lower())
          .append(" target for ")
          .append(tierName())
          .append(' ')
          .append(severityName(change.to()))
          .append(" cases, so the ")
          .append(lower())
          .append(" does not apply from then on.");
    } else {
      facts.put("deadline", deadline);
      text.append("re-targeted under the ").append(change.rule()).append(" rule: ");
      text.append(describe(projected));
      if (retroactive) {
        text.append(", measured from ")
            .append(cycleStartWords())
            .append(" with ")
            .append(Texts.format(projected.used(change.at())))
            .append(" already used");
      } else {
        text.append(", starting afresh at the change");
      }
      text.append("; new deadline ").append(at(deadline)).append('.');
    }
    if (change.standing() != null) {
      text.append(" The breach at ").append(at(change.standing())).append(" stands.");
    } else if (change.breachedAtChange()) {
      text.append(" That deadline had already passed, so the ")
          .append(lower())
          .append(" is breached at the change.");
    }
    step(change.at(), StepKind.SEVERITY_CHANGED, facts, text.toString());
  }

  private String cycleStartWords() {
    return metric.isCyclic() ? "the start of the cycle" : "the opening";
  }

  private void narrateStop(Decision.Stopped stop) {
    boolean byAgent = stop.cause() == ClockEvent.Cause.AGENT_REPLY;
    String what;
    if (byAgent) {
      what = metric.equals(Metric.FIRST_RESPONSE) ? "First response" : "Agent reply";
    } else {
      what = "Case solved";
    }
    Map<String, Object> facts = facts("metric", metric.displayName(), "at", stop.at());
    boolean last = status.stoppedAt().map(stop.at()::equals).orElse(false);
    ClockRun run = status.run();
    Instant deadline = status.deadline().orElse(null);
    String verdict;
    if (!last || run == null || deadline == null) {
      verdict = "the clock stopped until the case was reopened";
    } else if (status.state() == SlaState.MET) {
      Duration left = run.length().minus(run.used(stop.at()));
      facts.put("onTime", true);
      facts.put("left", left);
      verdict = "on time, with " + Texts.format(left) + " of the target left";
    } else {
      Duration late = Duration.between(deadline, stop.at());
      facts.put("onTime", false);
      facts.put("late", late);
      verdict =
          "late by "
              + Texts.format(late)
              + " ("
              + Texts.format(run.used(stop.at()).minus(run.length()))
              + " on the target's clock)";
    }
    step(
        stop.at(),
        byAgent ? StepKind.RESPONDED : StepKind.SOLVED,
        facts,
        what + " at " + at(stop.at()) + ": " + verdict + ".");
  }

  private void explainCalendar(ClockRun shown, Instant deadline) {
    ResponseTarget target = shown.target();
    if (target.isBusiness()) {
      boolean namedAtStart = explainClockStart(shown);
      explainHolidays(target.calendar(), shown.anchor(), deadline, namedAtStart);
      explainClosures(target.calendar(), shown.anchor(), deadline);
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
    Instant opens = calendar.nextOpen(anchor);
    step(
        anchor,
        StepKind.CLOCK_STARTS_AT_NEXT_OPEN,
        facts("setAt", anchor, "opensAt", opens),
        "The clock was set at "
            + at(anchor)
            + ", "
            + why
            + ", outside business hours; it starts counting at the next open, "
            + at(opens)
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
                      facts("holiday", h.name(), "date", day),
                      "Skipped the holiday "
                          + h.name()
                          + " ("
                          + DATE.format(day)
                          + "): business hours are closed all day."));
    }
  }

  /**
   * Names the closures between the start of the clock and the deadline during which the calendar
   * was closed throughout (in a union another component may have stayed open: then it is not
   * named).
   */
  private void explainClosures(BusinessCalendar calendar, Instant anchor, Instant deadline) {
    for (Closure closure : calendar.closuresBetween(anchor, deadline)) {
      if (!calendar
          .businessTimeBetween(closure.startInclusive(), closure.endExclusive())
          .isZero()) {
        continue;
      }
      step(
          closure.startInclusive(),
          StepKind.CLOSURE_SKIPPED,
          facts(
              "reason",
              closure.reason(),
              "from",
              closure.startInclusive(),
              "to",
              closure.endExclusive()),
          "Skipped the closure '"
              + closure.reason()
              + "' from "
              + at(closure.startInclusive())
              + " to "
              + at(closure.endExclusive())
              + ": business hours are closed then.");
    }
  }

  private void explainWallClockChanges(Instant anchor, Instant deadline) {
    ZoneOffsetTransition transition = zone.getRules().nextTransition(anchor);
    while (transition != null && !transition.getInstant().isAfter(deadline)) {
      step(
          transition.getInstant(),
          StepKind.WALL_CLOCK_CHANGE,
          facts(
              "zone",
              zone.getId(),
              "offsetBefore",
              transition.getOffsetBefore().getId(),
              "offsetAfter",
              transition.getOffsetAfter().getId()),
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

  /**
   * The policy's own instance of a value: a value read from a timeline carries its id only, and the
   * policy declares the display name people read.
   */
  private static <T> T declared(java.util.List<T> declared, T value) {
    for (T d : declared) {
      if (d.equals(value)) {
        return d;
      }
    }
    return value;
  }

  private String tierName() {
    return declared(context.policy().tiers(), context.opened().tier()).displayName();
  }

  private String severityName(io.github.sla4j.policy.Severity severity) {
    return declared(context.policy().severities(), severity).displayName();
  }

  /** The metric's name as a sentence starts it. */
  private String name() {
    return metric.displayName();
  }

  /** The metric's name inside a sentence. */
  private String lower() {
    String name = metric.displayName();
    return name.length() > 1 && Character.isUpperCase(name.charAt(1))
        ? name
        : name.substring(0, 1).toLowerCase(Locale.ROOT) + name.substring(1);
  }

  private String missed() {
    if (metric.equals(Metric.FIRST_RESPONSE)) {
      return "No response";
    } else if (metric.equals(Metric.NEXT_REPLY)) {
      return "No reply";
    } else if (metric.equals(Metric.PERIODIC_UPDATE)) {
      return "No update";
    } else if (metric.equals(Metric.RESOLUTION)) {
      return "Not solved";
    }
    return "Not stopped";
  }

  private static Map<String, Object> facts(Object... pairs) {
    Map<String, Object> facts = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      facts.put((String) pairs[i], pairs[i + 1]);
    }
    return facts;
  }

  private String at(Instant instant) {
    return Texts.format(instant, zone);
  }

  private void step(Instant instant, StepKind kind, Map<String, Object> facts, String text) {
    steps.add(new ExplanationStep(instant, kind, facts, text));
  }
}
