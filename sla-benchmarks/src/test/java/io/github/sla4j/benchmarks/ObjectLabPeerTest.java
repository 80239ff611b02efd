package io.github.sla4j.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.sla4j.calendar.BusinessCalendar;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The peer answers what sla4j answers, so the benchmark compares the same work. */
class ObjectLabPeerTest {

  private final BusinessCalendar support = Calendars.named(Calendars.SUPPORT);
  private final ObjectLabPeer peer = new ObjectLabPeer(support, 2020, 2035);

  @Test
  void startsInsideOpenWindows_landOnTheSameDate_asSla4j() {
    int checked = 0;
    for (Instant start : Calendars.startInstants()) {
      if (!support.isOpen(start)) {
        continue;
      }
      LocalDate date = LocalDate.ofInstant(start, support.zone());
      for (int n : new int[] {1, 2, 10, 250}) {
        LocalDate sla4j = LocalDate.ofInstant(support.addBusinessDays(start, n), support.zone());
        assertThat(peer.addBusinessDays(date, n))
            .as("%s + %d business days", start, n)
            .isEqualTo(sla4j);
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(4_000);
  }

  @Test
  void tenants_startsInsideOpenWindows_landOnTheSameDate_asSla4j() {
    Tenants tenants = new Tenants(Calendars.START_SEED, Calendars.START_COUNT);
    ObjectLabPeer shared = new ObjectLabPeer(ObjectLabPeer.holidays(Tenants.HOLIDAYS, 2020, 2035));
    int checked = 0;
    for (int i = 0; i < tenants.size(); i++) {
      BusinessCalendar calendar = tenants.calendar(i);
      if (!calendar.isOpen(tenants.start(i))) {
        continue;
      }
      LocalDate sla4j =
          LocalDate.ofInstant(calendar.addBusinessDays(tenants.start(i), 2), calendar.zone());
      assertThat(shared.addBusinessDays(tenants.startDate(i), 2))
          .as("tenant %d", i)
          .isEqualTo(sla4j);
      checked++;
    }
    assertThat(checked).isGreaterThan(500);
  }

  @Test
  void knowsTheHolidays_andTheWeekend() {
    // Thursday 2026-11-26 is Thanksgiving: one business day after Wednesday is Friday.
    assertThat(peer.addBusinessDays(LocalDate.of(2026, 11, 25), 1))
        .isEqualTo(LocalDate.of(2026, 11, 27));
    // One business day after a Friday is the Monday.
    LocalDate friday = LocalDate.of(2026, 12, 4);
    assertThat(friday.getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(peer.addBusinessDays(friday, 1)).isEqualTo(LocalDate.of(2026, 12, 7));
  }
}
