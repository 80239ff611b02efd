package io.github.sla4j.policy;

import io.github.sla4j.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * The channel through which a case was logged. Whether a channel is under the SLA is decided by the
 * policy ({@link SlaPolicy#coveredChannels()}).
 *
 * <p>An open value type: a policy declares the channels it uses, with any id it likes ({@code
 * "phone"}, {@code "chat"}), and the constants below are the seed policy's. Two values are equal
 * when their ids are equal; the display name is for people and takes no part in equality. {@link
 * #toString()} gives the id and {@link #parse(String)} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Channel {
  /** The support portal (seed policy). */
  public static final Channel SUPPORT_PORTAL = new Channel("SUPPORT_PORTAL", "Support portal");

  /** E-mail to the support address (seed policy). */
  public static final Channel EMAIL = new Channel("EMAIL", "E-mail");

  /** A post on the community forum (seed policy). */
  public static final Channel FORUM = new Channel("FORUM", "Forum");

  private static final Channel[] SEED = {SUPPORT_PORTAL, EMAIL, FORUM};

  private final String id;
  private final String displayName;

  private Channel(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /**
   * Obtains a channel from its id. The id of a seed constant gives that constant, with its display
   * name; any other id gives a value whose display name is the id.
   *
   * @param id the id, not blank, without leading or trailing white space
   * @return the value, not null
   * @throws IllegalArgumentException if the id is blank or has leading or trailing white space
   */
  public static Channel of(String id) {
    String checked = checkId(id);
    for (Channel seed : SEED) {
      if (seed.id.equals(checked)) {
        return seed;
      }
    }
    return new Channel(checked, checked);
  }

  /**
   * Obtains a channel from its id and a display name.
   *
   * @param id the id, not blank, without leading or trailing white space
   * @param displayName the name shown to people, not blank
   * @return the value, not null
   * @throws IllegalArgumentException if the id or the display name is blank, or the id has leading
   *     or trailing white space
   */
  public static Channel of(String id, String displayName) {
    String checked = checkId(id);
    Ids.checkDisplayName(displayName, "Channel", checked);
    return new Channel(checked, displayName);
  }

  /**
   * Reads a channel from the text {@link #toString()} writes: its id.
   *
   * @param text the id, not null
   * @return the value, equal to the one that wrote the text, not null
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static Channel parse(String text) {
    return of(text);
  }

  private static String checkId(String id) {
    return Ids.checkId(id, "Channel", "phone or EMAIL");
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
    return obj instanceof Channel other && id.equals(other.id);
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
