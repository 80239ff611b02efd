package io.github.sla4j.benchmarks;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseTimeline;
import java.time.Duration;
import java.time.Instant;
import java.util.SplittableRandom;

/**
 * The case timelines the status benchmarks evaluate: each opened, paused, resumed and changed in
 * severity, with a {@code now} after the last event, all drawn from a seed so every run sees the
 * same ones.
 *
 * <p>A case opens at one of {@link Calendars#randomInstants(long, int)} (any hour, weekends and
 * holidays included) on the Standard or Premier tier with Medium or High severity (business-days
 * targets); 10 min–8 h later it pauses for 10 min–24 h; the severity changes to Urgent (2 business
 * days on Standard, 4 business hours on Premier) or Critical (4 h or 2 h on the 24/7 clock) either
 * 0–12 h before the pause or 0–12 h after the resume; {@code now} is 0–72 h after the last event.
 * So the statuses mix running and breached cases on business and 24/7 clocks, with the pause before
 * or after the change.
 */
public final class Cases {

  /** The seed of the benchmarks' timelines. */
  public static final long SEED = 0xCA5E_2024L;

  /** Timelines and the instants to evaluate them at, index by index. */
  public record Sample(CaseTimeline[] timelines, Instant[] nows) {}

  private Cases() {}

  /**
   * Draws timelines and nows.
   *
   * @param seed the seed
   * @param count how many
   * @return the timelines and nows
   */
  public static Sample sample(long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    Instant[] opened = Calendars.randomInstants(seed, count);
    CaseTimeline[] timelines = new CaseTimeline[count];
    Instant[] nows = new Instant[count];
    for (int i = 0; i < count; i++) {
      SupportTier tier = random.nextBoolean() ? SupportTier.STANDARD : SupportTier.PREMIER;
      Severity initial = random.nextBoolean() ? Severity.MEDIUM : Severity.HIGH;
      Severity changed = random.nextBoolean() ? Severity.URGENT : Severity.CRITICAL;
      Instant open = opened[i];
      Instant pause = open.plus(minutes(random, 10, 8 * 60));
      Instant resume = pause.plus(minutes(random, 10, 24 * 60));
      boolean changeFirst = random.nextBoolean();
      Instant change =
          changeFirst
              ? pause.minus(minutes(random, 0, 12 * 60))
              : resume.plus(minutes(random, 0, 12 * 60));
      if (!change.isAfter(open)) {
        change = open.plusSeconds(60);
      }
      CaseTimeline timeline =
          CaseTimeline.opened(open, tier, initial, Channel.SUPPORT_PORTAL, ApplicationArea.EDITOR);
      if (changeFirst) {
        timeline = timeline.withSeverityChange(change, changed).withPause(pause).withResume(resume);
      } else {
        timeline = timeline.withPause(pause).withResume(resume).withSeverityChange(change, changed);
      }
      Instant last = changeFirst ? resume : change;
      timelines[i] = timeline;
      nows[i] = last.plus(minutes(random, 0, 72 * 60)).plusMillis(random.nextInt(60_000));
    }
    return new Sample(timelines, nows);
  }

  /**
   * Draws the timelines of {@link #sample} and continues each with a conversation: an agent reply
   * 10 min–4 h after the last event, a customer reply 10 min–8 h later, a second agent reply 10
   * min–8 h after that, and half of the cases solved 10 min–24 h later; {@code now} is 0–72 h after
   * the last event. Every metric then has something to measure.
   *
   * @param seed the seed
   * @param count how many
   * @return the timelines and nows
   */
  public static Sample conversations(long seed, int count) {
    Sample base = sample(seed, count);
    SplittableRandom random = new SplittableRandom(seed ^ 0x5EED);
    CaseTimeline[] timelines = new CaseTimeline[count];
    Instant[] nows = new Instant[count];
    for (int i = 0; i < count; i++) {
      CaseTimeline timeline = base.timelines()[i];
      Instant last = timeline.events().get(timeline.events().size() - 1).at();
      Instant reply = last.plus(minutes(random, 10, 4 * 60));
      Instant customer = reply.plus(minutes(random, 10, 8 * 60));
      Instant second = customer.plus(minutes(random, 10, 8 * 60));
      timeline = timeline.withAgentReply(reply).withCustomerReply(customer).withAgentReply(second);
      last = second;
      if (random.nextBoolean()) {
        last = second.plus(minutes(random, 10, 24 * 60));
        timeline = timeline.withSolved(last);
      }
      timelines[i] = timeline;
      nows[i] = last.plus(minutes(random, 0, 72 * 60)).plusMillis(random.nextInt(60_000));
    }
    return new Sample(timelines, nows);
  }

  private static Duration minutes(SplittableRandom random, int from, int to) {
    return Duration.ofMinutes(random.nextInt(from, to + 1));
  }
}
