package io.github.sla4j.policy;

import io.github.sla4j.internal.Ids;
import org.jspecify.annotations.Nullable;

/**
 * What a policy measures: a clock with a rule for when it starts, when it stops and how many cycles
 * it runs ("first response", "resolution").
 *
 * <p>An open value type in the style of the policy's other words: any id makes a value, and the
 * constants below are the four the help desks of Zendesk, Jira Service Management and Freshdesk
 * share, with their start, stop and cycle rules. Only those four have clock rules ({@link
 * #hasClockRules()}); a policy refuses targets for any other metric. Two values are equal when
 * their ids are equal; the display name is for people and takes no part in equality. {@link
 * #toString()} gives the id and {@link #parse(String)} reads it back.
 *
 * <p>For every metric, time while the case waits for the customer (paused) does not count unless
 * the policy says otherwise, and a clock is met if and only if it stops at or before its deadline.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Metric {
  /**
   * The time to the first agent reply. Starts when the case is opened; stops at the first agent
   * reply. One cycle per case: solving the case before any agent reply stops it for good, and a
   * reopen does not restart it.
   */
  public static final Metric FIRST_RESPONSE = new Metric("FIRST_RESPONSE", "First response");

  /**
   * The time to answer a customer who is waiting. A cycle starts at a customer reply after the
   * first agent reply, when no cycle is running (the first unanswered customer reply; later ones
   * join the running cycle); it stops at the next agent reply. One cycle per customer message that
   * waits; customer replies before the first agent reply start nothing.
   */
  public static final Metric NEXT_REPLY = new Metric("NEXT_REPLY", "Next reply");

  /**
   * The time between agent updates. A cycle starts at each agent reply; it stops at the next agent
   * reply, or when the case is solved. One cycle per agent reply.
   */
  public static final Metric PERIODIC_UPDATE = new Metric("PERIODIC_UPDATE", "Periodic update");

  /**
   * The time to solve the case. Starts when the case is opened; stops when it is solved. One cycle
   * per case: a reopen resumes the same clock, and the time while the case was solved does not
   * count.
   */
  public static final Metric RESOLUTION = new Metric("RESOLUTION", "Resolution");

  private static final Metric[] SEED = {FIRST_RESPONSE, NEXT_REPLY, PERIODIC_UPDATE, RESOLUTION};

  private final String id;
  private final String displayName;

  private Metric(String id, String displayName) {
    this.id = id;
    this.displayName = displayName;
  }

  /**
   * Obtains a metric from its id. The id of a constant gives that constant, with its display name;
   * any other id gives a value whose display name is the id.
   *
   * @param id the id, not blank, without leading or trailing white space
   * @return the value, not null
   * @throws IllegalArgumentException if the id is blank or has leading or trailing white space
   */
  public static Metric of(String id) {
    String checked = checkId(id);
    for (Metric seed : SEED) {
      if (seed.id.equals(checked)) {
        return seed;
      }
    }
    return new Metric(checked, checked);
  }

  /**
   * Obtains a metric from its id and a display name.
   *
   * @param id the id, not blank, without leading or trailing white space
   * @param displayName the name shown to people, not blank
   * @return the value, not null
   * @throws IllegalArgumentException if the id or the display name is blank, or the id has leading
   *     or trailing white space
   */
  public static Metric of(String id, String displayName) {
    String checked = checkId(id);
    return new Metric(checked, Ids.checkDisplayName(displayName, "Metric", checked));
  }

  /**
   * Reads a metric from the text {@link #toString()} writes: its id.
   *
   * @param text the id, not null
   * @return the value, equal to the one that wrote the text, not null
   * @throws IllegalArgumentException if the text is not a valid id
   */
  public static Metric parse(String text) {
    return of(text);
  }

  private static String checkId(String id) {
    return Ids.checkId(id, "Metric", "RESOLUTION or time_to_triage");
  }

  /**
   * Checks whether this metric runs in cycles, several per case: the next reply and the periodic
   * update. The first response and the resolution have one clock per case.
   *
   * @return true for {@link #NEXT_REPLY} and {@link #PERIODIC_UPDATE}
   */
  public boolean isCyclic() {
    return equals(NEXT_REPLY) || equals(PERIODIC_UPDATE);
  }

  /**
   * Checks whether sla4j knows when this metric's clock starts, stops and cycles: true for the four
   * constants, false for a metric of one's own.
   *
   * @return true if a policy may give this metric targets
   */
  public boolean hasClockRules() {
    for (Metric seed : SEED) {
      if (seed.id.equals(id)) {
        return true;
      }
    }
    return false;
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
   * Gets the name shown to people.
   *
   * @return the display name, not null
   */
  public String displayName() {
    return displayName;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Metric other && id.equals(other.id);
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
