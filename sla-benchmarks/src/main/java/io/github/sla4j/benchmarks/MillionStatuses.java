package io.github.sla4j.benchmarks;

import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.tracking.CaseStatus;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.time.Instant;

/**
 * A plain measured loop for the goal "1,000,000 case statuses evaluated in under a second on one
 * thread": it draws 1,000,000 (timeline, now) pairs with {@link Cases} (outside the timing), then
 * evaluates all of them on the main thread, reading {@code deadline()}, {@code remaining()} and
 * {@code state()} of each, several times over in the same JVM. The first pass includes class
 * loading, interpretation and JIT compilation; later passes show the steady state.
 *
 * <p>Run {@code java -Xms2g -Xmx2g -XX:+AlwaysPreTouch -cp sla-benchmarks/target/benchmarks.jar
 * io.github.sla4j.benchmarks.MillionStatuses [passes]}. The fixed, pre-touched heap matters: with
 * the JVM's default heap sizing, G1 grows the young generation to gigabytes after the first pass
 * and the next passes pay the operating system's zeroing of fresh pages (passes 2 and 3 then take
 * 1.3–2.6 s against 0.4 s from pass 4 on, with no compilation or GC to account for it).
 */
public final class MillionStatuses {

  /** How many statuses one pass evaluates. */
  public static final int COUNT = 1_000_000;

  private MillionStatuses() {}

  /**
   * Times passes over a million statuses.
   *
   * @param args the number of passes, 5 by default
   */
  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    long d0 = System.nanoTime();
    Cases.Sample sample = Cases.sample(Cases.SEED, COUNT);
    CaseTimeline[] timelines = sample.timelines();
    Instant[] nows = sample.nows();
    long d1 = System.nanoTime();
    System.out.printf("drew %,d timelines in %.0f ms (not timed below)%n", COUNT, (d1 - d0) / 1e6);
    SlaTracker tracker = SlaTracker.of(SlaPolicy.threekit());
    long check = 0;
    for (int pass = 1; pass <= passes; pass++) {
      long t0 = System.nanoTime();
      check += evaluateAll(tracker, timelines, nows);
      long t1 = System.nanoTime();
      System.out.printf(
          "pass %d: %,d statuses in %.0f ms (%.0f ns per status)%n",
          pass, COUNT, (t1 - t0) / 1e6, (double) (t1 - t0) / COUNT);
    }
    System.out.println("checksum " + check);
  }

  /**
   * One pass, in its own method so the JIT compiles it as a method, not only inside main's loop.
   */
  private static long evaluateAll(SlaTracker tracker, CaseTimeline[] timelines, Instant[] nows) {
    long check = 0;
    for (int i = 0; i < timelines.length; i++) {
      CaseStatus status = tracker.status(timelines[i], nows[i]);
      check += status.deadline().map(Instant::getEpochSecond).orElse(0L);
      check += status.remaining().getSeconds();
      check += status.state().ordinal();
    }
    return check;
  }
}
