package io.github.sla4j.benchmarks;

import io.github.sla4j.calendar.BusinessCalendar;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The multi-tenant cold path: build a tenant's calendar from its rules and ask one 4-hour deadline,
 * for 4,096 different tenants in turn (hours varying per tenant, six zones, one shared holiday
 * calendar), against the day-walking reference doing the same; and build it and ask one
 * two-business-day deadline, against a fresh ObjectLab Kit calculator per tenant over one shared
 * holiday set (a peer from Maven Central, which has business days but no hours).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class TenantBenchmark {

  private static final Duration FOUR_HOURS = Duration.ofHours(4);
  private static final int TWO_DAYS = 2;
  private static final int MASK = Calendars.START_COUNT - 1;

  private Tenants tenants;
  private net.objectlab.kit.datecalc.common.HolidayCalendar<LocalDate> sharedHolidays;
  private int next;

  /** Draws the tenants. */
  @Setup
  public void setUp() {
    tenants = new Tenants(Calendars.START_SEED, Calendars.START_COUNT);
    sharedHolidays = ObjectLabPeer.holidays(Tenants.HOLIDAYS, 2020, 2035);
  }

  /**
   * sla4j: a fresh calendar and its first deadline.
   *
   * @return the deadline
   */
  @Benchmark
  public Instant freshDeadline() {
    int i = next++ & MASK;
    BusinessCalendar calendar = tenants.calendar(i);
    return calendar.addBusinessTime(tenants.start(i), FOUR_HOURS);
  }

  /**
   * sla4j: only building the fresh calendar (the part of {@link #freshDeadline} before the
   * deadline).
   *
   * @return the calendar
   */
  @Benchmark
  public BusinessCalendar freshCalendarOnly() {
    return tenants.calendar(next++ & MASK);
  }

  /**
   * The day-walking reference: a fresh calendar and its first deadline.
   *
   * @return the deadline
   */
  @Benchmark
  public Instant freshDeadlineDayWalking() {
    int i = next++ & MASK;
    return tenants.dayWalking(i).addBusinessTime(tenants.start(i), FOUR_HOURS);
  }

  /**
   * sla4j: a fresh calendar and its first two-business-day deadline.
   *
   * @return the deadline
   */
  @Benchmark
  public Instant freshBusinessDays() {
    int i = next++ & MASK;
    return tenants.calendar(i).addBusinessDays(tenants.start(i), TWO_DAYS);
  }

  /**
   * ObjectLab Kit: a fresh calculator over the shared holidays, and the date two business days
   * after the tenant's start date.
   *
   * @return the date
   */
  @Benchmark
  public LocalDate freshBusinessDaysObjectLab() {
    int i = next++ & MASK;
    return new ObjectLabPeer(sharedHolidays).addBusinessDays(tenants.startDate(i), TWO_DAYS);
  }
}
