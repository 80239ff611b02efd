package io.github.sla4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.maintenance.Environment;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.junit.jupiter.api.Test;

class VocabularyTest {

  private static final Instant T = Instant.parse("2026-11-18T10:00:00Z");

  @Test
  void valueTypes_equalById_displayNameAside_roundTripThroughToString() {
    assertThat(Severity.of("P2")).isEqualTo(Severity.of("P2", "Priority 2"));
    assertThat(Severity.of("P2", "Priority 2").displayName()).isEqualTo("Priority 2");
    assertThat(Severity.of("P2").displayName()).isEqualTo("P2");
    assertThat(Severity.of("URGENT")).isSameAs(Severity.URGENT);
    assertThat(Severity.URGENT.displayName()).isEqualTo("Urgent");
    assertThat(Severity.parse(Severity.of("P2").toString())).isEqualTo(Severity.of("P2"));
    assertThat(SupportTier.parse(SupportTier.PREMIER.toString())).isSameAs(SupportTier.PREMIER);
    assertThat(Channel.parse("phone")).isEqualTo(Channel.of("phone"));
    assertThat(ApplicationArea.parse("API")).isSameAs(ApplicationArea.API);
    assertThat(IssueType.parse("incident").id()).isEqualTo("incident");
    assertThat(Environment.parse("PRODUCTION")).isSameAs(Environment.PRODUCTION);
    assertThat(Severity.of("p2")).isNotEqualTo(Severity.of("P2"));
    assertThat(Severity.of("P2").hashCode()).isEqualTo(Severity.of("P2", "x").hashCode());
  }

  @Test
  void valueTypes_refuseBlankIds() {
    assertThatThrownBy(() -> Severity.of(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Severity id ' '");
    assertThatThrownBy(() -> SupportTier.of(" gold"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("white space");
    assertThatThrownBy(() -> Channel.of("chat", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank display name");
  }

  private static SlaPolicy p1ToP3() {
    ResponseTarget hour = ResponseTarget.ofElapsed(Duration.ofHours(1), ZoneOffset.UTC);
    SlaPolicy.Builder b =
        SlaPolicy.builder()
            .name("Acme")
            .severities(Severity.of("P1"), Severity.of("P2"), Severity.of("P3"))
            .tiers(SupportTier.of("basic"), SupportTier.of("enterprise", "Enterprise"))
            .channels(Channel.of("phone"), Channel.of("chat"), Channel.of("forum"))
            .coveredChannels(Set.of(Channel.of("phone"), Channel.of("chat")));
    for (String t : new String[] {"basic", "enterprise"}) {
      for (int p = 1; p <= 3; p++) {
        b.target(SupportTier.of(t), Severity.of("P" + p), hour);
      }
    }
    return b.build();
  }

  @Test
  void policy_declaresItsWords_inOrder_rankIsTheIndex() {
    SlaPolicy acme = p1ToP3();
    assertThat(acme.severities()).extracting(Severity::id).containsExactly("P1", "P2", "P3");
    assertThat(acme.rank(Severity.of("P1"))).isZero();
    assertThat(acme.rank(Severity.of("P3"))).isEqualTo(2);
    assertThat(acme.tier("Enterprise")).isEqualTo(SupportTier.of("enterprise"));
    assertThat(acme.severity("p2")).isEqualTo(Severity.of("P2"));
    assertThat(acme.channels()).extracting(Channel::id).containsExactly("phone", "chat", "forum");
    assertThat(acme.responseDeadline(SupportTier.of("enterprise"), Severity.of("P2"), T))
        .isEqualTo(T.plusSeconds(3600));
    assertThat(
            acme.coverage(SupportTier.of("basic"), Channel.of("forum"), ApplicationArea.API)
                .reason())
        .contains(NotCoveredReason.CHANNEL_NOT_COVERED);
    assertThat(acme.toBuilder().build()).isEqualTo(acme);
  }

  @Test
  void policy_undeclaredValue_namesTheValueAndTheDeclaredOnes() {
    SlaPolicy acme = p1ToP3();
    assertThatThrownBy(() -> acme.responseDeadline(SupportTier.of("basic"), Severity.URGENT, T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not declare the severity 'URGENT'")
        .hasMessageContaining("[P1, P2, P3]");
    assertThatThrownBy(() -> acme.responseDeadline(SupportTier.PREMIER, Severity.of("P1"), T))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tier 'PREMIER'")
        .hasMessageContaining("[basic, enterprise]");
    assertThatThrownBy(
            () -> acme.coverage(SupportTier.of("basic"), Channel.EMAIL, ApplicationArea.API))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("channel 'EMAIL'");
    assertThatThrownBy(() -> acme.severity("P9"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'P9'");
    assertThatThrownBy(
            () ->
                SlaPolicy.threekit()
                    .coverage(SupportTier.STANDARD, Channel.EMAIL, ApplicationArea.of("billing")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("application area 'billing'");
  }

  @Test
  void builder_refusesUndeclaredAndDuplicateWords() {
    assertThatThrownBy(() -> SlaPolicy.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("declares no severities");
    assertThatThrownBy(() -> SlaPolicy.builder().severities(Severity.HIGH, Severity.HIGH))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'HIGH' is declared twice");
    ResponseTarget hour = ResponseTarget.ofElapsed(Duration.ofHours(1), ZoneOffset.UTC);
    assertThatThrownBy(
            () ->
                SlaPolicy.builder()
                    .severities(Severity.of("P1"))
                    .tiers(SupportTier.of("basic"))
                    .target(SupportTier.of("basic"), Severity.of("P1"), hour)
                    .target(SupportTier.of("basic"), Severity.of("P2"), hour)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("severity 'P2'");
    assertThatThrownBy(
            () ->
                SlaPolicy.builder()
                    .severities(Severity.of("P1"))
                    .tiers(SupportTier.of("basic"))
                    .channels(Channel.of("phone"))
                    .coveredChannels(Set.of(Channel.of("chat")))
                    .target(SupportTier.of("basic"), Severity.of("P1"), hour)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("covers channel chat, which it does not declare");
  }

  @Test
  void threekit_isThePreset_withTheSeedWords() {
    SlaPolicy seed = SlaPolicy.threekit();
    assertThat(seed).isEqualTo(ThreekitPolicy.policy());
    assertThat(seed.severities()).containsExactlyElementsOf(ThreekitPolicy.SEVERITIES);
    assertThat(seed.tiers()).containsExactly(SupportTier.STANDARD, SupportTier.PREMIER);
    assertThat(seed.coveredChannels()).containsExactly(Channel.SUPPORT_PORTAL, Channel.EMAIL);
  }

  /** The worked example of semantics P0. */
  @Test
  void semanticsP0_acme() {
    SlaPolicy acme = p1ToP3();
    assertThat(acme.rank(Severity.of("P1"))).isZero();
    assertThat(acme.rank(Severity.of("P3"))).isEqualTo(2);
    assertThat(acme.tier("Enterprise")).isEqualTo(SupportTier.of("enterprise"));
    assertThat(
            acme.responseDeadline(
                SupportTier.of("enterprise"),
                Severity.of("P2"),
                Instant.parse("2026-11-18T10:00:00Z")))
        .isEqualTo(Instant.parse("2026-11-18T11:00:00Z"));
    assertThatThrownBy(() -> acme.rank(Severity.URGENT))
        .hasMessage(
            "Policy 'Acme' does not declare the severity 'URGENT' (declared: [P1, P2, P3]): use"
                + " one of those, or declare it in the policy");
  }
}
