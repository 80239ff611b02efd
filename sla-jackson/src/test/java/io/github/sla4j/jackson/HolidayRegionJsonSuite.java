package io.github.sla4j.jackson;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.sla4j.holiday.Holiday;
import io.github.sla4j.holiday.HolidayCalendar;
import io.github.sla4j.holiday.HolidayRegion;
import io.github.sla4j.holiday.HolidaySource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Calendars that refer to holidays by region. The round trip with a provider is in sla-examples.
 */
public abstract class HolidayRegionJsonSuite {

  private final JsonBinding binding;

  protected HolidayRegionJsonSuite(JsonBinding binding) {
    this.binding = binding;
  }

  private static HolidaySource sourceOf(HolidayRegion region) {
    return new HolidaySource() {
      @Override
      public List<Holiday> holidaysIn(int year) {
        return List.of();
      }

      @Override
      public Optional<HolidayRegion> region() {
        return Optional.of(region);
      }
    };
  }

  @Test
  void write_regionBackedCalendar_writesTheRegionNotTheDates() throws Exception {
    HolidayRegion region =
        HolidayRegion.of("gb", "sct").withDates(HolidayRegion.Dates.ACTUAL).withBankHolidays(true);
    HolidayCalendar calendar =
        HolidayCalendar.of("Scotland", sourceOf(HolidayRegion.of("de", "by")))
            .plus(HolidayCalendar.of("More", sourceOf(region)));

    assertThat(binding.write(calendar))
        .isEqualTo(
            "{\"formatVersion\":2,\"name\":\"Scotland + More\",\"rules\":[],\"regions\":["
                + "{\"country\":\"de\",\"subdivisions\":[\"by\"]},"
                + "{\"country\":\"gb\",\"subdivisions\":[\"sct\"],\"dates\":\"actual\","
                + "\"bankHolidays\":true}]}");
  }

  @Test
  void write_rulesOnlyCalendar_hasNoRegionsField() throws Exception {
    assertThat(binding.write(HolidayCalendar.usFederal())).doesNotContain("regions");
  }

  @Test
  void write_sourceWithoutRegion_throwsWithFix() {
    HolidayCalendar calendar =
        HolidayCalendar.of("Lambda", year -> List.of(Holiday.of("Day", LocalDate.of(year, 1, 2))));

    assertThatThrownBy(() -> binding.write(calendar))
        .hasRootCauseInstanceOf(IllegalArgumentException.class)
        .rootCause()
        .hasMessageStartingWith("Holiday calendar 'Lambda' has a holiday source without a region (")
        .hasMessageEndingWith(
            "): JSON refers to computed holidays only by country and subdivision. Build the"
                + " calendar with JollydayHolidays.of or HolidayRegion.calendar(), or write its"
                + " holidays as rules.");
  }

  @Test
  void read_regionWithoutProvider_throwsNamingTheDependencyAndPath() {
    String json =
        "{\"formatVersion\":1,\"name\":\"Bavaria\",\"rules\":[],"
            + "\"regions\":[{\"country\":\"de\",\"subdivisions\":[\"by\"]}]}";

    assertThatThrownBy(() -> binding.read(json, HolidayCalendar.class))
        .hasMessageContaining(
            "No holiday provider is installed to compute the holidays of region DE-BY")
        .hasMessageContaining("Add the dependency io.github.sla4j:sla-jollyday.")
        .hasMessageContaining("$.regions[0]");
  }

  @Test
  void read_regionWithUnknownField_isRejected() {
    String json =
        "{\"formatVersion\":1,\"name\":\"Bavaria\",\"rules\":[],"
            + "\"regions\":[{\"country\":\"de\",\"state\":\"by\"}]}";

    assertThatThrownBy(() -> binding.read(json, HolidayCalendar.class))
        .hasMessageContaining("state");
  }
}
