package io.github.sla4j.maintenance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class MaintenanceScheduleTest {

  private static final Instant START = Instant.parse("2026-11-21T06:00:00Z");
  private static final Instant END = Instant.parse("2026-11-21T08:00:00Z");

  private final MaintenanceSchedule schedule =
      MaintenanceSchedule.of(
          List.of(
              MaintenanceWindow.of(Environment.PRODUCTION, START, END, "database upgrade"),
              MaintenanceWindow.of(
                  Environment.PREVIEW,
                  Instant.parse("2026-11-20T06:00:00Z"),
                  Instant.parse("2026-11-20T07:00:00Z"),
                  "")));

  @Test
  void isUnderMaintenance_halfOpenWindowPerEnvironment() {
    assertThat(schedule.isUnderMaintenance(Environment.PRODUCTION, START)).isTrue();
    assertThat(schedule.isUnderMaintenance(Environment.PRODUCTION, END.minusNanos(1))).isTrue();
    assertThat(schedule.isUnderMaintenance(Environment.PRODUCTION, END)).isFalse();
    assertThat(schedule.isUnderMaintenance(Environment.PRODUCTION, START.minusNanos(1))).isFalse();
    assertThat(schedule.isUnderMaintenance(Environment.PREVIEW, START)).isFalse();
    assertThat(schedule.windowAt(Environment.PRODUCTION, START).map(MaintenanceWindow::description))
        .contains("database upgrade");
    assertThat(schedule.windows().get(0).environment()).isEqualTo(Environment.PREVIEW);
  }

  @Test
  void plus_addsWindow_emptyHasNone() {
    assertThat(MaintenanceSchedule.empty().isUnderMaintenance(Environment.PRODUCTION, START))
        .isFalse();
    MaintenanceSchedule one =
        MaintenanceSchedule.empty()
            .plus(MaintenanceWindow.of(Environment.PRODUCTION, START, END, "x"));
    assertThat(one.isUnderMaintenance(Environment.PRODUCTION, START)).isTrue();
  }

  @Test
  void of_reversedWindow_isRejectedWithValues() {
    assertThatThrownBy(() -> MaintenanceWindow.of(Environment.PRODUCTION, END, START, ""))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(END.toString())
        .hasMessageContaining("end must be after the start");
  }
}
