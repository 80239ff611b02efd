package io.github.sla4j.policy;

import io.github.sla4j.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The severity (priority) of a support case; a policy ranks its severities, most severe first.
 *
 * <p>An open value type: a policy declares the severities it uses, with any id it likes ({@code
 * "P1"} to {@code "P4"}), and the constants below are the seed policy's. Two values are equal when
 * their ids are equal; the display name is for people and takes no part in equality. {@link
 * #toString()} gives the id and {@link #parse(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Severity {
  /** Production is down or unusable (seed policy). */
  public static final Severity CRITICAL = new Severity("CRITICAL", "Critical");

  /** A major function is impaired with no workaround (seed policy). */
  public static final Severity URGENT = new Severity("URGENT", "Urgent");

  /** A function is impaired but a workaround exists (seed policy). */
  public static final Severity HIGH = new Severity("HIGH", "High");

  /** A minor problem or a question (seed policy). */
  public static final Severity MEDIUM = new Severity("MEDIUM", "Medium");

  private static final Severity[] SEED = {CRITICAL, URGENT, HIGH, MEDIUM};

  private final String id;
  private final String displayName;

  private Severity(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /**
   * Obtains a severity from its id. The id of a seed constant gives that constant, with its display
   * name; any other id gives a value whose display name is the id.
   *
   * @param id the id, not blank, without leading or trailing white space
   * @return the value, not null
   * @throws IllegalArgumentException if the id is blank or has leading or trailing white space
   */
  public static Severity of(String id) {
    String checked = checkId(id);
    for (Severity seed : SEED) {
      if (seed.id.equals(checked)) {
        return seed;
      }
    }
    return new Severity(checked, checked);
  }

  /**
   * Obtains a severity from its id and a display name.
   *
   * @param id the id, not blank, without leading or trailing white space
   * @param displayName the name shown to people, not blank
   * @return the value, not null
   * @throws IllegalArgumentException if the id or the display name is blank, or the id has leading
   *     or trailing white space
   */
  public static Severity of(String id, String displayName) {
    String checked = checkId(id);
    Ids.checkDisplayName(displayName, "Severity", checked);
    return new Severity(checked, displayName);
  }

  /**
   * Reads a severity from the text {@link #toString()} writes: its id.
   *
   * @param text the id, not null
   * @return the value, equal to the one that wrote the text, not null
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static Severity parse(String text) {
    return of(text);
  }

  private static String checkId(String id) {
    return Ids.checkId(id, "Severity", "P2 or URGENT");
  }

  /**
   * Gets the id, which decides equality.
   *
   * @return the id, not null
   */
  public String id() {
    return id;
  }

  /**
   * Gets the id; the name the seed's enum constants answered to, kept for old callers.
   *
   * @return the id, not null
   */
  public String name() {
    return id;
  }

  /**
   * Gets the name shown to people.
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Severity other && id.equals(other.id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }

  /**
   * Returns the id.
   *
   * @return the id, not null
   */
  @Override
  public String toString() {
    return id;
  }
}
