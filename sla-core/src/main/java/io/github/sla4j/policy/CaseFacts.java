package io.github.sla4j.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What a {@link PolicySelection} knows about a case: its tier, severity, channel and area, and
 * free-form attributes, each a name with a set of values ({@code organization = {acme}}, {@code
 * tags = {vip, beta}}).
 *
 * <p>This record is immutable and thread-safe.
 *
 * @param tier the customer's tier, not null
 * @param severity the case's severity, not null
 * @param channel the channel it came through, not null
 * @param area its application area, not null
 * @param attributes the attributes by name, unmodifiable, not null
 */
public record CaseFacts(
    SupportTier tier,
    Severity severity,
    Channel channel,
    ApplicationArea area,
    Map<String, Set<String>> attributes) {

  /**
   * Checks and copies the facts.
   *
   * @param tier the customer's tier, not null
   * @param severity the case's severity, not null
   * @param channel the channel it came through, not null
   * @param area its application area, not null
   * @param attributes the attributes by name, unmodifiable, not null
   * @throws IllegalArgumentException if an attribute name is blank
   */
  public CaseFacts {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(attributes, "attributes");
    Map<String, Set<String>> copy = new LinkedHashMap<>();
    attributes.forEach(
        (name, values) ->
            copy.put(
                checkName(name),
                Collections.unmodifiableSet(
                    new LinkedHashSet<>(Objects.requireNonNull(values, "values")))));
    attributes = Collections.unmodifiableMap(copy);
  }

  /**
   * Obtains facts without attributes.
   *
   * @param tier the tier, not null
   * @param severity the severity, not null
   * @param channel the channel, not null
   * @param area the area, not null
   * @return the facts, not null
   */
  public static CaseFacts of(
      SupportTier tier, Severity severity, Channel channel, ApplicationArea area) {
    return new CaseFacts(tier, severity, channel, area, Map.of());
  }

  /**
   * Returns a copy with an attribute set to values, replacing any earlier values of that name.
   *
   * @param name the attribute name, not blank
   * @param values the values, not null
   * @return the new facts, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public CaseFacts withAttribute(String name, String... values) {
    Map<String, Set<String>> copy = new LinkedHashMap<>(attributes);
    copy.put(checkName(name), new LinkedHashSet<>(List.of(values)));
    return new CaseFacts(tier, severity, channel, area, copy);
  }

  /**
   * Gets the values of an attribute.
   *
   * @param name the attribute name, not null
   * @return the values, empty when the case does not have the attribute
   */
  public Set<String> attribute(String name) {
    return attributes.getOrDefault(Objects.requireNonNull(name, "name"), Set.of());
  }

  static String checkName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException(
          "Attribute name '"
              + name
              + "' is blank: name the attribute, e.g. \"organization\" or \"tags\"");
    }
    return name;
  }
}
