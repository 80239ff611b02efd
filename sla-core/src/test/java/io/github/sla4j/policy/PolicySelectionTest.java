package io.github.sla4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PolicySelectionTest {

  private static final SlaPolicy SEED = SlaPolicy.threekit();
  private static final SlaPolicy ACME = SEED.toBuilder().name("Acme").build();
  private static final SlaPolicy VIP = SEED.toBuilder().name("VIP").build();

  /** The worked example of semantics P5. */
  private static final PolicySelection DESK =
      PolicySelection.builder("support desk")
          .when(
              Condition.all(
                  Condition.attributeEquals("organization", "acme"),
                  Condition.not(Condition.channel(Channel.FORUM))),
              ACME)
          .when(Condition.attributeContains("tags", "vip"), VIP)
          .when(Condition.tier(SupportTier.PREMIER), SEED)
          .build();

  private static CaseFacts standardEmail() {
    return CaseFacts.of(SupportTier.STANDARD, Severity.HIGH, Channel.EMAIL, ApplicationArea.EDITOR);
  }

  @Test
  void firstMatchWins_inListOrder() {
    CaseFacts acmeVip =
        standardEmail().withAttribute("organization", "acme").withAttribute("tags", "vip");
    PolicySelection.Selected s = DESK.select(acmeVip);
    assertThat(s.policy()).contains(ACME);
    assertThat(s.ruleIndex()).hasValue(0);
    assertThat(s.isApplicable()).isTrue();
    assertThat(s.reason()).isEmpty();
  }

  @Test
  void semanticsP5_example() {
    CaseFacts acmeForum =
        CaseFacts.of(SupportTier.PREMIER, Severity.URGENT, Channel.FORUM, ApplicationArea.API)
            .withAttribute("organization", "acme")
            .withAttribute("tags", "vip", "beta");
    assertThat(DESK.select(acmeForum).policy()).contains(VIP);
    assertThat(DESK.select(acmeForum).ruleIndex()).hasValue(1);
    CaseFacts premier =
        CaseFacts.of(SupportTier.PREMIER, Severity.URGENT, Channel.EMAIL, ApplicationArea.API);
    assertThat(DESK.select(premier).ruleIndex()).hasValue(2);
    PolicySelection.Selected none = DESK.select(standardEmail().withAttribute("tags", "beta"));
    assertThat(none.isApplicable()).isFalse();
    assertThat(none.policy()).isEmpty();
    assertThat(none.reason())
        .contains(
            "no rule of the policy selection 'support desk' matches the case (tier STANDARD,"
                + " severity HIGH, channel EMAIL, area EDITOR, attributes {tags=[beta]})");
  }

  @Test
  void conditions_eachKind() {
    CaseFacts f =
        new CaseFacts(
            SupportTier.of("enterprise"),
            Severity.of("P2"),
            Channel.of("chat"),
            ApplicationArea.of("billing"),
            Map.of("organization", Set.of("acme"), "tags", Set.of("vip", "beta")));
    assertThat(Condition.always().test(f)).isTrue();
    assertThat(Condition.tier(SupportTier.of("enterprise"), SupportTier.of("basic")).test(f))
        .isTrue();
    assertThat(Condition.tier(SupportTier.of("basic")).test(f)).isFalse();
    assertThat(Condition.severity(Severity.of("P1"), Severity.of("P2")).test(f)).isTrue();
    assertThat(Condition.severity(Severity.of("P1")).test(f)).isFalse();
    assertThat(Condition.channel(Channel.of("chat")).test(f)).isTrue();
    assertThat(Condition.area(ApplicationArea.of("billing")).test(f)).isTrue();
    assertThat(Condition.area(ApplicationArea.API).test(f)).isFalse();
    assertThat(Condition.attributeEquals("organization", "acme").test(f)).isTrue();
    assertThat(Condition.attributeEquals("tags", "vip").test(f)).as("two values").isFalse();
    assertThat(Condition.attributeEquals("region", "eu").test(f)).as("absent").isFalse();
    assertThat(Condition.attributeIn("organization", "globex", "acme").test(f)).isTrue();
    assertThat(Condition.attributeIn("organization", "globex").test(f)).isFalse();
    assertThat(Condition.attributeContains("tags", "vip").test(f)).isTrue();
    assertThat(Condition.attributeContains("tags", "gold").test(f)).isFalse();
    assertThat(Condition.all().test(f)).isTrue();
    assertThat(Condition.any().test(f)).isFalse();
    assertThat(Condition.any(Condition.tier(SupportTier.PREMIER), Condition.always()).test(f))
        .isTrue();
    assertThat(Condition.all(Condition.always(), Condition.not(Condition.always())).test(f))
        .isFalse();
    assertThat(Condition.not(Condition.attributeContains("tags", "gold")).test(f)).isTrue();
  }

  @Test
  void otherwise_isACatchAll_andSelectionsAreValues() {
    PolicySelection s =
        PolicySelection.builder("one")
            .when(Condition.tier(SupportTier.PREMIER), VIP)
            .otherwise(SEED)
            .build();
    assertThat(s.select(standardEmail()).policy()).contains(SEED);
    assertThat(s.rules()).hasSize(2);
    assertThat(s)
        .isEqualTo(
            PolicySelection.builder("one")
                .when(Condition.tier(SupportTier.PREMIER), VIP)
                .when(Condition.always(), SEED)
                .build());
  }

  @Test
  void badInput_isRefusedWithTheFix() {
    assertThatThrownBy(() -> PolicySelection.builder("empty").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Policy selection 'empty' has no rules: add one with when(condition, policy) or"
                + " otherwise(policy)");
    assertThatThrownBy(() -> PolicySelection.builder(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Policy selection name is blank");
    assertThatThrownBy(() -> Condition.attributeContains(" ", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Attribute name ' ' is blank");
    assertThatThrownBy(() -> standardEmail().withAttribute("", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Attribute name '' is blank");
  }
}
