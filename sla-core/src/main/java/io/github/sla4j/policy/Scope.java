package io.github.sla4j.policy;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The application areas each support tier covers: either a set of areas per tier, or {@linkplain
 * #unrestricted() unrestricted} (every tier covers every area).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Scope {

  private static final Scope UNRESTRICTED = new Scope(null);

  private final @Nullable Map<SupportTier, Set<ApplicationArea>> areas;

  private Scope(@Nullable Map<SupportTier, Set<ApplicationArea>> areas) {
    this.areas = areas;
  }

  /**
   * Obtains the seed policy's scope: Standard covers the native platform areas, Premier covers
   * every area (adding custom third-party integrations and custom code, API and custom UI).
   *
   * @return the scope, not null
   */
  public static Scope threekit() {
    return ThreekitPolicy.scope();
  }

  /**
   * Obtains the scope in which every tier covers every area, whatever its id.
   *
   * @return the scope, not null
   */
  public static Scope unrestricted() {
    return UNRESTRICTED;
  }

  /**
   * Obtains a scope from the areas of each tier. A policy using it must declare exactly these
   * tiers.
   *
   * @param areas the covered areas of every tier (an empty set covers nothing), not null
   * @return the scope, not null
   */
  public static Scope of(Map<SupportTier, ? extends Set<ApplicationArea>> areas) {
    Objects.requireNonNull(areas, "areas");
    Map<SupportTier, Set<ApplicationArea>> copy = new LinkedHashMap<>();
    areas.forEach(
        (tier, set) ->
            copy.put(
                Objects.requireNonNull(tier, "tier"),
                Collections.unmodifiableSet(new LinkedHashSet<>(set))));
    return new Scope(Collections.unmodifiableMap(copy));
  }

  /**
   * Checks whether this scope lets every tier cover every area.
   *
   * @return true for {@link #unrestricted()}
   */
  public boolean isUnrestricted() {
    return areas == null;
  }

  /**
   * Checks whether a tier covers an area.
   *
   * @param tier the tier, not null
   * @param area the area, not null
   * @return true if covered
   */
  public boolean covers(SupportTier tier, ApplicationArea area) {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(area, "area");
    if (areas == null) {
      return true;
    }
    Set<ApplicationArea> set = areas.get(tier);
    return set != null && set.contains(area);
  }

  /**
   * Gets the areas a tier covers; empty for an unrestricted scope, which covers every area.
   *
   * @param tier the tier, not null
   * @return the areas, unmodifiable
   */
  public Set<ApplicationArea> areas(SupportTier tier) {
    Objects.requireNonNull(tier, "tier");
    if (areas == null) {
      return Set.of();
    }
    return areas.getOrDefault(tier, Set.of());
  }

  /**
   * Gets every area some tier covers, in the order they were given; empty for an unrestricted
   * scope.
   *
   * @return the areas, unmodifiable
   */
  public Set<ApplicationArea> allAreas() {
    Set<ApplicationArea> all = new LinkedHashSet<>();
    if (areas != null) {
      areas.values().forEach(all::addAll);
    }
    return Collections.unmodifiableSet(all);
  }

  /**
   * Gets the areas of every tier; empty for an unrestricted scope.
   *
   * @return an unmodifiable map, by tier
   */
  public Map<SupportTier, Set<ApplicationArea>> toMap() {
    return areas == null ? Map.of() : areas;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Scope other && Objects.equals(areas, other.areas);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(areas);
  }

  @Override
  public String toString() {
    return areas == null ? "Scope[unrestricted]" : "Scope" + areas;
  }
}
