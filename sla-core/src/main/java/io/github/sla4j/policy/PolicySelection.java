package io.github.sla4j.policy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Picks the policy that applies to a case from an ordered list of rules, each a {@link Condition}
 * and a {@link SlaPolicy}: the first rule whose condition holds wins. When none holds, the case has
 * no policy: {@link Selected#isApplicable()} is false, with the reason.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PolicySelection {

  /**
   * One rule: a condition and the policy it picks.
   *
   * @param condition the condition, not null
   * @param policy the policy, not null
   */
  public record Rule(Condition condition, SlaPolicy policy) {
    /**
     * Checks the parts.
     *
     * @param condition the condition, not null
     * @param policy the policy, not null
     */
    public Rule {
      Objects.requireNonNull(condition, "condition");
      Objects.requireNonNull(policy, "policy");
    }
  }

  /**
   * The answer of {@link PolicySelection#select(CaseFacts)}.
   *
   * @param policy the policy of the first matching rule, or empty
   * @param ruleIndex the index of that rule, or empty
   * @param reason why no policy applies; empty when one does
   */
  public record Selected(
      Optional<SlaPolicy> policy, OptionalInt ruleIndex, Optional<String> reason) {
    /**
     * Checks that exactly one of policy and reason is given.
     *
     * @param policy the policy of the first matching rule, or empty
     * @param ruleIndex the index of that rule, or empty
     * @param reason why no policy applies; empty when one does
     */
    public Selected {
      Objects.requireNonNull(policy, "policy");
      Objects.requireNonNull(ruleIndex, "ruleIndex");
      Objects.requireNonNull(reason, "reason");
      if (policy.isPresent() == reason.isPresent() || policy.isPresent() != ruleIndex.isPresent()) {
        throw new IllegalArgumentException(
            "A selection has either a policy and its rule index, or a reason: give one of them");
      }
    }

    /**
     * Checks whether a policy applies.
     *
     * @return true when a rule matched
     */
    public boolean isApplicable() {
      return policy.isPresent();
    }
  }

  private final String name;
  private final List<Rule> rules;

  private PolicySelection(String name, List<Rule> rules) {
    this.name = name;
    this.rules = List.copyOf(rules);
  }

  /**
   * Starts building a selection.
   *
   * @param name the name used in reasons, not blank
   * @return a new builder, not null
   * @throws IllegalArgumentException if the name is blank
   */
  public static Builder builder(String name) {
    return new Builder(name);
  }

  /**
   * Gets the name.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Gets the rules, in order.
   *
   * @return the rules, unmodifiable
   */
  public List<Rule> rules() {
    return rules;
  }

  /**
   * Picks the policy of the first rule whose condition holds for the case.
   *
   * @param facts the facts of the case, not null
   * @return the policy and its rule, or the reason no policy applies, not null
   */
  public Selected select(CaseFacts facts) {
    Objects.requireNonNull(facts, "facts");
    for (int i = 0; i < rules.size(); i++) {
      Rule rule = rules.get(i);
      if (rule.condition().test(facts)) {
        return new Selected(Optional.of(rule.policy()), OptionalInt.of(i), Optional.empty());
      }
    }
    return new Selected(
        Optional.empty(),
        OptionalInt.empty(),
        Optional.of(
            "no rule of the policy selection '"
                + name
                + "' matches the case (tier "
                + facts.tier()
                + ", severity "
                + facts.severity()
                + ", channel "
                + facts.channel()
                + ", area "
                + facts.area()
                + ", attributes "
                + facts.attributes()
                + ")"));
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof PolicySelection other
        && name.equals(other.name)
        && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, rules);
  }

  @Override
  public String toString() {
    return "PolicySelection[" + name + ", " + rules.size() + " rules]";
  }

  /** Builds a {@link PolicySelection}. Not thread-safe; the selection it builds is. */
  public static final class Builder {
    private final String name;
    private final List<Rule> rules = new ArrayList<>();

    private Builder(String name) {
      Objects.requireNonNull(name, "name");
      if (name.isBlank()) {
        throw new IllegalArgumentException(
            "Policy selection name is blank: give the selection a name that reasons can show");
      }
      this.name = name;
    }

    /**
     * Adds a rule after the earlier ones.
     *
     * @param condition the condition, not null
     * @param policy the policy it picks, not null
     * @return this builder
     */
    public Builder when(Condition condition, SlaPolicy policy) {
      rules.add(new Rule(condition, policy));
      return this;
    }

    /**
     * Adds a last rule that always matches.
     *
     * @param policy the policy for every case no earlier rule picks, not null
     * @return this builder
     */
    public Builder otherwise(SlaPolicy policy) {
      return when(Condition.always(), policy);
    }

    /**
     * Builds the selection.
     *
     * @return the selection, not null
     * @throws IllegalArgumentException if there are no rules
     */
    public PolicySelection build() {
      if (rules.isEmpty()) {
        throw new IllegalArgumentException(
            "Policy selection '"
                + name
                + "' has no rules: add one with when(condition, policy) or otherwise(policy)");
      }
      return new PolicySelection(name, rules);
    }
  }
}
