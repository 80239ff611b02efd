package io.github.sla4j.internal;

import java.util.Objects;

/** The checks shared by the open vocabulary types (severity, tier, channel, …). */
public final class Ids {

  private Ids() {}

  /**
   * Checks an id: not null, not blank, no white space around it.
   *
   * @param id the id
   * @param what how messages name the type, e.g. {@code "Severity"}
   * @param examples example ids for the message, e.g. {@code "P2 or URGENT"}
   * @return the id
   * @throws IllegalArgumentException if the id is blank or has white space around it
   */
  public static String checkId(String id, String what, String examples) {
    Objects.requireNonNull(id, "id");
    if (id.isBlank() || !id.strip().equals(id)) {
      throw new IllegalArgumentException(
          what
              + " id '"
              + id
              + "' is blank or has white space around it: an id is a word such as "
              + examples);
    }
    return id;
  }

  /**
   * Checks a display name: not null, not blank.
   *
   * @param displayName the display name
   * @param what how messages name the type, e.g. {@code "Severity"}
   * @param id the id the name is for
   * @return the display name
   * @throws IllegalArgumentException if the display name is blank
   */
  public static String checkDisplayName(String displayName, String what, String id) {
    Objects.requireNonNull(displayName, "displayName");
    if (displayName.isBlank()) {
      throw new IllegalArgumentException(
          what
              + " '"
              + id
              + "' has a blank display name: give it a name people read, or use"
              + " of(id) to show the id");
    }
    return displayName;
  }
}
