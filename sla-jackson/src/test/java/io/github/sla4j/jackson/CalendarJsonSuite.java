package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.TimeWindow;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRule;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

public abstract class CalendarJsonSuite {

  private final JsonBinding binding;

  protected CalendarJsonSuite(JsonBinding binding) {
    this.binding = binding;
  }

  public static BusinessCalendar support() {
    return BusinessCalendar.builder(ZoneId.of("America/New_York"))
        .name("support hours")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
        .hours(DayOfWeek.SATURDAY, LocalTime.of(22, 0), LocalTime.MIDNIGHT)
        .holidays(HolidayCalendar.usFederal())
        .holiday(LocalDate.of(2025, 1, 9), "National Day of Mourning")
        .specialHours(LocalDate.of(2026, 12, 24), LocalTime.of(3, 0), LocalTime.of(12, 0))
        .build();
  }

  @Test
  void calendar_roundTrips_toEqualValueAndIdenticalText() throws Exception {
    BusinessCalendar cal = support();
    String json = binding.writePretty(cal);
    BusinessCalendar back = binding.read(json, BusinessCalendar.class);
    assertThat(back).isEqualTo(cal);
    assertThat(binding.writePretty(back)).isEqualTo(json);
    Instant t = Instant.parse("2026-11-25T19:00:00Z");
    assertThat(back.addBusinessTime(t, Duration.ofHours(8)))
        .isEqualTo(cal.addBusinessTime(t, Duration.ofHours(8)));
    assertThat(json)
        .startsWith("{\n  \"formatVersion\" : 2,")
        .contains("\"close\" : \"24:00\"")
        .contains("\"kind\" : \"nth_weekday\"");
  }

  public static BusinessCalendar halfDays() {
    HolidayRule thanksgiving =
        HolidayRule.nthWeekday("Thanksgiving", Month.NOVEMBER, 4, DayOfWeek.THURSDAY);
    return BusinessCalendar.builder(ZoneId.of("America/New_York"))
        .name("half days")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
        .specialHours(
            HolidayRule.fixed("Christmas Eve", MonthDay.of(12, 24)),
            LocalTime.of(9, 0),
            LocalTime.of(12, 0))
        .specialHours(
            HolidayRule.relativeTo("Thanksgiving Eve", thanksgiving, -1),
            TimeWindow.parse("03:00-14:00"))
        .build();
  }

  @Test
  void recurringSpecialHours_areWrittenOnlyWhenUsed_andRoundTrip() throws Exception {
    assertThat(binding.writePretty(support())).doesNotContain("recurringSpecialHours");
    BusinessCalendar cal = halfDays();
    String json = binding.writePretty(cal);
    assertThat(json)
        .contains("\"recurringSpecialHours\" : [ {\n    \"rule\" : {")
        .contains("\"kind\" : \"relative\"");
    BusinessCalendar back = binding.read(json, BusinessCalendar.class);
    assertThat(back).isEqualTo(cal);
    assertThat(binding.writePretty(back)).isEqualTo(json);
    assertThat(back.openPeriodsOn(LocalDate.of(2026, 11, 25)).get(0).duration())
        .isEqualTo(Duration.ofHours(11));
    assertThat(SchemaSuite.validate(binding, cal)).isEmpty();
  }

  @Test
  void recurringSpecialHours_withoutWindows_orOvernight_areRefusedWithAPath() throws Exception {
    String json = binding.writePretty(halfDays());
    String empty =
        json.replaceFirst(
            "\"windows\" : \\[ \\{\\s*\"open\" : \"09:00\",\\s*\"close\" : \"12:00\"\\s*\\} \\]",
            "\"windows\" : [ ]");
    assertThat(empty).isNotEqualTo(json);
    assertThatThrownBy(() -> binding.read(empty, BusinessCalendar.class))
        .hasMessageContaining("Recurring special hours 'Christmas Eve' at")
        .hasMessageContaining("list no window");
    String overnight =
        json.replaceFirst("\"close\" : \"12:00\"", "\"close\" : \"02:00\", \"nextDay\" : true");
    assertThatThrownBy(() -> binding.read(overnight, BusinessCalendar.class))
        .hasMessageContaining(
            "crosses midnight: recurring special hours must lie within their date")
        .hasMessageContaining("recurringSpecialHours[0]");
  }

