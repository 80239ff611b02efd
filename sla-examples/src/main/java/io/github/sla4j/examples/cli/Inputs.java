package io.github.sla4j.examples.cli;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.jackson.SlaModule;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.tracking.CaseEvent;
import io.github.sla4j.tracking.CaseTimeline;
import io.github.sla4j.tracking.Explanation;
import io.github.sla4j.tracking.ExplanationStep;
import io.github.sla4j.tracking.SlaTracker;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/** Reading the commands' inputs (JSON files, date-times) and writing JSON output. */
final class Inputs {

  /** The mapper every command uses: sla4j's Jackson module registered. */
  static final ObjectMapper MAPPER = new ObjectMapper().registerModule(new SlaModule());

  private Inputs() {}

  /**
   * Reads a JSON file of an sla4j type; a missing file or a malformed document is bad input of the
   * option.
   */
  static <T> T readJson(CommandLine cl, String option, Path file, Class<T> type, String what) {
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw bad(
          cl,
          option,
          "file '"
              + file
              + "' does not exist or is not readable; expected a "
              + what
              + " JSON file");
    }
    try {
      return MAPPER.readValue(file.toFile(), type);
    } catch (JsonProcessingException ex) {
      throw bad(cl, option, "'" + file + "' is not a valid " + what + ": " + jsonProblem(ex));
    } catch (IOException ex) {
      throw bad(cl, option, "cannot read '" + file + "': " + ex);
    }
  }

  /**
   * A JSON error without Jackson's source excerpt and reference chain: its own message, then the
   * line and column where it was found.
   */
  static String jsonProblem(JsonProcessingException ex) {
    JsonLocation at = ex.getLocation();
    String where =
        at == null || at.getLineNr() < 1
            ? ""
            : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    return Texts.oneLine(ex.getOriginalMessage()) + where;
  }

  /** A ParameterException naming an option, in picocli's wording. */
  static ParameterException bad(CommandLine cl, String option, String detail) {
    return new ParameterException(
        cl, "Invalid value for option '" + option + "': " + Texts.oneLine(detail));
  }

  /**
   * Reads a date-time: an ISO offset date-time ({@code 2026-11-25T17:00-05:00}), an instant ({@code
   * 2026-11-25T22:00Z}), a zoned date-time ({@code 2026-11-25T17:00-05:00[America/New_York]}) or a
   * local date-time ({@code 2026-11-25T17:00}) read in {@code zone}. A local date-time that the
   * zone skips or repeats (DST) is refused: it names no single instant.
   */
  static Instant instant(CommandLine cl, String option, String text, ZoneId zone) {
    TemporalAccessor parsed;
    try {
      parsed =
          DateTimeFormatter.ISO_DATE_TIME.parseBest(
              text.trim(), ZonedDateTime::from, LocalDateTime::from);
    } catch (DateTimeParseException ex) {
      throw bad(
          cl,
          option,
          "expected an ISO date-time such as 2026-11-25T17:00-05:00, 2026-11-25T22:00Z or"
              + " 2026-11-25T17:00 (read in "
              + zone.getId()
              + ") but was '"
              + text
              + "'");
    }
    if (parsed instanceof ZonedDateTime zoned) {
      return zoned.toInstant();
    }
    LocalDateTime local = (LocalDateTime) parsed;
    List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
    if (offsets.size() != 1) {
      throw bad(
          cl,
          option,
          "local time "
              + local
              + (offsets.isEmpty() ? " does not exist" : " occurs twice")
              + " in "
              + zone.getId()
              + " (a daylight-saving change); expected a date-time with an offset, e.g. "
              + local
              + (offsets.isEmpty() ? "" : offsets.get(0).toString()));
    }
    return local.atOffset(offsets.get(0)).toInstant();
  }

  /**
   * Reads a word of the policy's vocabulary from an option; an undeclared word is a usage error
   * that lists the declared ones.
   */
  static <T> T word(
      CommandLine cl, String option, String text, java.util.function.Function<String, T> lookup) {
    try {
      return lookup.apply(text);
    } catch (IllegalArgumentException ex) {
      throw new ParameterException(
          cl, "Invalid value for option '" + option + "': " + ex.getMessage());
    }
  }

  /**
   * Finds an application area of a policy by its id or display name, ignoring case and with {@code
   * -} for {@code _}; any area when the policy's scope is unrestricted.
   */
  static ApplicationArea area(SlaPolicy policy, String text) {
    if (policy.scope().isUnrestricted()) {
      return ApplicationArea.of(text.strip());
    }
    String key = text.strip().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
    for (ApplicationArea area : policy.scope().allAreas()) {
      if (area.id().toLowerCase(java.util.Locale.ROOT).replace('-', '_').equals(key)
          || area.displayName().toLowerCase(java.util.Locale.ROOT).equals(text.strip())) {
        return area;
      }
    }
    throw new IllegalArgumentException(
        "Policy '"
            + policy.name()
            + "' does not declare the application area '"
            + text
            + "' (declared: "
            + policy.scope().allAreas()
            + "): use one of those, or declare it in the policy");
  }

  /**
   * The business calendar of a policy: the calendar of its first business-time target (tiers and
   * severities in order), or the 24/7 calendar of its first target if all run on the 24/7 clock.
   */
  static BusinessCalendar businessCalendar(SlaPolicy policy) {
    ResponseTarget first = null;
    for (SupportTier tier : policy.tiers()) {
      for (ResponseTarget target : policy.targets().get(tier).values()) {
        if (target.isBusiness()) {
          return target.calendar();
        }
        first = first == null ? target : first;
      }
    }
    return first == null ? BusinessCalendar.alwaysOpen() : first.calendar();
  }

  /** Converts a value through the sla4j Jackson module. */
  static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  /** A new JSON object. */
  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  /** The JSON form of an instant with its local time in a zone. */
  static ObjectNode instant(Instant instant, ZoneId zone) {
    ObjectNode node = object();
    node.put("instant", instant.toString());
    node.put("local", instant.atZone(zone).toOffsetDateTime().toString());
    node.put("zone", zone.getId());
    return node;
  }

  /** The JSON form of an explanation: an array of {@code {at, kind, text}}. */
  static ArrayNode explanation(Explanation explanation) {
    ArrayNode steps = MAPPER.createArrayNode();
    for (ExplanationStep step : explanation.steps()) {
      steps.add(
          MAPPER.valueToTree(
              Map.of(
                  "at",
                  step.at().toString(),
                  "kind",
                  Converters.name(step.kind()),
                  "text",
                  step.text())));
    }
    return steps;
  }

  /** Prints a JSON value, pretty. */
  static void print(PrintWriter out, JsonNode node) {
    try {
      out.println(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(node));
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException("Cannot write JSON output: " + ex.getMessage(), ex);
    }
  }

  /** Rejects a calendar computation that the input made impossible (e.g. a calendar never open). */
  static RuntimeException badCalendar(CommandLine cl, String option, RuntimeException ex) {
    return bad(cl, option, ex.getMessage());
  }

  /** An ordinary instant, Mon 2000-01-03 12:00 UTC, at which any usable policy answers. */
  private static final Instant PROBE = Instant.parse("2000-01-03T12:00:00Z");

  /**
   * Names the input that made a status impossible: {@code --policy} when the policy fails even for
   * a case opened at an ordinary instant, else the option of the instant ({@code --opened} or
   * {@code --now}), which is then too near the ends of time for the policy's calendar.
   */
  static RuntimeException noAnswer(
      CommandLine cl,
      SlaTracker tracker,
      CaseEvent.Opened opened,
      String option,
      String instants,
      RuntimeException ex) {
    try {
      tracker.status(
          CaseTimeline.opened(
              PROBE, opened.tier(), opened.severity(), opened.channel(), opened.area()),
          PROBE);
    } catch (DateTimeException | ArithmeticException policyFails) {
      return badCalendar(cl, "--policy", ex);
    }
    return bad(
        cl,
        option,
        "no answer for "
            + instants
            + ": "
            + ex.getMessage().replaceAll("\\.$", "")
            + "; expected an instant the policy's calendar can reach, within a few centuries of"
            + " the present");
  }
}
