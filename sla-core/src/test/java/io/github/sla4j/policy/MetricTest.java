package io.github.sla4j.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MetricTest {

  private static final List<Metric> CONSTANTS =
      List.of(Metric.FIRST_RESPONSE, Metric.NEXT_REPLY, Metric.PERIODIC_UPDATE, Metric.RESOLUTION);

  @Test
  void constants_haveStableIdsAndDisplayNames() {
    assertThat(CONSTANTS)
        .extracting(Metric::id)
        .containsExactly("FIRST_RESPONSE", "NEXT_REPLY", "PERIODIC_UPDATE", "RESOLUTION");
    assertThat(CONSTANTS)
        .extracting(Metric::displayName)
        .containsExactly("First response", "Next reply", "Periodic update", "Resolution");
    for (Metric constant : CONSTANTS) {
      assertThat(Metric.of(constant.id())).isSameAs(constant);
      assertThat(Metric.parse(constant.toString())).isSameAs(constant);
    }
  }

  @Test
  void equality_isTheIdExactly_displayNameAside() {
    Metric triage = Metric.of("time_to_triage");
    Metric named = Metric.of("time_to_triage", "Time to triage");

    assertThat(triage.displayName()).isEqualTo("time_to_triage");
    assertThat(named.displayName()).isEqualTo("Time to triage");
    assertThat(named).isEqualTo(triage).hasSameHashCodeAs(triage).hasToString("time_to_triage");
    assertThat(Metric.of("RESOLUTION", "Time to resolve")).isEqualTo(Metric.RESOLUTION);
    assertThat(Metric.of("resolution")).isNotEqualTo(Metric.RESOLUTION);
    assertThat(Metric.parse(named.toString())).isEqualTo(named);
    assertThat(named).isNotEqualTo(Severity.of("time_to_triage")).isNotEqualTo(null);
  }

  @Test
  void badIds_andDisplayNames_areRefusedWithTheValueAndTheFix() {
    assertThatThrownBy(() -> Metric.of(" RESOLUTION"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Metric id ' RESOLUTION'")
        .hasMessageContaining("white space");
    assertThatThrownBy(() -> Metric.parse(""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Metric id ''");
    assertThatThrownBy(() -> Metric.of("sla", " "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Metric 'sla' has a blank display name");
    assertThatThrownBy(() -> Metric.of(null))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("id");
  }
}
