package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.policy.ApplicationArea;
import io.github.sla4j.policy.CaseFacts;
import io.github.sla4j.policy.Channel;
import io.github.sla4j.policy.Condition;
import io.github.sla4j.policy.PolicySelection;
import io.github.sla4j.policy.ResponseTarget;
import io.github.sla4j.policy.Severity;
import io.github.sla4j.policy.SlaPolicy;
import io.github.sla4j.policy.SupportTier;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

public abstract class SelectionJsonSuite {

  private final JsonBinding binding;

  protected SelectionJsonSuite(JsonBinding binding) {
    this.binding = binding;
  }

  /** A small selection that uses every kind of condition, on a small policy in its own words. */
  public static PolicySelection small() {
    SlaPolicy acme =
        SlaPolicy.builder()
            .name("Acme")
            .severities(Severity.of("P1"))
            .tiers(SupportTier.of("basic"))
            .coveredChannels(Set.of(Channel.of("chat")))
            .target(
                SupportTier.of("basic"),
                Severity.of("P1"),
                ResponseTarget.ofElapsed(Duration.ofHours(1), ZoneOffset.UTC))
            .build();
    return PolicySelection.builder("desk")
        .when(
            Condition.all(
                Condition.tier(SupportTier.of("basic")),
                Condition.severity(Severity.of("P1")),
                Condition.channel(Channel.of("chat")),
                Condition.area(ApplicationArea.of("billing")),
                Condition.attributeEquals("organization", "acme"),
                Condition.any(
                    Condition.attributeIn("region", "eu", "us"),
                    Condition.not(Condition.attributeContains("tags", "vip")))),
            acme)
        .otherwise(acme)
        .build();
  }

  @Test
  void roundTrip_everyConditionKind() throws Exception {
    PolicySelection desk = small();
    String json = binding.write(desk);
    assertThat(json).startsWith("{\"formatVersion\":2,\"name\":\"desk\",\"rules\":[{\"when\":");
    PolicySelection back = binding.read(json, PolicySelection.class);
    assertThat(back).isEqualTo(desk);
    CaseFacts facts =
        CaseFacts.of(
                SupportTier.of("basic"),
                Severity.of("P1"),
                Channel.of("chat"),
                ApplicationArea.of("billing"))
            .withAttribute("organization", "acme");
    assertThat(back.select(facts).ruleIndex()).hasValue(0);
    assertThat(back.select(facts.withAttribute("tags", "vip")).ruleIndex()).hasValue(1);
  }

  @Test
  void conditionWithTwoKinds_isRefusedAtItsPath() {
    String json =
        "{\"formatVersion\":1,\"name\":\"d\",\"rules\":[{\"when\":{\"tier\":[\"basic\"],"
            + "\"severity\":[\"P1\"]},\"policy\":{}}]}";
    assertThatThrownBy(() -> binding.read(json, PolicySelection.class))
        .isInstanceOf(binding.refusal())
        .hasMessageContaining("Condition at $.rules[0].when must have exactly one of")
        .hasMessageContaining("but has [tier, severity]");
  }
}
