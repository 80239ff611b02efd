package io.github.sla4j.jollyday;

import io.github.sla4j.holiday.HolidayRule;
import io.github.sla4j.jollyday.Correction.Add;
import io.github.sla4j.jollyday.Correction.CitizensHoliday;
import io.github.sla4j.jollyday.Correction.Drop;
import io.github.sla4j.jollyday.Correction.SubstituteHoliday;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The correction layer: per country, what Jollyday 2.19 gets wrong and how sla4j fixes it. */
final class Corrections {

  /** The first year of Japan's corrected calendar. */
  static final int JAPAN_FIRST_YEAR = 2000;

  /** The last year of Japan's corrected calendar (the equinox formula's last year). */
  static final int JAPAN_LAST_YEAR = 2099;

  private static final String CABINET_OFFICE =
      "Japan's Act on National Holidays and the Cabinet Office's list of national holidays";

  private static final Map<String, List<Correction>> BY_COUNTRY =
      Map.of(
          "jp", japan(),
          "in", india(),
          "br", brazil(),
          "gb", unitedKingdom(),
          "fr", france());

  private Corrections() {}

  /** The corrections of a country (lower-case code), in the order they apply. */
  static List<Correction> of(String country) {
    return BY_COUNTRY.getOrDefault(country, List.of());
  }

  /** Whether the country's Jollyday holidays are taken on their actual dates before correcting. */
  static boolean usesActualDates(String country) {
    // Japan's substitute holidays are computed by the correction layer, not by Jollyday's
    // Sunday-to-Monday rule for Culture Day.
    return country.equals("jp");
  }

  private static List<Correction> japan() {
    List<Correction> list = new ArrayList<>();
    list.add(new Drop("BRIDGING_HOLIDAY", 0, 9999, "recomputed below: " + CABINET_OFFICE));
    list.add(
        new Drop(
            "EMPERORS_BIRTHDAY",
            2019,
            9999,
            "December 23 is no longer the Emperor's Birthday from 2019 (" + CABINET_OFFICE + ")"));
    list.add(
        new Add(
            HolidayRule.fixed("Emperor's Birthday", MonthDay.of(2, 23)).withYears(2020, null),
            "February 23 is the Emperor's Birthday from 2020 (" + CABINET_OFFICE + ")"));
    for (int year = JAPAN_FIRST_YEAR; year <= JAPAN_LAST_YEAR; year++) {
      list.add(
          new Add(
              HolidayRule.oneOff("Vernal Equinox Day", LocalDate.of(year, 3, vernal(year))),
              "equinox days are missing from Jollyday; dates from the National Astronomical"
                  + " Observatory of Japan's formula"));
      list.add(
          new Add(
              HolidayRule.oneOff("Autumnal Equinox Day", LocalDate.of(year, 9, autumnal(year))),
              "equinox days are missing from Jollyday; dates from the National Astronomical"
                  + " Observatory of Japan's formula"));
    }
    String olympics = "moved for the Tokyo Olympics by special law (" + CABINET_OFFICE + ")";
    list.add(new Drop("NAVY_DAY", 2020, 2021, olympics));
    list.add(new Drop("HEALTH_SPORTS", 2020, 2021, olympics));
    list.add(new Drop("MOUNTAIN_DAY", 2020, 2021, olympics));
    list.add(oneOff("Marine Day", 2020, 7, 23, olympics));
    list.add(oneOff("Sports Day", 2020, 7, 24, olympics));
    list.add(oneOff("Mountain Day", 2020, 8, 10, olympics));
    list.add(oneOff("Marine Day", 2021, 7, 22, olympics));
    list.add(oneOff("Sports Day", 2021, 7, 23, olympics));
    list.add(oneOff("Mountain Day", 2021, 8, 8, olympics));
    String enthronement = "holidays for the enthronement in 2019 by special law (" + CABINET_OFFICE;
    list.add(oneOff("Enthronement Day", 2019, 5, 1, enthronement + ")"));
    list.add(oneOff("Enthronement Ceremony Day", 2019, 10, 22, enthronement + ")"));
    list.add(
        new SubstituteHoliday(
            "Substitute Holiday",
            "missing from Jollyday except for Culture Day: " + CABINET_OFFICE + ", art. 3(2)"));
    list.add(
        new CitizensHoliday(
            "Citizens' Holiday", "recomputed with the corrected days: art. 3(3) of the same Act"));
    return List.copyOf(list);
  }

  private static List<Correction> india() {
    String why =
        "Islamic holidays in India follow the sighting of the moon and are notified each year by"
            + " the central and state governments; Jollyday's computed (Umm al-Qura) dates often"
            + " differ by a day. Add the notified dates with HolidayCalendar.withClosure";
    List<Correction> list = new ArrayList<>();
    for (String key :
        List.of(
            "islamic.ID_AL_FITR",
            "islamic.ID_AL_FITR_2",
            "islamic.ID_UL_ADHA",
            "islamic.ID_UL_ADHA_2",
            "islamic.ASCHURA",
            "islamic.MAWLID_AN_NABI")) {
      list.add(new Drop(key, 0, 9999, why));
    }
    return List.copyOf(list);
  }

  private static List<Correction> brazil() {
    String why =
        "a ponto facultativo (optional day) in the federal government's yearly ordinance, not a"
            + " national holiday (Laws 662/1949, 6.802/1980, 9.093/1995, 14.759/2023)";
    return List.of(
        new Drop("christian.CARNIVAL", 0, 9999, "Carnival is " + why),
        new Drop("christian.ASH_WEDNESDAY", 0, 9999, "Ash Wednesday is " + why),
        new Drop("christian.CORPUS_CHRISTI", 0, 9999, "Corpus Christi is " + why),
        new Drop(
            "christian.EASTER", 0, 9999, "Easter Sunday is not in the list of national holidays"));
  }

  private static List<Correction> unitedKingdom() {
    String why = "Golden Jubilee 2002: the spring bank holiday moved to 4 June (gov.uk)";
    return List.of(
        new Drop("SPRING_BANK_HOLIDAY", 2002, 2002, why),
        oneOff("Spring bank holiday", 2002, 6, 4, why),
        oneOff(
            "Golden Jubilee", 2002, 6, 3, "Golden Jubilee 2002: an extra bank holiday (gov.uk)"));
  }

  private static List<Correction> france() {
    return List.of(
        oneOff(
            "Whit Monday",
            2004,
            5,
            31,
            "Whit Monday 2004 was a public holiday: the solidarity day law of 30 June 2004 came"
                + " after it"));
  }

  private static Add oneOff(String name, int year, int month, int day, String reason) {
    return new Add(HolidayRule.oneOff(name, LocalDate.of(year, month, day)), reason);
  }

  /** The day of March of the vernal equinox in Japan, valid 1980 to 2099. */
  static int vernal(int year) {
    return (int) (20.8431 + 0.242194 * (year - 1980) - Math.floorDiv(year - 1980, 4));
  }

  /** The day of September of the autumnal equinox in Japan, valid 1980 to 2099. */
  static int autumnal(int year) {
    return (int) (23.2488 + 0.242194 * (year - 1980) - Math.floorDiv(year - 1980, 4));
  }
}
