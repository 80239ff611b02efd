package io.github.sla4j.maintenance;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The announced maintenance windows of every environment. Windows may overlap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MaintenanceSchedule {

  private static final MaintenanceSchedule EMPTY = new MaintenanceSchedule(List.of());

  private final List<MaintenanceWindow> windows;

  private MaintenanceSchedule(List<MaintenanceWindow> windows) {
    this.windows = windows;
  }

  /**
   * Obtains the schedule with no windows.
   *
   * @return the empty schedule, not null
   */
  public static MaintenanceSchedule empty() {
    return EMPTY;
  }

  /**
   * Obtains a schedule of windows.
   *
   * @param windows the windows, in any order, not null
   * @return the schedule, not null
   */
  public static MaintenanceSchedule of(Collection<MaintenanceWindow> windows) {
    Objects.requireNonNull(windows, "windows");
    List<MaintenanceWindow> sorted = new ArrayList<>(windows);
    sorted.forEach(w -> Objects.requireNonNull(w, "windows contains null"));
    sorted.sort(
        Comparator.comparing(MaintenanceWindow::startInclusive)
            .thenComparing(MaintenanceWindow::endExclusive));
    return new MaintenanceSchedule(List.copyOf(sorted));
  }

  /**
   * Returns a copy with one more window.
   *
   * @param window the window, not null
   * @return the new schedule, not null
   */
  public MaintenanceSchedule plus(MaintenanceWindow window) {
    List<MaintenanceWindow> all = new ArrayList<>(windows);
    all.add(Objects.requireNonNull(window, "window"));
    return of(all);
  }

  /**
   * Gets every window, sorted by start then end.
   *
   * @return the windows, unmodifiable
   */
  public List<MaintenanceWindow> windows() {
    return windows;
  }

  /**
   * Checks whether an environment was under announced maintenance at an instant.
   *
   * @param environment the environment, not null
   * @param instant the instant, not null
   * @return true if some window of that environment contains the instant
   */
  public boolean isUnderMaintenance(Environment environment, Instant instant) {
    return windowAt(environment, instant).isPresent();
  }

  /**
   * Finds the window of an environment that contains an instant; of overlapping ones, the one that
   * started first.
   *
   * @param environment the environment, not null
   * @param instant the instant, not null
   * @return the window, or empty
   */
  public Optional<MaintenanceWindow> windowAt(Environment environment, Instant instant) {
    Objects.requireNonNull(environment, "environment");
    Objects.requireNonNull(instant, "instant");
    return windows.stream()
        .filter(w -> w.environment().equals(environment) && w.contains(instant))
        .findFirst();
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof MaintenanceSchedule o && windows.equals(o.windows);
  }

  @Override
  public int hashCode() {
    return windows.hashCode();
  }

  @Override
  public String toString() {
    return "MaintenanceSchedule" + windows;
  }
}
