package io.github.sla4j.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Every way to misuse {@link BusinessCalendar}, and every search that must give up. */
class BusinessCalendarErrorsTest {

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final LocalTime T09 = LocalTime.of(9, 0);
  private static final LocalTime T17 = LocalTime.of(17, 0);
  private static final Instant T = Instant.parse("2024-03-13T15:00:00Z");
  private static final Duration HOUR = Duration.ofHours(1);

  @Test
  void instantsAtTheEdgesOfTheDatesJavaTimeNames_areRefused_withOrWithoutHolidays() {
    // Near LocalDate.MAX and MIN the first chunk would need dates java.time cannot name: every
    // operation refuses, naming the calendar and the dates, whatever the calendar's schedule.
    Instant nearMax = LocalDate.MAX.minusDays(1).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
    Instant nearMin = LocalDate.MIN.plusDays(1).atTime(10, 0).toInstant(java.time.ZoneOffset.UTC);
    for (BusinessCalendar calendar :
        List.of(
            BusinessCalendar.builder(ZoneId.of("UTC"))
                .name("every day")
                .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, T09, T17)
                .build(),
            support(),
            support().withHolidays(io.github.sla4j.holiday.HolidayCalendar.usFederal()))) {
      List<ThrowingCallable> calls =
          List.of(
              () -> calendar.addBusinessTime(nearMax, HOUR),
              () -> calendar.addBusinessTime(nearMax, Duration.ofHours(20)),
              () -> calendar.isOpen(nearMax),
              () -> calendar.nextClose(nearMax),
              () -> calendar.addBusinessDays(nearMax, 1),
              () -> calendar.subtractBusinessTime(nearMin, HOUR),
              () -> calendar.isOpen(nearMin));
      for (ThrowingCallable call : calls) {
        assertThatThrownBy(call)
            .as("%s", calendar.name())
            .isInstanceOf(DateTimeException.class)
            .hasMessageContaining("Calendar '" + calendar.name() + "'")
            .hasMessageContaining("outside the range java.time supports");
      }
    }
  }

  private static BusinessCalendar support() {
    return BusinessCalendar.builder(NEW_YORK)
        .name("support")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
        .build();
  }

  // ---------------------------------------------------------------------------------------------
  // Null arguments

  @Test
  void nullArguments_throwNullPointerExceptionNamingTheParameter() {
    BusinessCalendar cal = support();
    BusinessCalendar.Builder b = BusinessCalendar.builder(NEW_YORK);
    LocalDate date = LocalDate.of(2024, 3, 13);
    ZonedDateTime zdt = T.atZone(NEW_YORK);
    OffsetDateTime odt = zdt.toOffsetDateTime();
    List<Map.Entry<String, ThrowingCallable>> calls = new ArrayList<>();
    calls.add(Map.entry("zone", () -> BusinessCalendar.builder(null)));
    calls.add(Map.entry("zone", () -> BusinessCalendar.alwaysOpen(null)));
    calls.add(Map.entry("name", () -> b.name(null)));
    calls.add(Map.entry("day", () -> b.hours(null, T09, T17)));
    calls.add(Map.entry("open", () -> b.hours(DayOfWeek.MONDAY, null, T17)));
    calls.add(Map.entry("close", () -> b.hours(DayOfWeek.MONDAY, T09, null)));
    calls.add(Map.entry("first", () -> b.hours(null, DayOfWeek.FRIDAY, T09, T17)));
    calls.add(Map.entry("last", () -> b.hours(DayOfWeek.MONDAY, null, T09, T17)));
    calls.add(Map.entry("date", () -> b.holiday(null)));
    calls.add(Map.entry("name", () -> b.holiday(date, null)));
    calls.add(Map.entry("holidays", () -> b.holidays(null)));
    calls.add(Map.entry("date", () -> b.specialHours((LocalDate) null, T09, T17)));
    calls.add(
        Map.entry(
            "rule", () -> b.specialHours((io.github.sla4j.holiday.HolidayRule) null, T09, T17)));
    calls.add(Map.entry("open", () -> b.specialHours(date, null, T17)));
    calls.add(Map.entry("close", () -> b.specialHours(date, T09, null)));
    calls.add(Map.entry("instant", () -> cal.isOpen((Instant) null)));
    calls.add(Map.entry("instant", () -> cal.nextOpen((Instant) null)));
    calls.add(Map.entry("instant", () -> cal.nextClose((Instant) null)));
    calls.add(Map.entry("startInclusive", () -> cal.businessTimeBetween(null, T)));
    calls.add(Map.entry("endExclusive", () -> cal.businessTimeBetween(T, (Instant) null)));
    calls.add(Map.entry("instant", () -> cal.addBusinessTime((Instant) null, HOUR)));
    calls.add(Map.entry("amount", () -> cal.addBusinessTime(T, null)));
    calls.add(Map.entry("instant", () -> cal.subtractBusinessTime((Instant) null, HOUR)));
    calls.add(Map.entry("amount", () -> cal.subtractBusinessTime(T, null)));
    calls.add(Map.entry("instant", () -> cal.addBusinessDays((Instant) null, 1)));
    calls.add(Map.entry("date", () -> cal.isWorkingDate(null)));
    calls.add(Map.entry("date", () -> cal.openPeriodsOn(null)));
    calls.add(Map.entry("date", () -> cal.holidayOn(null)));
    calls.add(Map.entry("dateTime", () -> cal.isOpen((ZonedDateTime) null)));
    calls.add(Map.entry("dateTime", () -> cal.nextOpen((OffsetDateTime) null)));
    calls.add(Map.entry("dateTime", () -> cal.nextClose((ZonedDateTime) null)));
    calls.add(Map.entry("dateTime", () -> cal.addBusinessTime((OffsetDateTime) null, HOUR)));
    calls.add(Map.entry("amount", () -> cal.addBusinessTime(zdt, null)));
    calls.add(Map.entry("amount", () -> cal.subtractBusinessTime(odt, null)));
    calls.add(Map.entry("dateTime", () -> cal.addBusinessDays((ZonedDateTime) null, 1)));
    calls.add(Map.entry("startInclusive", () -> cal.businessTimeBetween(null, zdt)));
    calls.add(Map.entry("endExclusive", () -> cal.businessTimeBetween(odt, null)));
    for (int i = 0; i < calls.size(); i++) {
      Map.Entry<String, ThrowingCallable> call = calls.get(i);
      assertThatThrownBy(call.getValue())
          .as("call %d, parameter %s", i, call.getKey())
          .isInstanceOf(NullPointerException.class)
          .hasMessage(call.getKey());
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Invalid windows

  @Test
  void hours_closeNotAfterOpen_throwsIllegalArgumentException() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(NEW_YORK);

    assertThatThrownBy(() -> b.hours(DayOfWeek.MONDAY, LocalTime.of(18, 0), LocalTime.of(3, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("18:00")
        .hasMessageContaining("03:00");
    assertThatThrownBy(() -> b.hours(DayOfWeek.MONDAY, T09, T09))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.specialHours(LocalDate.of(2024, 3, 9), T17, T09))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void hours_overlappingWindows_throwIllegalArgumentExceptionNamingDayAndBothWindows() {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(NEW_YORK).hours(DayOfWeek.TUESDAY, T09, LocalTime.of(12, 0));

    assertThatThrownBy(() -> b.hours(DayOfWeek.TUESDAY, LocalTime.of(11, 0), T17))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TUESDAY")
        .hasMessageContaining("09:00-12:00")
        .hasMessageContaining("11:00-17:00");
    assertThatThrownBy(() -> b.hours(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, T09, T17))
        .as("a range that reaches a day with an overlapping window")
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("TUESDAY");
    assertThat(
            b.hours(DayOfWeek.TUESDAY, LocalTime.of(12, 0), T17)
                .build()
                .weeklyHours(DayOfWeek.TUESDAY))
        .as("touching is fine, and merges")
        .containsExactly(TimeWindow.of(T09, T17));
  }

  @Test
  void specialHours_conflictingWindows_throwIllegalArgumentException() {
    LocalDate date = LocalDate.of(2024, 3, 9);
    BusinessCalendar.Builder b = BusinessCalendar.builder(NEW_YORK).specialHours(date, T09, T17);

    assertThatThrownBy(() -> b.specialHours(date, LocalTime.of(16, 0), LocalTime.of(20, 0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(date.toString())
        .hasMessageContaining("09:00-17:00")
        .hasMessageContaining("16:00-20:00");
  }

  @Test
  void hours_subSecondBoundary_throwsIllegalArgumentException() {
    BusinessCalendar.Builder b = BusinessCalendar.builder(NEW_YORK);
    LocalTime fraction = LocalTime.of(9, 0, 0, 1);

    assertThatThrownBy(() -> b.hours(DayOfWeek.MONDAY, fraction, T17))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("fraction of a second");
    assertThatThrownBy(() -> b.hours(DayOfWeek.MONDAY, T09, LocalTime.of(17, 0, 0, 500_000_000)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> b.specialHours(LocalDate.of(2024, 3, 9), fraction, T17))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // ---------------------------------------------------------------------------------------------
  // Searches that must give up

  @Test
  void calendarWithNoOpenTime_everySearchThrowsQuicklyNamingCalendarAndStart() {
    Map<String, Function<BusinessCalendar, Object>> searches = new LinkedHashMap<>();
    searches.put("nextOpen", c -> c.nextOpen(T));
    searches.put("nextClose", c -> c.nextClose(T));
    searches.put("addBusinessTime", c -> c.addBusinessTime(T, HOUR));
    searches.put("subtractBusinessTime", c -> c.subtractBusinessTime(T, HOUR));
    searches.put("addBusinessDays", c -> c.addBusinessDays(T, 1));
    // Warm up class loading and JIT so the timing below measures the search, not the JVM.
    Throwable unused = catchThrowable(() -> BusinessCalendar.builder(NEW_YORK).build().nextOpen(T));
    assertThat(unused).isInstanceOf(DateTimeException.class);

    searches.forEach(
        (name, search) -> {
          BusinessCalendar closed = BusinessCalendar.builder(NEW_YORK).name("closed desk").build();
          long start = System.nanoTime();
          Throwable thrown = catchThrowable(() -> search.apply(closed));
          long millis = (System.nanoTime() - start) / 1_000_000;
          assertThat(thrown)
              .as(name)
              .isInstanceOf(DateTimeException.class)
              .hasMessageContaining("closed desk")
              .hasMessageContaining(T.toString());
          assertThat(millis).as("%s took %d ms", name, millis).isLessThan(100);
        });
  }

  @Test
  void onlySpecialHoursOnOneDate_addBeyondItsTimeThrows() {
    LocalDate date = LocalDate.of(2024, 3, 16);
    BusinessCalendar cal =
        BusinessCalendar.builder(NEW_YORK)
            .name("one saturday")
            .specialHours(date, T09, T17)
            .build();
    Instant before = Instant.parse("2024-03-10T12:00:00Z");

    assertThat(cal.addBusinessTime(before, Duration.ofHours(8)))
        .isEqualTo(Instant.parse("2024-03-16T21:00:00Z"));
    assertThatThrownBy(() -> cal.addBusinessTime(before, Duration.ofHours(8).plusNanos(1)))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("one saturday");
    assertThatThrownBy(
            () ->
                cal.subtractBusinessTime(
                    Instant.parse("2024-03-20T12:00:00Z"), Duration.ofHours(9)))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> cal.addBusinessDays(before, 2)).isInstanceOf(DateTimeException.class);
    assertThat(cal.addBusinessDays(before, 1)).isEqualTo(Instant.parse("2024-03-16T21:00:00Z"));
    assertThatThrownBy(() -> cal.nextOpen(Instant.parse("2024-03-16T21:00:00Z")))
        .isInstanceOf(DateTimeException.class);
  }

  @Test
  void nextClose_onCalendarThatNeverCloses_throwsDateTimeException() {
    Instant t = Instant.parse("2024-03-13T15:00:00Z");
    BusinessCalendar utc = BusinessCalendar.alwaysOpen();
    BusinessCalendar built =
        BusinessCalendar.builder(NEW_YORK)
            .name("round the clock")
            .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .build();

    assertThatThrownBy(() -> utc.nextClose(t))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining(t.toString());
    assertThatThrownBy(() -> BusinessCalendar.alwaysOpen(NEW_YORK).nextClose(t))
        .isInstanceOf(DateTimeException.class);
    assertThatThrownBy(() -> built.nextClose(t))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("round the clock")
        .hasMessageContaining(t.toString());
    assertThat(built.isOpen(t)).isTrue();
    assertThat(built.nextOpen(t)).isEqualTo(t);
  }

  @Test
  void
      nextClose_onCalendarOpenWithoutBreakForElevenYears_throws_butFindsAHolidayWithinTheHorizon() {
    BusinessCalendar.Builder b =
        BusinessCalendar.builder(NEW_YORK)
            .name("no breaks")
            .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);
    BusinessCalendar far = b.holiday(LocalDate.of(2035, 6, 1)).build();
    BusinessCalendar near =
        BusinessCalendar.builder(NEW_YORK)
            .hours(DayOfWeek.MONDAY, DayOfWeek.SUNDAY, LocalTime.MIDNIGHT, LocalTime.MIDNIGHT)
            .holiday(LocalDate.of(2030, 6, 1))
            .build();

    assertThatThrownBy(() -> far.nextClose(T))
        .isInstanceOf(DateTimeException.class)
        .hasMessageContaining("no breaks");
    assertThat(near.nextClose(T)).isEqualTo(Instant.parse("2030-06-01T04:00:00Z"));
  }

  // ---------------------------------------------------------------------------------------------
  // The Instant range

  @Test
  void operationsNearTheEndsOfTheInstantRange_throwAndNeverHang() {
    BusinessCalendar cal = support();
    BusinessCalendar allDay = BusinessCalendar.alwaysOpen();
    Map<String, ThrowingCallable> calls = new LinkedHashMap<>();
    calls.put("isOpen(MAX)", () -> cal.isOpen(Instant.MAX));
    calls.put("nextOpen(MAX)", () -> cal.nextOpen(Instant.MAX));
    calls.put("nextClose(MAX)", () -> cal.nextClose(Instant.MAX));
    calls.put("add near MAX", () -> cal.addBusinessTime(Instant.MAX.minusSeconds(86_400), HOUR));
    calls.put(
        "subtract near MIN", () -> cal.subtractBusinessTime(Instant.MIN.plusSeconds(86_400), HOUR));
    calls.put(
        "addBusinessDays near MAX", () -> cal.addBusinessDays(Instant.MAX.minusSeconds(86_400), 1));
    calls.put("between MIN..MAX", () -> cal.businessTimeBetween(Instant.MIN, Instant.MAX));
    calls.put("huge amount", () -> cal.addBusinessTime(T, Duration.ofSeconds(Long.MAX_VALUE)));
    calls.put(
        "huge negative amount", () -> cal.addBusinessTime(T, Duration.ofSeconds(Long.MIN_VALUE)));
    calls.put("huge days", () -> cal.addBusinessDays(T, Integer.MAX_VALUE));
    calls.put("24/7 add past MAX", () -> allDay.addBusinessTime(Instant.MAX.minusSeconds(1), HOUR));
    calls.put(
        "24/7 subtract past MIN",
        () -> allDay.subtractBusinessTime(Instant.MIN.plusSeconds(1), HOUR));
    calls.put(
        "24/7 huge amount", () -> allDay.addBusinessTime(T, Duration.ofSeconds(Long.MAX_VALUE)));
    calls.put(
        "24/7 addBusinessDays near MAX",
        () -> allDay.addBusinessDays(Instant.MAX.minusSeconds(1), 1));
    calls.forEach(
        (name, call) ->
            assertTimeoutPreemptively(
                Duration.ofSeconds(10),
                () ->
                    assertThat(catchThrowable(call))
                        .as(name)
                        .isInstanceOfAny(DateTimeException.class, ArithmeticException.class),
                name));
  }

  // ---------------------------------------------------------------------------------------------
  // The search horizon does not depend on what was computed before

  @Test
  void searchAcrossMoreThanTheHorizon_throwsWhateverTheCalendarComputedBefore() {
    LocalDate early = LocalDate.of(2020, 1, 6);
    LocalDate late = LocalDate.of(2036, 1, 7); // 16 years later: beyond the 10-year horizon
    Instant between = Instant.parse("2020-02-01T12:00:00Z");
    Instant lateOpen = Instant.parse("2036-01-07T15:00:00Z");
    Map<String, Function<BusinessCalendar, Object>> searches = new LinkedHashMap<>();
    searches.put("nextOpen", c -> c.nextOpen(between));
    searches.put("nextClose", c -> c.nextClose(between));
    searches.put("addBusinessTime", c -> c.addBusinessTime(between, HOUR));
    searches.put("addBusinessDays", c -> c.addBusinessDays(between, 1));
    searches.put(
        "subtractBusinessTime", c -> c.subtractBusinessTime(lateOpen, Duration.ofHours(2)));

    searches.forEach(
        (name, search) -> {
          BusinessCalendar fresh = twoDays(early, late);
          BusinessCalendar warm = twoDays(early, late);
          assertThat(warm.isOpen(lateOpen)).isTrue();
          assertThat(warm.isOpen(Instant.parse("2020-01-06T15:00:00Z"))).isTrue();
          assertThat(catchThrowable(() -> search.apply(fresh)))
              .as("%s on a fresh calendar", name)
              .isInstanceOf(DateTimeException.class);
          assertThat(catchThrowable(() -> search.apply(warm)))
              .as("%s on an equal calendar that has looked at both dates", name)
              .isInstanceOf(DateTimeException.class);
        });
  }

  @Test
  void searchesWithinTheSpanLimit_succeedWhateverTheCalendarComputedBefore() {
    // One minute a week: 130 business hours take about 150 years, well within the 500-year limit.
    Duration amount = Duration.ofHours(130);
    Instant far = T.atZone(NEW_YORK).plusYears(300).toInstant();
    Instant past = T.atZone(NEW_YORK).minusYears(300).toInstant();

    Instant back = oneMinuteAWeek().subtractBusinessTime(T, amount);
    BusinessCalendar warmAhead = oneMinuteAWeek();
    warmAhead.businessTimeBetween(T, far);
    assertThat(warmAhead.subtractBusinessTime(T, amount))
        .as("subtract after the table was grown 300 years ahead")
        .isEqualTo(back);

    Instant ahead = oneMinuteAWeek().addBusinessTime(T, amount);
    BusinessCalendar warmBehind = oneMinuteAWeek();
    warmBehind.businessTimeBetween(past, T);
    assertThat(warmBehind.addBusinessTime(T, amount))
        .as("add after the table was grown 300 years back")
        .isEqualTo(ahead);
    assertThat(Duration.between(back, ahead)).isGreaterThan(Duration.ofDays(250 * 365));
  }

  private static BusinessCalendar oneMinuteAWeek() {
    return BusinessCalendar.builder(NEW_YORK)
        .name("one minute a week")
        .hours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(12, 1))
        .build();
  }

  private static BusinessCalendar twoDays(LocalDate a, LocalDate b) {
    return BusinessCalendar.builder(NEW_YORK)
        .name("two days")
        .specialHours(a, T09, T17)
        .specialHours(b, T09, T17)
        .build();
  }
}