  public static BusinessCalendar withClosures() {
    return BusinessCalendar.builder(ZoneId.of("America/New_York"))
        .name("office")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
        .closure(
            Instant.parse("2026-03-04T17:00:00Z"),
            Instant.parse("2026-03-04T20:00:00Z"),
            "Office event")
        .closure(LocalDate.of(2026, 3, 6), TimeWindow.ALL_DAY, "Office move")
        .build();
  }

  @Test
  void closures_areWrittenOnlyWhenUsed_andRoundTrip() throws Exception {
    assertThat(binding.writePretty(support())).doesNotContain("closures");
    BusinessCalendar cal = withClosures();
    String json = binding.writePretty(cal);
    assertThat(json)
        .contains(
            "\"closures\" : [ {\n    \"start\" : \"2026-03-04T17:00:00Z\",\n"
                + "    \"end\" : \"2026-03-04T20:00:00Z\",\n"
                + "    \"reason\" : \"Office event\"\n  }, {\n"
                + "    \"start\" : \"2026-03-06T05:00:00Z\"");
    BusinessCalendar back = binding.read(json, BusinessCalendar.class);
    assertThat(back).isEqualTo(cal);
    assertThat(binding.writePretty(back)).isEqualTo(json);
    assertThat(back.isWorkingDate(LocalDate.of(2026, 3, 6))).isFalse();
    assertThat(SchemaSuite.validate(binding, cal)).isEmpty();
    BusinessCalendar union = BusinessCalendar.union(ZoneId.of("UTC"), cal, support());
    assertThat(binding.read(binding.write(union), BusinessCalendar.class)).isEqualTo(union);
    assertThat(SchemaSuite.validate(binding, union)).isEmpty();
  }

  @Test
  void badClosures_areRefusedWithAPath() throws Exception {
    String json = binding.writePretty(withClosures());
    String reversed =
        json.replaceFirst(
            "\"end\" : \"2026-03-04T20:00:00Z\"", "\"end\" : \"2026-03-04T16:00:00Z\"");
    assertThatThrownBy(() -> binding.read(reversed, BusinessCalendar.class))
        .hasMessageContaining("is empty or reversed: its end must be after its start")
        .hasMessageContaining("closures[0]");
    String blank = json.replaceFirst("\"reason\" : \"Office event\"", "\"reason\" : \" \"");
    assertThatThrownBy(() -> binding.read(blank, BusinessCalendar.class))
        .hasMessageContaining("has a blank reason");
    String missing = json.replaceFirst(",\\s*\"reason\" : \"Office event\"", "");
    assertThat(missing).isNotEqualTo(json);
    assertThatThrownBy(() -> binding.read(missing, BusinessCalendar.class))
        .hasMessageContaining("reason");
    String fraction = json.replaceFirst("\"2026-03-04T17:00:00Z\"", "\"2026-03-04T17:00:00.5Z\"");
    assertThatThrownBy(() -> binding.read(fraction, BusinessCalendar.class))
        .hasMessageContaining("fraction of a second");
  }

