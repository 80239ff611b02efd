package io.github.sla4j.policy;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A test of a case's {@link CaseFacts} that picks a policy in a {@link PolicySelection}: on its
 * tier, severity, channel or area (set membership; one value is equality), on an attribute
 * (equality: exactly these values; membership: some value among these; contains: has this value),
 * and {@link All all}, {@link Any any} or {@link Not not} of other conditions. An empty {@code all}
 * is true, an empty {@code any} is false.
 *
 * <p>Every implementation is an immutable, thread-safe record.
 */
public sealed interface Condition
    permits Condition.Always,
        Condition.TierIn,
        Condition.SeverityIn,
        Condition.ChannelIn,
        Condition.AreaIn,
        Condition.AttributeEquals,
        Condition.AttributeIn,
        Condition.AttributeContains,
        Condition.All,
        Condition.Any,
        Condition.Not {

  /**
   * Tests the facts of a case.
   *
   * @param facts the facts, not null
   * @return true if the condition holds
   */
  boolean test(CaseFacts facts);

  /**
   * Obtains the condition that always holds, for a last, catch-all rule.
   *
   * @return the condition, not null
   */
  static Condition always() {
    return new Always();
  }

  /**
   * Obtains "the tier is one of these".
   *
   * @param tiers the tiers, not null
   * @return the condition, not null
   */
  static Condition tier(SupportTier... tiers) {
    return new TierIn(Set.of(tiers));
  }

  /**
   * Obtains "the severity is one of these".
   *
   * @param severities the severities, not null
   * @return the condition, not null
   */
  static Condition severity(Severity... severities) {
    return new SeverityIn(Set.of(severities));
  }

  /**
   * Obtains "the channel is one of these".
   *
   * @param channels the channels, not null
   * @return the condition, not null
   */
  static Condition channel(Channel... channels) {
    return new ChannelIn(Set.of(channels));
  }

  /**
   * Obtains "the area is one of these".
   *
   * @param areas the areas, not null
   * @return the condition, not null
   */
  static Condition area(ApplicationArea... areas) {
    return new AreaIn(Set.of(areas));
  }

  /**
   * Obtains "the attribute has exactly this value" ({@code organization = acme}).
   *
   * @param name the attribute name, not blank
   * @param value the value, not null
   * @return the condition, not null
   */
  static Condition attributeEquals(String name, String value) {
    return new AttributeEquals(name, value);
  }

  /**
   * Obtains "some value of the attribute is one of these" ({@code organization in {acme, globex}}).
   *
   * @param name the attribute name, not blank
   * @param values the values, not null
   * @return the condition, not null
   */
  static Condition attributeIn(String name, String... values) {
    return new AttributeIn(name, Set.of(values));
  }

  /**
   * Obtains "the attribute contains this value" ({@code tags contains vip}).
   *
   * @param name the attribute name, not blank
   * @param value the value, not null
   * @return the condition, not null
   */
  static Condition attributeContains(String name, String value) {
    return new AttributeContains(name, value);
  }

  /**
   * Obtains "all of these hold".
   *
   * @param conditions the conditions, not null
   * @return the condition, not null
   */
  static Condition all(Condition... conditions) {
    return new All(List.of(conditions));
  }

  /**
   * Obtains "at least one of these holds".
   *
   * @param conditions the conditions, not null
   * @return the condition, not null
   */
  static Condition any(Condition... conditions) {
    return new Any(List.of(conditions));
  }

  /**
   * Obtains "this does not hold".
   *
   * @param condition the condition, not null
   * @return the condition, not null
   */
  static Condition not(Condition condition) {
    return new Not(condition);
  }

  /** Always holds. */
  record Always() implements Condition {
    @Override
    public boolean test(CaseFacts facts) {
      return true;
    }
  }

  /**
   * The tier is one of a set.
   *
   * @param tiers the tiers, not null
   */
  record TierIn(Set<SupportTier> tiers) implements Condition {
    /**
     * Copies the set.
     *
     * @param tiers the tiers, not null
     */
    public TierIn {
      tiers = Set.copyOf(tiers);
    }

    @Override
    public boolean test(CaseFacts facts) {
      return tiers.contains(facts.tier());
    }
  }

  /**
   * The severity is one of a set.
   *
   * @param severities the severities, not null
   */
  record SeverityIn(Set<Severity> severities) implements Condition {
    /**
     * Copies the set.
     *
     * @param severities the severities, not null
     */
    public SeverityIn {
      severities = Set.copyOf(severities);
    }

    @Override
    public boolean test(CaseFacts facts) {
      return severities.contains(facts.severity());
    }
  }

  /**
   * The channel is one of a set.
   *
   * @param channels the channels, not null
   */
  record ChannelIn(Set<Channel> channels) implements Condition {
    /**
     * Copies the set.
     *
     * @param channels the channels, not null
     */
    public ChannelIn {
      channels = Set.copyOf(channels);
    }

    @Override
    public boolean test(CaseFacts facts) {
      return channels.contains(facts.channel());
    }
  }

  /**
   * The area is one of a set.
   *
   * @param areas the areas, not null
   */
  record AreaIn(Set<ApplicationArea> areas) implements Condition {
    /**
     * Copies the set.
     *
     * @param areas the areas, not null
     */
    public AreaIn {
      areas = Set.copyOf(areas);
    }

    @Override
    public boolean test(CaseFacts facts) {
      return areas.contains(facts.area());
    }
  }

  /**
   * The attribute has exactly one value, this one.
   *
   * @param name the attribute name, not blank
   * @param value the value, not null
   */
  record AttributeEquals(String name, String value) implements Condition {
    /**
     * Checks the name.
     *
     * @param name the attribute name, not blank
     * @param value the value, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public AttributeEquals {
      CaseFacts.checkName(name);
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean test(CaseFacts facts) {
      Set<String> values = facts.attribute(name);
      return values.size() == 1 && values.contains(value);
    }
  }

  /**
   * Some value of the attribute is in a set.
   *
   * @param name the attribute name, not blank
   * @param values the values, not null
   */
  record AttributeIn(String name, Set<String> values) implements Condition {
    /**
     * Checks the name and copies the set.
     *
     * @param name the attribute name, not blank
     * @param values the values, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public AttributeIn {
      CaseFacts.checkName(name);
      values = Set.copyOf(values);
    }

    @Override
    public boolean test(CaseFacts facts) {
      for (String v : facts.attribute(name)) {
        if (values.contains(v)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The attribute contains a value.
   *
   * @param name the attribute name, not blank
   * @param value the value, not null
   */
  record AttributeContains(String name, String value) implements Condition {
    /**
     * Checks the name.
     *
     * @param name the attribute name, not blank
     * @param value the value, not null
     * @throws IllegalArgumentException if the name is blank
     */
    public AttributeContains {
      CaseFacts.checkName(name);
      Objects.requireNonNull(value, "value");
    }

    @Override
    public boolean test(CaseFacts facts) {
      return facts.attribute(name).contains(value);
    }
  }

  /**
   * Every condition holds; true when there are none.
   *
   * @param conditions the conditions, not null
   */
  record All(List<Condition> conditions) implements Condition {
    /**
     * Copies the list.
     *
     * @param conditions the conditions, not null
     */
    public All {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(CaseFacts facts) {
      for (Condition c : conditions) {
        if (!c.test(facts)) {
          return false;
        }
      }
      return true;
    }
  }

  /**
   * At least one condition holds; false when there are none.
   *
   * @param conditions the conditions, not null
   */
  record Any(List<Condition> conditions) implements Condition {
    /**
     * Copies the list.
     *
     * @param conditions the conditions, not null
     */
    public Any {
      conditions = List.copyOf(conditions);
    }

    @Override
    public boolean test(CaseFacts facts) {
      for (Condition c : conditions) {
        if (c.test(facts)) {
          return true;
        }
      }
      return false;
    }
  }

  /**
   * The condition does not hold.
   *
   * @param condition the condition, not null
   */
  record Not(Condition condition) implements Condition {
    /**
     * Checks the condition.
     *
     * @param condition the condition, not null
     */
    public Not {
      Objects.requireNonNull(condition, "condition");
    }

    @Override
    public boolean test(CaseFacts facts) {
      return !condition.test(facts);
    }
  }
}
