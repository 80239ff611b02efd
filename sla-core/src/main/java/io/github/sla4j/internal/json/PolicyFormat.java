package io.github.sla4j.internal.json;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Metric;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Scope;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import io.github.sla4j.policy.ThreekitPolicy;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * The JSON form of support policies and response targets, independent of any JSON library.
 *
 * <p>A policy lists the business calendars its targets use once, under {@code calendars}, and each
 * business target names its calendar. A target is spelled the way a person reads it: {@code
 * {"elapsed": "PT4H", "zone": "America/New_York"}} (around the clock), {@code {"businessTime":
 * "PT4H", "calendar": "support hours"}} or {@code {"businessDays": 2, "calendar": "support
 * hours"}}.
 */
public final class PolicyFormat {

  private PolicyFormat() {}

  /** The words of the metrics a policy may measure, in the order the model lists them. */
  private static final List<Metric> METRICS =
      List.of(Metric.FIRST_RESPONSE, Metric.NEXT_REPLY, Metric.PERIODIC_UPDATE, Metric.RESOLUTION);

  /** Writes a policy in the current format version. */
  public static Map<String, Object> write(SlaPolicy policy) {
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    Map<String, Object> metrics = new LinkedHashMap<>();
    for (Metric metric : policy.metrics()) {
      Map<String, Object> targets = new LinkedHashMap<>();
      for (SupportTier tier : policy.tiers()) {
        Map<String, @Nullable Object> row = new LinkedHashMap<>();
        for (Severity severity : policy.severities()) {
          ResponseTarget target = policy.target(metric, tier, severity).orElse(null);
          if (target != null && target.isBusiness()) {
            collect(policy, calendars, target.calendar());
          }
          row.put(Words.severity(severity), target == null ? null : writeTarget(target));
        }
        targets.put(Words.tier(tier), row);
      }
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("pauses", policy.pausesStop(metric) ? "stop" : "ignore");
      m.put("targets", targets);
      metrics.put(metric(metric), m);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", policy.name());
    out.put("severities", vocabulary(policy.severities(), Words::severity, Severity::displayName));
    out.put("tiers", vocabulary(policy.tiers(), Words::tier, SupportTier::displayName));
    out.put("channels", vocabulary(policy.channels(), Words::channel, Channel::displayName));
    List<Object> covered = new ArrayList<>();
    policy.coveredChannels().forEach(c -> covered.add(Words.channel(c)));
    out.put("coveredChannels", covered);
    List<Object> cals = new ArrayList<>();
    calendars.values().forEach(c -> cals.add(CalendarFormat.write(c)));
    out.put("calendars", cals);
    out.put("metrics", metrics);
    if (!policy.scope().isUnrestricted()) {
      Map<String, Object> scope = new LinkedHashMap<>();
      for (SupportTier tier : policy.tiers()) {
        List<Object> areas = new ArrayList<>();
        policy.scope().areas(tier).forEach(a -> areas.add(Words.area(a)));
        scope.put(Words.tier(tier), areas);
      }
      out.put("scope", scope);
    }
    return out;
  }

  private static void collect(
      SlaPolicy policy, Map<String, BusinessCalendar> calendars, BusinessCalendar cal) {
    BusinessCalendar seen = calendars.putIfAbsent(cal.name(), cal);
    if (seen != null && !seen.equals(cal)) {
      throw new IllegalArgumentException(
          "Policy '"
              + policy.name()
              + "' uses two different calendars named '"
              + cal.name()
              + "': a policy document refers to calendars by name, so give each its own"
              + " name (BusinessCalendar.withName)");
    }
  }

  private static <T> List<Object> vocabulary(
      List<T> values, Function<T, String> word, Function<T, String> displayName) {
    List<Object> out = new ArrayList<>();
    for (T value : values) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", word.apply(value));
      m.put("name", displayName.apply(value));
      out.add(m);
    }
    return out;
  }

  /** The word of a metric: its id in lower case ({@code first_response}). */
  public static String metric(Metric metric) {
    return metric.id().toLowerCase(java.util.Locale.ROOT);
  }

  /** The metric a word names, or a format error listing the words. */
  public static Metric metric(String word, Path at) {
    List<String> words = new ArrayList<>();
    for (Metric m : METRICS) {
      if (metric(m).equals(word)) {
        return m;
      }
      words.add(metric(m));
    }
    String near = In.closest(word, new java.util.LinkedHashSet<>(words));
    throw new FormatException(
        at,
        "Unknown metric '"
            + word
            + "' at "
            + at
            + ": expected one of "
            + words
            + (near == null ? "" : " (did you mean '" + near + "'?)"),
        null);
  }

  /**
   * The channels a document that lists none declares: the seed's three when every covered channel
   * is one of them (so a version-1 seed document still knows the forum), else the covered ones.
   */
  private static List<Channel> impliedChannels(List<Channel> covered) {
    return ThreekitPolicy.CHANNELS.containsAll(covered) ? ThreekitPolicy.CHANNELS : covered;
  }

  public static Map<String, Object> writeTarget(ResponseTarget target) {
    return target.match(
        elapsed ->
            twoEntries("elapsed", elapsed.duration().toString(), "zone", elapsed.zone().getId()),
        businessTime ->
            twoEntries(
                "businessTime",
                businessTime.duration().toString(),
                "calendar",
                businessTime.calendar().name()),
        businessDays ->
            twoEntries(
                "businessDays",
                (long) businessDays.days(),
                "calendar",
                businessDays.calendar().name()));
  }

  private static Map<String, Object> twoEntries(String k1, Object v1, String k2, Object v2) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(k1, v1);
    out.put(k2, v2);
    return out;
  }

  /** Reads a policy in the version the document declares. */
  public static SlaPolicy read(In in) {
    return read(in, in.version());
  }

  /** Reads a policy of a format version: 1 (one first-response table) or 2 (metrics). */
  public static SlaPolicy read(In in, int version) {
    return version == 1 ? readV1(in) : readV2(in);
  }

  private static SlaPolicy readV2(In in) {
    String name = in.string("name", "policy name");
    if (in.contains("targets") && !in.contains("metrics")) {
      throw new FormatException(
          in.path("targets"),
          "Property 'targets' at "
              + in.path("targets")
              + " is the version-1 form of a policy: in version 2 write the first-response"
              + " table as \"metrics\": {\"first_response\": {\"pauses\": \"stop\", \"targets\":"
              + " {...}}} and declare \"severities\", \"tiers\" and \"channels\", or mark the"
              + " document \"formatVersion\": 1",
          null);
    }
    SlaPolicy.Builder b = SlaPolicy.builder();
    CalendarFormat.at(in.path("name"), () -> b.name(name));
    List<Severity> severities =
        readVocabulary(in, "severities", "severity", Words::severity, Severity::of);
    List<SupportTier> tiers = readVocabulary(in, "tiers", "tier", Words::tier, SupportTier::of);
    List<Channel> declared = readVocabulary(in, "channels", "channel", Words::channel, Channel::of);
    CalendarFormat.at(in.path("severities"), () -> b.severities(severities));
    CalendarFormat.at(in.path("tiers"), () -> b.tiers(tiers));
    List<Channel> covered = channels(in, "coveredChannels", "covered channels");
    CalendarFormat.at(
        in.path("coveredChannels"),
        () -> b.channels(declared).coveredChannels(new java.util.LinkedHashSet<>(covered)));
    Map<String, BusinessCalendar> calendars = readCalendars(in);
    Set<String> used = new java.util.HashSet<>();
    Path metricsAt = in.path("metrics");
    Map<String, @Nullable Object> metrics = in.entries("metrics", "targets of each metric");
    for (Map.Entry<String, @Nullable Object> me : metrics.entrySet()) {
      Path at = metricsAt.key(me.getKey());
      Metric metric = metric(me.getKey(), at);
      In m = In.object(me.getValue(), at, "targets of the metric " + me.getKey());
      if (m.has("pauses")) {
        String pauses = m.string("pauses", "pause rule (stop or ignore)");
        if (!pauses.equals("stop") && !pauses.equals("ignore")) {
          throw new FormatException(
              m.path("pauses"),
              "Unknown pause rule '"
                  + pauses
                  + "' at "
                  + m.path("pauses")
                  + ": expected \"stop\" (a pause stops the clock) or \"ignore\" (the clock runs"
                  + " on while the case is paused)",
              null);
        }
        b.pausesStop(metric, pauses.equals("stop"));
      }
      Path targetsAt = m.path("targets");
      Map<String, @Nullable Object> rows = m.entries("targets", "targets by tier and severity");
      if (rows.isEmpty()) {
        throw new FormatException(
            targetsAt,
            "No targets at "
                + targetsAt
                + ": give every declared tier an object of targets by severity (null for a cell"
                + " left empty on purpose), or leave the metric out",
            null);
      }
      for (Map.Entry<String, @Nullable Object> rowEntry : rows.entrySet()) {
        Path rowAt = targetsAt.key(rowEntry.getKey());
        SupportTier tier =
            declaredWord(rowEntry.getKey(), rowAt, tiers, Words::tier, "tier", "tiers");
        In row = In.object(rowEntry.getValue(), rowAt, "targets of the " + tier + " tier");
        for (Map.Entry<String, @Nullable Object> cell : row.entries().entrySet()) {
          Path cellAt = rowAt.key(cell.getKey());
          Severity severity =
              declaredWord(
                  cell.getKey(), cellAt, severities, Words::severity, "severity", "severities");
          if (cell.getValue() == null) {
            b.noTarget(metric, tier, severity);
          } else {
            ResponseTarget target =
                readTarget(In.object(cell.getValue(), cellAt, "response target"), calendars, used);
            b.target(metric, tier, severity, target);
          }
        }
      }
      m.end();
    }
    checkAllUsed(in, calendars, used);
    readScope(in, tiers, b);
    in.end();
    SlaPolicy[] out = new SlaPolicy[1];
    CalendarFormat.at(in.path(), () -> out[0] = b.build());
    return out[0];
  }

  /**
   * Reads a declared list of words, each a bare id or {@code {"id", "name"}} with the display name.
   */
  private static <T> List<T> readVocabulary(
      In in,
      String key,
      String what,
      java.util.function.BiFunction<String, Path, T> word,
      java.util.function.BiFunction<String, String, T> named) {
    List<@Nullable Object> list = in.array(key, what + " declarations");
    List<T> out = new ArrayList<>();
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      Path at = in.path(key).index(i);
      Object item = list.get(i);
      String id;
      T value;
      if (item instanceof String text) {
        id = text;
        value = word.apply(text, at);
      } else {
        In o =
            In.object(item, at, what + " (an id, or {\"id\": …, \"name\": …} with a display name)");
        id = o.string("id", what + " id");
        T plain = word.apply(id, o.path("id"));
        String display = o.string("name", "display name");
        o.end();
        T[] made = unchecked(new Object[1]);
        CalendarFormat.at(o.path("name"), () -> made[0] = named.apply(plain.toString(), display));
        value = made[0];
      }
      if (ids.contains(id)) {
        throw new FormatException(
            at,
            "The " + what + " '" + id + "' is declared twice at " + at + ": declare it once",
            null);
      }
      ids.add(id);
      out.add(value);
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static <T> T[] unchecked(Object[] array) {
    return (T[]) array;
  }

  /** A key of a target table: a word the policy declares under {@code listKey}. */
  private static <T> T declaredWord(
      String key,
      Path at,
      List<T> declared,
      java.util.function.BiFunction<String, Path, T> word,
      String what,
      String listKey) {
    T value = word.apply(key, at);
    if (declared.contains(value)) {
      return value;
    }
    List<String> written = new ArrayList<>();
    for (T d : declared) {
      written.add(
          d instanceof Severity s
              ? Words.severity(s)
              : d instanceof SupportTier t ? Words.tier(t) : d.toString());
    }
    java.util.Set<String> known = new java.util.LinkedHashSet<>(written);
    String near = In.closest(key, known);
    throw FormatException.unknownProperty(
        at,
        key,
        known,
        "The "
            + what
            + " '"
            + key
            + "' at "
            + at
            + " is not declared in \""
            + listKey
            + "\" "
            + written
            + ": declare it there, or correct the key"
            + (near == null ? "" : " (did you mean '" + near + "'?)"));
  }

  private static void checkAllUsed(
      In in, Map<String, BusinessCalendar> calendars, Set<String> used) {
    for (String calendar : calendars.keySet()) {
      if (!used.contains(calendar)) {
        throw new FormatException(
            in.path("calendars"),
            "Calendar '"
                + calendar
                + "' at "
                + in.path("calendars")
                + " is not used by any target: remove it, or name it in a target's \"calendar\"",
            null);
      }
    }
  }

  private static void readScope(In in, List<SupportTier> tiers, SlaPolicy.Builder b) {
    if (in.has("scope")) {
      In scope = in.object("scope", "areas covered by each tier");
      Map<SupportTier, Set<ApplicationArea>> areas = new LinkedHashMap<>();
      for (SupportTier tier : tiers) {
        String key = Words.tier(tier);
        List<@Nullable Object> list = scope.array(key, "application areas of the " + key + " tier");
        Set<ApplicationArea> set = new java.util.LinkedHashSet<>();
        for (int i = 0; i < list.size(); i++) {
          var at = scope.path(key).index(i);
          ApplicationArea a = Words.area(In.asString(list.get(i), at, "application area"), at);
          if (!set.add(a)) {
            throw new FormatException(
                at, "Area '" + Words.area(a) + "' is listed twice at " + at, null);
          }
        }
        areas.put(tier, set);
      }
      scope.end();
      CalendarFormat.at(in.path("scope"), () -> b.scope(Scope.of(areas)));
    }
  }

  /** Reads a version-1 policy: one table of first-response targets, keyed by tier and severity. */
  private static SlaPolicy readV1(In in) {
    String name = in.string("name", "policy name");
    Map<String, BusinessCalendar> calendars = readCalendars(in);
    Set<String> used = new java.util.HashSet<>();
    SlaPolicy.Builder b = SlaPolicy.builder();
    CalendarFormat.at(in.path("name"), () -> b.name(name));
    Map<String, @Nullable Object> targetRows =
        in.entries("targets", "targets by tier and severity");
    List<SupportTier> tiers = new ArrayList<>();
    List<Severity> severities = new ArrayList<>();
    List<String> firstKeys = new ArrayList<>();
    Path targetsAt = in.path("targets");
    Path firstRowAt = targetsAt;
    for (Map.Entry<String, @Nullable Object> rowEntry : targetRows.entrySet()) {
      Path rowAt = targetsAt.key(rowEntry.getKey());
      SupportTier tier = Words.tier(rowEntry.getKey(), rowAt);
      tiers.add(tier);
      In row = In.object(rowEntry.getValue(), rowAt, "targets of the " + tier + " tier");
      Map<String, @Nullable Object> cells = row.entries();
      List<Severity> rowSeverities = new ArrayList<>();
      for (Map.Entry<String, @Nullable Object> cell : cells.entrySet()) {
        Path at = rowAt.key(cell.getKey());
        Severity severity = Words.severity(cell.getKey(), at);
        rowSeverities.add(severity);
        ResponseTarget target =
            readTarget(In.object(cell.getValue(), at, "response target"), calendars, used);
        b.target(tier, severity, target);
      }
      if (severities.isEmpty()) {
        severities.addAll(rowSeverities);
        firstKeys.addAll(cells.keySet());
        firstRowAt = rowAt;
      } else if (!severities.equals(rowSeverities)) {
        throw severitiesDiffer(rowEntry.getKey(), rowAt, cells.keySet(), firstRowAt, firstKeys);
      }
    }
    CalendarFormat.at(
        targetsAt,
        () -> {
          b.tiers(tiers);
          b.severities(severities);
        });
    checkAllUsed(in, calendars, used);
    List<Channel> covered = channels(in, "coveredChannels", "covered channels");
    List<Channel> declared =
        in.has("channels") ? channels(in, "channels", "channels") : impliedChannels(covered);
    CalendarFormat.at(
        in.path("coveredChannels"),
        () -> b.channels(declared).coveredChannels(new java.util.LinkedHashSet<>(covered)));
    readScope(in, tiers, b);
    in.end();
    SlaPolicy[] out = new SlaPolicy[1];
    CalendarFormat.at(in.path(), () -> out[0] = b.build());
    return out[0];
  }

  private static List<Channel> channels(In in, String key, String what) {
    List<@Nullable Object> channelList = in.array(key, what);
    List<Channel> channels = new ArrayList<>();
    for (int i = 0; i < channelList.size(); i++) {
      var at = in.path(key).index(i);
      Channel c = Words.channel(In.asString(channelList.get(i), at, "channel"), at);
      if (channels.contains(c)) {
        throw new FormatException(
            at, "Channel '" + Words.channel(c) + "' is listed twice at " + at, null);
      }
      channels.add(c);
    }
    return channels;
  }

  private static Map<String, BusinessCalendar> readCalendars(In in) {
    List<@Nullable Object> list = in.array("calendars", "business calendars used by the targets");
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    for (int i = 0; i < list.size(); i++) {
      Path at = in.path("calendars").index(i);
      BusinessCalendar cal =
          CalendarFormat.readCalendar(In.object(list.get(i), at, "business calendar"));
      if (calendars.put(cal.name(), cal) != null) {
        throw new FormatException(
            at.key("name"),
            "Calendar name '"
                + cal.name()
                + "' is used twice at "
                + at
                + ": give each calendar its own name",
            null);
      }
    }
    return calendars;
  }

  /**
   * Every tier must have the first tier's severities, in order. When a key of this tier is spelt
   * nearly like a key of the first tier that this one lacks, one of the two is a typo: both are
   * named.
   */
  private static FormatException severitiesDiffer(
      String tierKey,
      Path rowAt,
      java.util.Set<String> keys,
      Path firstRowAt,
      List<String> firstKeys) {
    for (String key : keys) {
      if (!firstKeys.contains(key)) {
        java.util.Set<String> missing = new java.util.LinkedHashSet<>(firstKeys);
        missing.removeAll(keys);
        String near = In.closest(key, missing);
        if (near != null) {
          return FormatException.unknownProperty(
              rowAt.key(key),
              key,
              java.util.Set.copyOf(firstKeys),
              "Severity '"
                  + key
                  + "' at "
                  + rowAt.key(key)
                  + " and severity '"
                  + near
                  + "' at "
                  + firstRowAt.key(near)
                  + " differ by a letter or two: one of them is misspelt (did you mean '"
                  + near
                  + "' or '"
                  + key
                  + "'?). Every tier needs a target for the same severities, in the same order.");
        }
      }
    }
    return new FormatException(
        rowAt,
        "Targets of tier '"
            + tierKey
            + "' at "
            + rowAt
            + " are for severities "
            + List.copyOf(keys)
            + " but the first tier's are for "
            + firstKeys
            + ": give every tier a target for every severity, in the same order (most severe"
            + " first)",
        null);
  }

  public static ResponseTarget readTarget(
      In t, Map<String, BusinessCalendar> calendars, Set<String> used) {
    boolean elapsed = t.has("elapsed");
    boolean businessTime = t.has("businessTime");
    boolean businessDays = t.has("businessDays");
    int kinds = (elapsed ? 1 : 0) + (businessTime ? 1 : 0) + (businessDays ? 1 : 0);
    if (kinds != 1) {
      throw new FormatException(
          t.path(),
          "Target at "
              + t.path()
              + " must have exactly one of \"elapsed\" (e.g. \"PT4H\" around the clock),"
              + " \"businessTime\" (e.g. \"PT4H\" of business hours) or \"businessDays\" (e.g. 2);"
              + " it has "
              + kinds,
          null);
    }
    ResponseTarget[] out = new ResponseTarget[1];
    if (elapsed) {
      Duration d =
          t.convert("elapsed", "elapsed duration (ISO-8601, e.g. PT4H)", PolicyFormat::duration);
      ZoneId zone = t.convert("zone", "IANA zone id", ZoneId::of);
      CalendarFormat.at(t.path("elapsed"), () -> out[0] = ResponseTarget.ofElapsed(d, zone));
    } else {
      String name = t.string("calendar", "calendar name");
      BusinessCalendar cal = calendars.get(name);
      if (cal == null) {
        throw new FormatException(
            t.path("calendar"),
            "Target at "
                + t.path()
                + " names calendar '"
                + name
                + "', which is not in the policy's \"calendars\" "
                + calendars.keySet(),
            null);
      }
      used.add(name);
      if (businessTime) {
        Duration d =
            t.convert(
                "businessTime", "business time (ISO-8601, e.g. PT4H)", PolicyFormat::duration);
        CalendarFormat.at(
            t.path("businessTime"), () -> out[0] = ResponseTarget.ofBusinessTime(d, cal));
      } else {
        int days = t.integer("businessDays", "number of business days");
        CalendarFormat.at(
            t.path("businessDays"), () -> out[0] = ResponseTarget.ofBusinessDays(days, cal));
      }
    }
    t.end();
    return out[0];
  }

  /**
   * Parses an ISO-8601 duration in hours, minutes and seconds. Days are refused: "P1D" would
   * silently mean 24 business hours, which nobody means by "one business day".
   */
  public static Duration duration(String text) {
    if (text.toUpperCase(java.util.Locale.ROOT).contains("D")) {
      throw new IllegalArgumentException(
          "days are not allowed in a duration: write hours (PT24H), or use \"businessDays\" for"
              + " business days");
    }
    return Duration.parse(text);
  }
}
