package io.github.sla4j.benchmarks;

import io.github.sla4j.calendar.BusinessCalendar;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;

/**
 * A plain measured main for the multi-tenant goals: the heap a tenant calendar retains after one
 * 4-hour deadline, and the time for 100,000 tenants to answer one deadline each on one thread.
 *
 * <p>Retained bytes are a heap delta: the used heap after full GCs with {@code count} fresh tenant
 * calendars held (each having answered one deadline), minus the used heap after full GCs without
 * them, divided by {@code count}. The array that holds them (4 bytes per reference) is allocated
 * before the first measurement, so it is not counted. The shared holiday calendar's year tables and
 * the zones' rules are warmed first, so only per-tenant memory is counted.
 *
 * <p>Run {@code java -cp sla-benchmarks/target/benchmarks.jar
 * io.github.sla4j.benchmarks.TenantCosts [passes]}.
 */
public final class TenantCosts {

  private static final int RETAINED_TENANTS = 50_000;
  private static final int TIMED_TENANTS = 100_000;

  private TenantCosts() {}

  /**
   * Prints the time of each pass of 100,000 tenants (the first in a fresh JVM, so it includes class
   * loading, JIT compilation and computing the shared holiday years), then the retained bytes per
   * tenant.
   *
   * @param args the number of timed passes (default 5)
   */
  public static void main(String[] args) {
    int passes = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Duration fourHours = Duration.ofHours(4);
    Tenants tenants = new Tenants(Calendars.START_SEED, TIMED_TENANTS);

    long check = 0;
    for (int p = 1; p <= passes; p++) {
      long t0 = System.nanoTime();
      for (int i = 0; i < TIMED_TENANTS; i++) {
        check +=
            tenants.calendar(i).addBusinessTime(tenants.start(i), fourHours).getEpochSecond() & 1;
      }
      long t1 = System.nanoTime();
      System.out.printf(
          "pass %d: %,d fresh tenant calendars, one 4 h deadline each: %.1f ms%n",
          p, TIMED_TENANTS, (t1 - t0) / 1e6);
    }
    // The timed passes have warmed the shared parts (holiday years, zone rules) and the code.

    BusinessCalendar[] held = new BusinessCalendar[RETAINED_TENANTS];
    long before = usedAfterGc();
    for (int i = 0; i < RETAINED_TENANTS; i++) {
      BusinessCalendar calendar = tenants.calendar(i);
      check += calendar.addBusinessTime(tenants.start(i), fourHours).getEpochSecond();
      held[i] = calendar;
    }
    long after = usedAfterGc();
    System.out.printf(
        "retained per tenant calendar after one 4 h deadline: %,d bytes (%,d tenants, heap delta"
            + " %,d bytes)%n",
        (after - before) / RETAINED_TENANTS, RETAINED_TENANTS, after - before);
    check += held[RETAINED_TENANTS - 1].hashCode() & 1;
    held = null;

    System.out.println("checksum " + check);
  }

  private static long usedAfterGc() {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 4; i++) {
      System.gc();
      try {
        Thread.sleep(50);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}