  public static BusinessCalendar followTheSun() {
    BusinessCalendar berlin =
        BusinessCalendar.builder(ZoneId.of("Europe/Berlin"))
            .name("Berlin team")
            .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(9, 0), LocalTime.of(17, 0))
            .build();
    BusinessCalendar both =
        BusinessCalendar.intersection(ZoneId.of("America/New_York"), support(), support());
    return BusinessCalendar.union(ZoneId.of("Europe/Berlin"), berlin, both)
        .withName("follow the sun");
  }

  @Test
  void union_isWrittenAsItsComponents_andRoundTrips() throws Exception {
    BusinessCalendar cal = followTheSun();
    String json = binding.writePretty(cal);
    assertThat(json)
        .contains(
            "\"name\" : \"follow the sun\",\n  \"zone\" : \"Europe/Berlin\",\n  \"union\" : [")
        .contains("\"intersection\" : [")
        .doesNotContain("\"weeklyHours\" : {\n    \"monday\" : [ ]");
    BusinessCalendar back = binding.read(json, BusinessCalendar.class);
    assertThat(back).isEqualTo(cal);
    assertThat(binding.writePretty(back)).isEqualTo(json);
    assertThat(SchemaSuite.validate(binding, cal)).isEmpty();
  }

  @Test
  void overnightWindow_isWrittenWithNextDay_andRoundTrips() throws Exception {
    BusinessCalendar cal =
        BusinessCalendar.builder(ZoneId.of("America/New_York"))
            .name("night desk")
            .hours(
                DayOfWeek.FRIDAY,
                io.github.sla4j.calendar.TimeWindow.overnight(
                    LocalTime.of(22, 0), LocalTime.of(6, 0)))
            .build();
    String json = binding.writePretty(cal);
    assertThat(json)
        .contains(
            "{\n      \"open\" : \"22:00\",\n      \"close\" : \"06:00\",\n      \"nextDay\" : true\n    }");
    BusinessCalendar back = binding.read(json, BusinessCalendar.class);
    assertThat(back).isEqualTo(cal);
    assertThat(binding.writePretty(back)).isEqualTo(json);
    assertThat(SchemaSuite.validate(binding, cal)).isEmpty();
    assertThat(binding.writePretty(support())).doesNotContain("nextDay");
  }

  @Test
  void read_nextDayFalse_isRefusedWithPath() {
    String json = withMonday("{\"open\":\"22:00\",\"close\":\"06:00\",\"nextDay\":false}");
    assertThatThrownBy(() -> binding.read(json, BusinessCalendar.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("write true for a window that closes on the next day")
        .hasMessageContaining("$.weeklyHours.monday[0].nextDay");
  }

  @Test
  void read_unionOfNothing_isRefusedWithPath() {
    String json = "{\"formatVersion\":1,\"name\":\"x\",\"zone\":\"UTC\",\"union\":[]}";
    assertThatThrownBy(() -> binding.read(json, BusinessCalendar.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("A union of no calendars is undefined")
        .hasMessageContaining("$.union");
  }

  @Test
  void read_unknownProperty_isRefusedWithPath() {
    String json = withMonday("{\"open\":\"09:00\",\"close\":\"17:00\",\"clsoe\":\"18:00\"}");
    assertThatThrownBy(() -> binding.read(json, BusinessCalendar.class))
        .isInstanceOf(binding.unrecognizedProperty())
        .hasMessageContaining("clsoe")
        .hasMessageContaining("$.weeklyHours.monday[0].clsoe");
  }

  @Test
  void read_badTime_isRefusedWithPathAndRule() {
    String json = withMonday("{\"open\":\"09:00\",\"close\":\"25:00\"}");
    assertThatThrownBy(() -> binding.read(json, BusinessCalendar.class))
        .isInstanceOf(binding.mismatchedInput())
        .hasMessageContaining("25:00")
        .hasMessageContaining("$.weeklyHours.monday[0].close");
  }

  /** A complete calendar document whose Monday has the given window. */
  public static String withMonday(String window) {
    return "{\"formatVersion\":1,\"name\":\"n\",\"zone\":\"UTC\",\"weeklyHours\":{\"monday\":["
        + window
        + "],\"tuesday\":[],\"wednesday\":[],\"thursday\":[],\"friday\":[],\"saturday\":[],"
        + "\"sunday\":[]},\"holidays\":{\"name\":\"none\",\"rules\":[]},\"specialHours\":{}}";
  }

  @Test
  void withMonday_isValidWithAGoodWindow() throws Exception {
    BusinessCalendar cal =
        binding.read(
            withMonday("{\"open\":\"09:00\",\"close\":\"24:00\"}"), BusinessCalendar.class);
    assertThat(cal.weeklyHours(DayOfWeek.MONDAY)).hasToString("[09:00-24:00]");
  }
}
