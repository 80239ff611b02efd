package io.github.sla4j.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The neutral tree reader names a misspelt key with the known name nearest to it. */
class InTest {

  @Test
  void requiredSeverity_misspelt_isReportedAsUnknownWithTheSuggestion() {
    Map<String, @Nullable Object> targets = new LinkedHashMap<>();
    targets.put("critcal", Map.of());
    In in = In.object(targets, Path.ROOT.key("targets"), "targets");

    assertThatThrownBy(() -> in.object("critical", "target"))
        .isInstanceOf(FormatException.class)
        .hasMessageStartingWith(
            "Unknown property 'critcal' at $.targets.critcal: did you mean 'critical'? Required property"
                + " 'critical' (target) is missing at $.targets.")
        .extracting(e -> ((FormatException) e).unknownProperty())
        .isEqualTo("critcal");
  }

  @Test
  void closest_isWithinTwoEdits_andNeverAWholeShortName() {
    assertThat(In.distance("critcal", "critical")).isEqualTo(1);
    assertThat(In.distance("kitten", "sitting")).isEqualTo(3);
    assertThat(In.closest("Critical", Set.of("critical", "urgent"))).isEqualTo("critical");
    assertThat(In.closest("hihg", Set.of("high", "medium"))).isEqualTo("high");
    assertThat(In.closest("xyzzy", Set.of("high", "medium"))).isNull();
    assertThat(In.closest("to", Set.of("at"))).isNull();
  }
}
