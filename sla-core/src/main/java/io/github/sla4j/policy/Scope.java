package io.github.sla4j.policy;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The application areas each support tier covers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scope {

  private final EnumMap<SupportTier, Set<ApplicationArea>> areas;

  private Scope(EnumMap<SupportTier, Set<ApplicationArea>> areas) {
    this.areas = areas;
  }

  /**
   * Obtains the Threekit scope: Standard covers the native platform areas, Premier covers every
   * area (adding custom third-party integrations and custom code, API and custom UI).
   *
   * @return the scope, not null
   */
  public static Scope threekit() {
    Set<ApplicationArea> nativeAreas = EnumSet.noneOf(ApplicationArea.class);
    for (ApplicationArea area : ApplicationArea.values()) {
      if (area.isNativePlatform()) {
        nativeAreas.add(area);
      }
    }
    return of(
        Map.of(
            SupportTier.STANDARD,
            nativeAreas,
            SupportTier.PREMIER,
            EnumSet.allOf(ApplicationArea.class)));
  }

  /**
   * Obtains a scope from the areas of each tier.
   *
   * @param areas the covered areas of every tier, not null; every tier must have an entry
   * @return the scope, not null
   * @throws IllegalArgumentException if a tier has no entry
   */
  public static Scope of(Map<SupportTier, ? extends Set<ApplicationArea>> areas) {
    Objects.requireNonNull(areas, "areas");
    EnumMap<SupportTier, Set<ApplicationArea>> copy = new EnumMap<>(SupportTier.class);
    for (SupportTier tier : SupportTier.values()) {
      Set<ApplicationArea> tierAreas = areas.get(tier);
      if (tierAreas == null) {
        throw new IllegalArgumentException(
            "Scope has no entry for tier "
                + tier
                + ": every tier needs its set of covered areas (an empty set covers nothing)");
      }
      Set<ApplicationArea> set = EnumSet.noneOf(ApplicationArea.class);
      set.addAll(tierAreas);
      copy.put(tier, Collections.unmodifiableSet(set));
    }
    return new Scope(copy);
  }

  /**
   * Checks whether a tier covers an area.
   *
   * @param tier the tier, not null
   * @param area the area, not null
   * @return true if covered
   */
  public boolean covers(SupportTier tier, ApplicationArea area) {
    Objects.requireNonNull(area, "area");
    return areas(tier).contains(area);
  }

  /**
   * Gets the areas a tier covers.
   *
   * @param tier the tier, not null
   * @return the areas, unmodifiable
   */
  public Set<ApplicationArea> areas(SupportTier tier) {
    return areas.get(Objects.requireNonNull(tier, "tier"));
  }

  /**
   * Gets the areas of every tier.
   *
   * @return an unmodifiable map with an entry for every tier
   */
  public Map<SupportTier, Set<ApplicationArea>> toMap() {
    return Collections.unmodifiableMap(areas);
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Scope other && areas.equals(other.areas);
  }

  @Override
  public int hashCode() {
    return areas.hashCode();
  }

  @Override
  public String toString() {
    return "Scope" + areas;
  }
}
