package io.github.sla4j.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.calendar.TimeWindow;
import io.github.sla4j.examples.cli.SlaCli;
import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRegion;
import io.github.sla4j.holiday.HolidayRule;
import io.github.sla4j.jackson.SlaModule;
import io.github.sla4j.jollyday.JollydayHolidays;
import io.github.sla4j.maintenance.Environment;
import io.github.sla4j.maintenance.MaintenanceWindow;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.CaseValidationException;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.IssueType;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportCase;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.SlaTracker;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Month;
import java.time.MonthDay;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Keeps {@code docs/troubleshooting.md} honest: triggers real exceptions through the public API and
 * the command line, and checks that each message starts as one of the page's headings says.
 *
 * <p>A heading is the first code span of a {@code ###} line. It matches a message when the message
 * starts with the heading's literal text, where each {@code <placeholder>} and each {@code …}
 * stands for some text, and runs of whitespace count as one space.
 */
class TroubleshootingDocTest {

  private static final Path DOC = Path.of("../docs/troubleshooting.md");
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");
  private static final Pattern WILDCARD = Pattern.compile("<[^<>]+>|…");
  private static final int MIN_LITERAL_CHARS = 10;

  private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  private static final Instant WED_10AM = Instant.parse("2026-11-25T15:00:00Z");
  private static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SlaModule());

  private static List<String> headings;
  private static List<Pattern> patterns;

  @BeforeAll
  static void readHeadings() throws IOException {
    headings = new ArrayList<>();
    patterns = new ArrayList<>();
    for (String line : Files.readAllLines(DOC, StandardCharsets.UTF_8)) {
      Matcher span = CODE_SPAN.matcher(line);
      if (line.startsWith("### ") && span.find()) {
        headings.add(span.group(1));
        toPattern(span.group(1)).ifPresent(patterns::add);
      }
    }
  }

  /** The heading as a prefix pattern, or nothing when it has too little literal text to match. */
  static Optional<Pattern> toPattern(String heading) {
    StringBuilder regex = new StringBuilder();
    int literalChars = 0;
    int from = 0;
    Matcher wildcard = WILDCARD.matcher(heading);
    while (wildcard.find()) {
      literalChars += appendLiteral(regex, heading.substring(from, wildcard.start()));
      regex.append(".+?");
      from = wildcard.end();
    }
    literalChars += appendLiteral(regex, heading.substring(from));
    return literalChars < MIN_LITERAL_CHARS
        ? Optional.empty()
        : Optional.of(Pattern.compile(regex.toString(), Pattern.DOTALL));
  }

  private static int appendLiteral(StringBuilder regex, String literal) {
    String[] words = literal.split("\\s+", -1);
    for (int i = 0; i < words.length; i++) {
      if (i > 0) {
        regex.append("\\s+");
      }
      if (!words[i].isEmpty()) {
        regex.append(Pattern.quote(words[i]));
      }
    }
    return literal.replaceAll("\\s", "").length();
  }

  private static boolean documented(String message) {
    String normalised = message.strip().replaceAll("\\s+", " ");
    return patterns.stream().anyMatch(p -> p.matcher(normalised).lookingAt());
  }

  private static String messageOf(Throwable ex) {
    return ex instanceof JsonMappingException json ? json.getOriginalMessage() : ex.getMessage();
  }

  // -----------------------------------------------------------------------------------------------
  // The API

  static Stream<Arguments> apiFailures() throws IOException {
    BusinessCalendar support = support();
    BusinessCalendar never = BusinessCalendar.builder(NEW_YORK).name("never open").build();
    CaseTimeline opened =
        CaseTimeline.opened(
            WED_10AM, SupportTier.PREMIER, Severity.URGENT, Channel.EMAIL, ApplicationArea.EDITOR);
    String calendarJson = MAPPER.writeValueAsString(support);
    String policyJson = MAPPER.writeValueAsString(SlaPolicy.threekit());
    return Stream.of(
        failure(
            "calendar overlap",
            IllegalArgumentException.class,
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .hours(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))
                    .hours(DayOfWeek.MONDAY, LocalTime.of(11, 0), LocalTime.of(13, 0))),
        failure(
            "close not after open",
            IllegalArgumentException.class,
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .hours(DayOfWeek.MONDAY, LocalTime.of(12, 0), LocalTime.of(9, 0))),
        failure(
            "sub-second window",
            IllegalArgumentException.class,
            () -> TimeWindow.of(LocalTime.of(9, 0, 0, 500_000_000), LocalTime.of(17, 0))),
        failure(
            "window text without a dash",
            DateTimeParseException.class,
            () -> TimeWindow.parse("0900")),
        failure(
            "blank calendar name",
            IllegalArgumentException.class,
            () -> BusinessCalendar.builder(NEW_YORK).name(" ")),
        failure("no open time", DateTimeException.class, () -> never.nextOpen(WED_10AM)),
        failure(
            "overnight window ending at midnight",
            IllegalArgumentException.class,
            () -> TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.MIDNIGHT)),
        failure(
            "night shift into the next morning",
            IllegalArgumentException.class,
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .hours(
                        DayOfWeek.FRIDAY,
                        TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)))
                    .hours(DayOfWeek.SATURDAY, LocalTime.of(5, 0), LocalTime.of(12, 0))
                    .build()),
        failure(
            "recurring special hours without windows",
            IllegalArgumentException.class,
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .specialHours(HolidayRule.fixed("Christmas Eve", MonthDay.of(12, 24)))),
        failure(
            "recurring special hours across midnight",
            IllegalArgumentException.class,
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .specialHours(
                        HolidayRule.fixed("Christmas Eve", MonthDay.of(12, 24)),
                        TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(2, 0)))),
        failure(
            "overlapping recurring special hours",
            IllegalArgumentException.class,
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .specialHours(
                        HolidayRule.fixed("Christmas Eve", MonthDay.of(12, 24)),
                        TimeWindow.parse("09:00-12:00"),
                        TimeWindow.parse("11:00-13:00"))),
        failure(
            "night shift into recurring special hours",
            IllegalArgumentException.class,
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .hours(
                        DayOfWeek.FRIDAY,
                        TimeWindow.overnight(LocalTime.of(22, 0), LocalTime.of(6, 0)))
                    .specialHours(
                        HolidayRule.fixed("Christmas Eve", MonthDay.of(12, 24)),
                        LocalTime.of(5, 0),
                        LocalTime.of(12, 0))
                    .build()),
        failure(
            "reversed closure",
            IllegalArgumentException.class,
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .closure(WED_10AM, WED_10AM.minusSeconds(60), "Office event")),
        failure(
            "closure with a fraction of a second",
            IllegalArgumentException.class,
            () ->
                BusinessCalendar.builder(NEW_YORK)
                    .closure(WED_10AM, WED_10AM.plusMillis(1500), "Office event")),
        failure(
            "closure without a reason",
            IllegalArgumentException.class,
            () ->
                BusinessCalendar.builder(NEW_YORK).closure(WED_10AM, WED_10AM.plusSeconds(60), "")),
        failure(
            "union of no calendars",
            IllegalArgumentException.class,
            () -> BusinessCalendar.union(NEW_YORK)),
        failure(
            "union of calendars without hours",
            IllegalArgumentException.class,
            () -> BusinessCalendar.union(NEW_YORK, never, never)),
        failure(
            "holidays on a combination",
            IllegalStateException.class,
            () ->
                BusinessCalendar.union(NEW_YORK, support)
                    .withHolidays(HolidayCalendar.usFederal())),
        failure(
            "24/7 never closes",
            DateTimeException.class,
            () -> BusinessCalendar.alwaysOpen().nextClose(WED_10AM)),
        failure(
            "span too large",
            DateTimeException.class,
            () -> support.addBusinessTime(WED_10AM, Duration.ofDays(600L * 365))),
        failure(
            "instant outside the range of dates",
            DateTimeException.class,
            () -> support.isOpen(Instant.MAX)),
        failure(
            "negative business days",
            IllegalArgumentException.class,
            () -> support.addBusinessDays(WED_10AM, -1)),
        failure(
            "nth weekday out of range",
            IllegalArgumentException.class,
            () -> HolidayRule.nthWeekday("Sixth Monday", Month.MAY, 6, DayOfWeek.MONDAY)),
        failure(
            "relative offset out of range",
            IllegalArgumentException.class,
            () ->
                HolidayRule.relativeTo(
                    "Far away", HolidayRule.easterOffset("Easter Sunday", 0), 400)),
        failure(
            "holiday years reversed",
            IllegalArgumentException.class,
            () -> HolidayRule.easterOffset("Good Friday", -2).withYears(2030, 2020)),
        failure(
            "holiday range reversed",
            IllegalArgumentException.class,
            () ->
                HolidayCalendar.usFederal()
                    .holidaysBetween(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1))),
        failure(
            "incomplete policy builder",
            IllegalArgumentException.class,
            () -> SlaPolicy.builder().name("half a policy").build()),
        failure(
            "zero business days",
            IllegalArgumentException.class,
            () -> ResponseTarget.ofBusinessDays(0, support)),
        failure(
            "invalid case",
            CaseValidationException.class,
            () ->
                SupportCase.builder().issueType(IssueType.ERROR).link("ftp://example.com").build()),
        failure(
            "timeline out of order",
            IllegalArgumentException.class,
            () ->
                opened
                    .withPause(WED_10AM.plus(Duration.ofHours(2)))
                    .withResume(WED_10AM.plus(Duration.ofHours(1)))),
        failure(
            "resume without pause",
            IllegalArgumentException.class,
            () -> opened.withResume(WED_10AM.plus(Duration.ofHours(1)))),
        failure(
            "event after the solve",
            IllegalArgumentException.class,
            () ->
                opened
                    .withSolved(WED_10AM.plus(Duration.ofHours(1)))
                    .withAgentReply(WED_10AM.plus(Duration.ofHours(2)))),
        failure(
            "reopen of an unsolved case",
            IllegalArgumentException.class,
            () -> opened.withReopened(WED_10AM.plus(Duration.ofHours(1)))),
        failure(
            "second first response",
            IllegalArgumentException.class,
            () ->
                opened
                    .withFirstResponse(WED_10AM.plus(Duration.ofHours(1)))
                    .withFirstResponse(WED_10AM.plus(Duration.ofHours(2)))),
        failure(
            "blank pause reason",
            IllegalArgumentException.class,
            () -> opened.withPause(WED_10AM.plus(Duration.ofHours(1)), " ")),
        failure(
            "metric without clock rules",
            IllegalArgumentException.class,
            () ->
                SlaPolicy.threekit().toBuilder()
                    .target(
                        Metric.of("time_to_triage"),
                        SupportTier.STANDARD,
                        Severity.CRITICAL,
                        ResponseTarget.ofElapsed(Duration.ofHours(1), ZoneId.of("UTC")))
                    .build()),
        failure(
            "metric with a missing cell",
            IllegalArgumentException.class,
            () ->
                SlaPolicy.threekit().toBuilder()
                    .target(
                        Metric.RESOLUTION,
                        SupportTier.STANDARD,
                        Severity.CRITICAL,
                        ResponseTarget.ofElapsed(Duration.ofHours(1), ZoneId.of("UTC")))
                    .build()),
        failure(
            "pause rule for an unmeasured metric",
            IllegalArgumentException.class,
            () -> SlaPolicy.threekit().toBuilder().pausesStop(Metric.RESOLUTION, false).build()),
        failure(
            "unmeasured metric",
            IllegalArgumentException.class,
            () -> SlaPolicy.threekit().targets(Metric.RESOLUTION)),
        failure(
            "unmeasured metric in a status",
            IllegalArgumentException.class,
            () ->
                SlaTracker.of(SlaPolicy.threekit())
                    .status(opened, WED_10AM)
                    .metric(Metric.NEXT_REPLY)),
        failure(
            "status before the opening",
            IllegalArgumentException.class,
            () -> SlaTracker.of(SlaPolicy.threekit()).status(opened, WED_10AM.minusSeconds(1))),
        failure(
            "empty maintenance window",
            IllegalArgumentException.class,
            () -> MaintenanceWindow.of(Environment.PRODUCTION, WED_10AM, WED_10AM, "upgrade")),
        failure(
            "JSON recurring special hours without windows",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    calendarJson.replace(
                        "\"specialHours\":{}",
                        "\"specialHours\":{},\"recurringSpecialHours\":[{\"rule\":{\"kind\":"
                            + "\"fixed\",\"name\":\"Christmas Eve\",\"month\":\"december\",\"day\":24,"
                            + "\"observance\":\"none\"},"
                            + "\"windows\":[]}]"),
                    BusinessCalendar.class)),
        failure(
            "JSON unknown property",
            UnrecognizedPropertyException.class,
            () ->
                MAPPER.readValue(
                    calendarJson.replace("\"zone\":", "\"zoen\":\"UTC\",\"zone\":"),
                    BusinessCalendar.class)),
        failure(
            "JSON misspelt required property",
            UnrecognizedPropertyException.class,
            () ->
                MAPPER.readValue(
                    calendarJson.replace("\"zone\":", "\"zoen\":"), BusinessCalendar.class)),
        failure(
            "JSON bad time",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    calendarJson.replaceFirst("\"18:00\"", "\"25:00\""), BusinessCalendar.class)),
        failure(
            "JSON missing property",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    calendarJson.replace("\"zone\":\"America/New_York\",", ""),
                    BusinessCalendar.class)),
        failure(
            "JSON days in a duration",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(policyJson.replaceFirst("\"PT4H\"", "\"P1D\""), SlaPolicy.class)),
        failure(
            "JSON wrong type",
            MismatchedInputException.class,
            () -> MAPPER.readValue("[1, 2, 3]", BusinessCalendar.class)),
        failure(
            "JSON format version",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    calendarJson.replace("\"formatVersion\":2", "\"formatVersion\":3"),
                    BusinessCalendar.class)),
        failure(
            "Jollyday unknown country",
            IllegalArgumentException.class,
            () -> JollydayHolidays.of("xx")),
        failure(
            "Jollyday unknown subdivision",
            IllegalArgumentException.class,
            () -> JollydayHolidays.of("de", "bayern")),
        failure(
            "blank subdivision", IllegalArgumentException.class, () -> HolidayRegion.of("de", " ")),
        failure(
            "Jollyday year out of range",
            DateTimeException.class,
            () -> JollydayHolidays.of("de").holidaysIn(1000)),
        failure(
            "Japanese year out of range",
            DateTimeException.class,
            () -> JollydayHolidays.of("jp").holidaysIn(2100)),
        failure(
            "Jollyday cannot compute the year",
            DateTimeException.class,
            () -> JollydayHolidays.of("in", "dl").holidaysIn(2300)),
        failure(
            "source returns another year",
            IllegalStateException.class,
            () ->
                HolidayCalendar.of(
                        "Stray", y -> List.of(Holiday.of("X", LocalDate.of(y + 1, 1, 1))))
                    .holidaysIn(2027)),
        failure(
            "source without a region in JSON",
            JsonMappingException.class,
            () -> MAPPER.writeValueAsString(HolidayCalendar.of("Lambda", y -> List.<Holiday>of()))),
        failure(
            "undeclared severity",
            IllegalArgumentException.class,
            () ->
                SlaPolicy.threekit()
                    .responseDeadline(SupportTier.PREMIER, Severity.of("P2"), WED_10AM)),
        failure(
            "no severities declared",
            IllegalArgumentException.class,
            () -> SlaPolicy.builder().build()),
        failure(
            "severity declared twice",
            IllegalArgumentException.class,
            () -> SlaPolicy.builder().severities(Severity.HIGH, Severity.HIGH)),
        failure(
            "covered channel not declared",
            IllegalArgumentException.class,
            () ->
                SlaPolicy.threekit().toBuilder()
                    .channels(Channel.EMAIL)
                    .coveredChannels(java.util.Set.of(Channel.SUPPORT_PORTAL))
                    .build()),
        failure(
            "scope for an undeclared tier",
            IllegalArgumentException.class,
            () -> SlaPolicy.threekit().toBuilder().tiers(SupportTier.PREMIER).build()),
        failure("blank id", IllegalArgumentException.class, () -> Severity.of(" P2")),
        failure(
            "blank display name",
            IllegalArgumentException.class,
            () -> SupportTier.of("gold", " ")),
        failure("blank metric id", IllegalArgumentException.class, () -> Metric.of(" sla")),
        failure(
            "blank metric display name",
            IllegalArgumentException.class,
            () -> Metric.of("time_to_triage", " ")),
        failure(
            "selection without rules",
            IllegalArgumentException.class,
            () -> io.github.sla4j.policy.PolicySelection.builder("empty").build()),
        failure(
            "blank selection name",
            IllegalArgumentException.class,
            () -> io.github.sla4j.policy.PolicySelection.builder(" ")),
        failure(
            "blank attribute name",
            IllegalArgumentException.class,
            () -> io.github.sla4j.policy.Condition.attributeContains(" ", "vip")),
        failure(
            "selected with neither policy nor reason",
            IllegalArgumentException.class,
            () ->
                new io.github.sla4j.policy.PolicySelection.Selected(
                    java.util.Optional.empty(),
                    java.util.OptionalInt.empty(),
                    java.util.Optional.empty())),
        failure(
            "JSON condition with two keys",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    "{\"formatVersion\":1,\"name\":\"d\",\"rules\":[{\"when\":"
                        + "{\"tier\":[\"a\"],\"area\":[\"b\"]},\"policy\":{}}]}",
                    io.github.sla4j.policy.PolicySelection.class)),
        failure(
            "JSON condition word twice",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    "{\"formatVersion\":1,\"name\":\"d\",\"rules\":[{\"when\":"
                        + "{\"tier\":[\"a\",\"a\"]},\"policy\":{}}]}",
                    io.github.sla4j.policy.PolicySelection.class)),
        failure(
            "JSON undeclared severity key",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    policyJson.replaceFirst("\"medium\":", "\"low\":"), SlaPolicy.class)),
        failure(
            "JSON version-1 targets in version 2",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    "{\"formatVersion\":2,\"name\":\"x\",\"targets\":{}}", SlaPolicy.class)),
        failure(
            "JSON first_response in version 2",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    "{\"formatVersion\":2,\"type\":\"first_response\",\"at\":\"2026-11-25T21:00:00Z\"}",
                    io.github.sla4j.tracking.CaseEvent.class)),
        failure(
            "JSON unknown pause rule",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    policyJson.replace("\"pauses\":\"stop\"", "\"pauses\":\"halt\""),
                    SlaPolicy.class)),
        failure(
            "JSON metric without targets",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    "{\"formatVersion\":2,\"name\":\"x\",\"severities\":[\"P1\"],"
                        + "\"tiers\":[\"basic\"],\"channels\":[\"chat\"],\"coveredChannels\":[],"
                        + "\"calendars\":[],\"metrics\":{\"resolution\":{\"targets\":{}}}}",
                    SlaPolicy.class)),
        failure(
            "JSON severity declared twice",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    policyJson.replace("{\"id\":\"urgent\",", "{\"id\":\"critical\","),
                    SlaPolicy.class)),
        failure(
            "JSON resume without a pause, at the event",
            MismatchedInputException.class,
            () ->
                MAPPER.readValue(
                    "{\"formatVersion\":2,\"events\":[{\"type\":\"opened\",\"at\":"
                        + "\"2026-11-25T20:30:00Z\",\"tier\":\"premier\",\"severity\":\"high\","
                        + "\"channel\":\"email\",\"area\":\"editor\"},{\"type\":\"resumed\","
                        + "\"at\":\"2026-11-25T21:00:00Z\"}]}",
                    CaseTimeline.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("apiFailures")
  void apiFailure_messageHasAnEntry(
      String what, Class<? extends Throwable> type, ThrowingCallable call) {
    Throwable thrown = catchThrowable(call);

    assertThat(thrown).as(what).isInstanceOf(type);
    assertThat(documented(messageOf(thrown)))
        .as("docs/troubleshooting.md has a heading for: %s", messageOf(thrown))
        .isTrue();
  }

  // -----------------------------------------------------------------------------------------------
  // The command line

  private static final String END_OF_TIME = "+999999999-12-31T23:00Z";
  private static final String EXAMPLE_CASE = "../docs/examples/status-example-timeline.json";

  static Stream<Arguments> badCommandLines() {
    String opened = "2026-11-25T17:00-05:00";
    String inGap = "2026-03-08T02:30";
    return Stream.of(
        cli("deadline", "--tier", "gold", "--severity", "urgent", "--opened", opened),
        cli("deadline", "--tier", "premier", "--severity", "p2", "--opened", opened),
        cli("deadline", "--tier", "premier", "--severity", "urgent", "--opened", "yesterday"),
        cli("deadline", "--tier", "premier", "--severity", "urgent", "--opened", inGap),
        cli("calendar", "--month", "2026-13"),
        cli("status", "--timeline", "no-such-file.json"),
        cli("status", "--timeline", "no-such-file.json", "--thresholds", "1e6"),
        cli("deadline", "--tier", "premier", "--severity", "urgent", "--opened", END_OF_TIME),
        cli("status", "--timeline", EXAMPLE_CASE, "--now", END_OF_TIME),
        cli("timeline", "--timeline", EXAMPLE_CASE, "--svg", "x.svg", "--now", "2040-01-01T00:00Z"),
        cli("holidays", "--year", "2027", "--calendar", "nyse", "--holidays-file", "us.json"),
        cli("calendar", "--month", "2026-11", "--calendar-file", "c.json", "--policy", "p.json"),
        cli());
  }

  @ParameterizedTest
  @MethodSource("badCommandLines")
  void badCommandLine_messageHasAnEntry(String[] args) {
    StringWriter err = new StringWriter();

    int code = SlaCli.run(new PrintWriter(new StringWriter()), new PrintWriter(err), args);

    assertThat(code).isEqualTo(SlaCli.BAD_INPUT);
    assertThat(documented(err.toString()))
        .as("docs/troubleshooting.md has a heading for: %s", err)
        .isTrue();
  }

  // -----------------------------------------------------------------------------------------------
  // The page and the matching itself

  @Test
  void nullArgument_messageIsTheParameterName_andHasAnEntry() {
    Throwable thrown = catchThrowable(() -> support().isOpen((Instant) null));

    assertThat(thrown).isInstanceOf(NullPointerException.class).hasMessage("instant");
    assertThat(headings).anyMatch(h -> h.equals("<parameter name>"));
  }

  @Test
  void documented_unrelatedOrReworded_doesNotMatch() {
    assertThat(documented("Something entirely different happened")).isFalse();
    assertThat(documented("Business days must be positive, but was -1")).isFalse();
    assertThat(documented("Business days must not be negative, but was -1: use subtract")).isTrue();
  }

  @Test
  void headings_areUnique_andAllButTheGenericOnesCanMatch() {
    List<String> tooShortToMatch = headings.stream().filter(h -> toPattern(h).isEmpty()).toList();

    assertThat(headings).doesNotHaveDuplicates().hasSizeGreaterThan(60);
    assertThat(tooShortToMatch).containsExactly("<parameter name>", "Invalid <type>: <message>");
  }

  private static Arguments failure(
      String what, Class<? extends Throwable> type, ThrowingCallable call) {
    return Arguments.of(what, type, call);
  }

  private static Arguments cli(String... args) {
    return Arguments.of((Object) args);
  }

  private static BusinessCalendar support() {
    return BusinessCalendar.builder(NEW_YORK)
        .name("support hours")
        .hours(DayOfWeek.MONDAY, DayOfWeek.FRIDAY, LocalTime.of(3, 0), LocalTime.of(18, 0))
        .holidays(HolidayCalendar.usFederal())
        .build();
  }
}
