package io.github.sla4j.internal.json;

import io.github.sla4j.calendar.BusinessCalendar;
import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.Channel;
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

  public static Map<String, Object> write(SlaPolicy policy) {
    Map<String, BusinessCalendar> calendars = new LinkedHashMap<>();
    Map<String, Object> targets = new LinkedHashMap<>();
    for (SupportTier tier : policy.tiers()) {
      Map<String, Object> row = new LinkedHashMap<>();
      for (Severity severity : policy.severities()) {
        ResponseTarget target = policy.target(tier, severity);
        if (target.isBusiness()) {
          BusinessCalendar cal = target.calendar();
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
        row.put(Words.severity(severity), writeTarget(target));
      }
      targets.put(Words.tier(tier), row);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("name", policy.name());
    List<Object> cals = new ArrayList<>();
    calendars.values().forEach(c -> cals.add(CalendarFormat.write(c)));
    out.put("calendars", cals);
    out.put("targets", targets);
    List<Object> channels = new ArrayList<>();
    policy.coveredChannels().forEach(c -> channels.add(Words.channel(c)));
    out.put("coveredChannels", channels);
    if (!policy.channels().equals(impliedChannels(List.copyOf(policy.coveredChannels())))) {
      List<Object> all = new ArrayList<>();
      policy.channels().forEach(c -> all.add(Words.channel(c)));
      out.put("channels", all);
    }
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

  public static SlaPolicy read(In in) {
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
    List<Channel> covered = channels(in, "coveredChannels", "covered channels");
    List<Channel> declared =
        in.has("channels") ? channels(in, "channels", "channels") : impliedChannels(covered);
    CalendarFormat.at(
        in.path("coveredChannels"),
        () -> b.channels(declared).coveredChannels(new java.util.LinkedHashSet<>(covered)));
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
