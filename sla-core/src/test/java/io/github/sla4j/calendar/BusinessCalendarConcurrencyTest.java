package io.github.sla4j.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.holiday.HolidayCalendar;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A calendar shared by many threads gives the same answers as one used by a single thread, while
 * its tables are rebuilt under the threads' feet (the instants jump across four centuries).
 */
class BusinessCalendarConcurrencyTest {

  private static BusinessCalendar support() {
    return BusinessCalendar.builder(ZoneId.of("America/New_York"))
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
        .holidays(HolidayCalendar.usFederal())
        .build();
  }

  private static List<String> answers(BusinessCalendar cal, long seed, int count) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      int year = 1850 + r.nextInt(400);
      Instant t =
          Instant.parse(year + "-01-01T00:00:00Z")
              .plusSeconds(r.nextLong(366L * 86_400))
              .plusNanos(r.nextInt(1_000_000_000));
      Duration d = Duration.ofMinutes(r.nextLong(1, 20_000));
      out.add(
          cal.isOpen(t)
              + " "
              + cal.nextOpen(t)
              + " "
              + cal.addBusinessTime(t, d)
              + " "
              + cal.subtractBusinessTime(t, d)
              + " "
              + cal.businessTimeBetween(t, t.plus(d))
              + " "
              + cal.addBusinessDays(t, 1 + r.nextInt(10)));
    }
    return out;
  }

  @Test
  void sharedCalendar_answersLikeAPrivateOne_underConcurrentTableGrowth() throws Exception {
    int threads = 8;
    int perThread = 400;
    BusinessCalendar shared = support();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        long seed = 1000 + k;
        Callable<List<String>> task = () -> answers(shared, seed, perThread);
        futures.add(pool.submit(task));
      }
      for (int k = 0; k < threads; k++) {
        List<String> expected = answers(support(), 1000 + k, perThread);
        assertThat(futures.get(k).get(60, TimeUnit.SECONDS)).as("thread %s", k).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Fresh calendars in every tz zone, built and asked by eight threads at once, while the zones'
   * shared transition tables and wall clocks, the small cache in front of them, and the year tables
   * of a holiday calendar no thread has used yet are filled under the threads' feet: every answer
   * equals the one a single thread gives afterwards.
   */
  @Test
  void freshCalendarsInEveryZone_underEightThreads_answerAsOneThreadDoes() throws Exception {
    List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
    java.util.Collections.sort(zones);
    HolidayCalendar holidays =
        HolidayCalendar.of(
            "concurrency test holidays",
            io.github.sla4j.holiday.HolidayRule.fixed("New Year", java.time.MonthDay.of(1, 1)),
            io.github.sla4j.holiday.HolidayRule.fixed("Midsummer", java.time.MonthDay.of(6, 24)));
    int threads = 8;
    int perThread = 600;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<String>>> futures = new ArrayList<>();
      for (int k = 0; k < threads; k++) {
        int thread = k;
        futures.add(pool.submit(() -> freshAnswers(zones, holidays, thread, perThread)));
      }
      for (int k = 0; k < threads; k++) {
        List<String> concurrent = futures.get(k).get(60, TimeUnit.SECONDS);
        assertThat(concurrent)
            .as("thread %s", k)
            .isEqualTo(freshAnswers(zones, holidays, k, perThread));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Each thread walks the zones from its own offset, so threads meet zones in different orders. */
  private static List<String> freshAnswers(
      List<String> zones, HolidayCalendar holidays, int thread, int count) {
    SplittableRandom r = new SplittableRandom(7_000 + thread);
    List<String> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      ZoneId zone = ZoneId.of(zones.get((thread * 97 + i * 31) % zones.size()));
      LocalTime open = LocalTime.of(6 + r.nextInt(4), 15 * r.nextInt(4));
      BusinessCalendar calendar =
          BusinessCalendar.builder(zone)
              .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, open, open.plusHours(8))
              .holidays(holidays)
              .build();
      // 1950 to 2150: inside and outside the range of the shared transition tables.
      Instant t = Instant.ofEpochSecond(r.nextLong(-631_152_000L, 5_680_281_600L));
      out.add(
          zone
              + " "
              + calendar.isOpen(t)
              + " "
              + calendar.addBusinessTime(t, Duration.ofHours(4))
              + " "
              + calendar.addBusinessDays(t, 2)
              + " "
              + calendar.businessTimeBetween(t, t.plus(Duration.ofDays(3))));
    }
    return out;
  }
}
