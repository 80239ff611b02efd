package io.github.sla4j.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine.Command;

/** Bad input exits 2 with one line naming the argument and what is expected; no stack trace. */
class BadInputTest {

  @TempDir static Path dir;

  private static final String OPENED = "2026-11-25T17:00-05:00";

  static Stream<Arguments> badInputs() throws IOException {
    Path malformed = Files.writeString(dir.resolve("malformed.json"), "{ \"formatVersion\": 1,");
    Path wrongShape = Files.writeString(dir.resolve("shape.json"), "[1, 2, 3]");
    String missing = dir.resolve("missing.json").toString();
    return Stream.of(
        Arguments.of(
            "'--tier'",
            "does not declare the tier 'gold' (declared: [STANDARD, PREMIER])",
            new String[] {
              "deadline", "--tier", "gold", "--severity", "urgent", "--opened", OPENED
            }),
        Arguments.of(
            "'--severity'",
            "does not declare the severity 'p1' (declared: [CRITICAL, URGENT, HIGH, MEDIUM])",
            new String[] {"deadline", "--tier", "premier", "--severity", "p1", "--opened", OPENED}),
        Arguments.of(
            "'--area'",
            "does not declare the application area 'kitchen'",
            new String[] {
              "deadline",
              "--tier",
              "premier",
              "--severity",
              "high",
              "--opened",
              OPENED,
              "--area",
              "kitchen"
            }),
        Arguments.of(
            "'--opened'",
            "expected an ISO date-time such as 2026-11-25T17:00-05:00",
            new String[] {
              "deadline", "--tier", "premier", "--severity", "high", "--opened", "25/11/2026"
            }),
        Arguments.of(
            "'--opened'",
            "does not exist in America/New_York",
            new String[] {
              "deadline", "--tier", "premier", "--severity", "high", "--opened", "2026-03-08T02:30"
            }),
        Arguments.of(
            "'--zone'",
            "expected an IANA time zone",
            new String[] {
              "deadline",
              "--tier",
              "premier",
              "--severity",
              "high",
              "--opened",
              OPENED,
              "--zone",
              "Mars/Olympus"
            }),
        Arguments.of(
            "'--opened=DATE-TIME'",
            "Missing required option",
            new String[] {"deadline", "--tier", "premier", "--severity", "high"}),
        Arguments.of(
            "'--policy'",
            "does not exist or is not readable",
            new String[] {
              "deadline",
              "--tier",
              "premier",
              "--severity",
              "high",
              "--opened",
              OPENED,
              "--policy",
              missing
            }),
        Arguments.of(
            "'--policy'",
            "is not a valid policy",
            new String[] {
              "deadline",
              "--tier",
              "premier",
              "--severity",
              "high",
              "--opened",
              OPENED,
              "--policy",
              malformed.toString()
            }),
        Arguments.of(
            "'--timeline'",
            "does not exist or is not readable",
            new String[] {"status", "--timeline", missing, "--now", "2026-11-27T12:00Z"}),
        Arguments.of(
            "'--timeline'",
            "is not a valid case timeline",
            new String[] {
              "status", "--timeline", wrongShape.toString(), "--now", "2026-11-27T12:00Z"
            }),
        Arguments.of(
            "'--thresholds'",
            "expected fractions of the target greater than 0 and at most 10",
            new String[] {
              "status",
              "--timeline",
              missing,
              "--now",
              "2026-11-27T12:00Z",
              "--thresholds",
              "0.5,-1"
            }),
        Arguments.of(
            "'--month'",
            "expected a month as yyyy-MM",
            new String[] {"calendar", "--month", "November"}),
        Arguments.of(
            "'--calendar-file'",
            "is not a valid business calendar",
            new String[] {
              "calendar", "--month", "2026-11", "--calendar-file", malformed.toString()
            }),
        Arguments.of(
            "'--year'",
            "expected a year from 1 to 9999",
            new String[] {"holidays", "--year", "20x7"}),
        Arguments.of(
            "'--calendar'",
            "expected one of [us_federal, nyse]",
            new String[] {"holidays", "--year", "2027", "--calendar", "uk"}),
        Arguments.of(
            "'--svg=FILE'",
            "Missing required option",
            new String[] {"timeline", "--timeline", missing}),
        Arguments.of(
            "'--bogus'", "Unknown option", new String[] {"holidays", "--year", "2027", "--bogus"}),
        Arguments.of("command", "Missing command", new String[] {}));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("badInputs")
  void badInput_exits2_withOneLineNamingTheArgument(
      String argument, String expected, String[] args) {
    CliRun run = CliRun.of(args);

    assertThat(run.exitCode()).isEqualTo(SlaCli.BAD_INPUT);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).startsWith("sla").contains(argument).contains(expected);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Command(name = "boom")
  static final class Boom implements Callable<Integer> {
    @Override
    public Integer call() {
      throw new IllegalStateException("a bug\nover two lines");
    }
  }

  @Test
  void internalError_exits1_withOneLine() {
    CliRun run = CliRun.of(new Boom(), "boom");

    assertThat(run.exitCode()).isEqualTo(SlaCli.INTERNAL_ERROR);
    assertThat(run.err().lines()).hasSize(1);
    assertThat(run.err()).contains("internal error", "a bug over two lines");
  }
}
