package io.github.sla4j.policy;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Whether a case is under the SLA, and if not, why not.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Coverage {

  private static final Coverage COVERED = new Coverage(null, "covered by the SLA");

  private final @Nullable NotCoveredReason reason;
  private final String message;

  private Coverage(@Nullable NotCoveredReason reason, String message) {
    this.reason = reason;
    this.message = message;
  }

  /**
   * Obtains the answer for a covered case.
   *
   * @return the covered answer, not null
   */
  public static Coverage covered() {
    return COVERED;
  }

  /**
   * Obtains the answer for a case that is not covered.
   *
   * @param reason the reason, not null
   * @param message a sentence for people, not blank
   * @return the answer, not null
   * @throws IllegalArgumentException if the message is blank
   */
  public static Coverage notCovered(NotCoveredReason reason, String message) {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
    if (message.isBlank()) {
      throw new IllegalArgumentException(
          "Coverage message is blank: say why the case is not covered");
    }
    return new Coverage(reason, message);
  }

  /**
   * Checks whether the case is under the SLA.
   *
   * @return true if covered
   */
  public boolean isCovered() {
    return reason == null;
  }

  /**
   * Gets the reason the case is not covered.
   *
   * @return the reason, empty when covered
   */
  public Optional<NotCoveredReason> reason() {
    return Optional.ofNullable(reason);
  }

  /**
   * Gets a sentence for people: "covered by the SLA" or why not.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
  }

  @Override
  public boolean equals(@Nullable Object obj) {
    return obj instanceof Coverage other
        && Objects.equals(reason, other.reason)
        && message.equals(other.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(reason, message);
  }

  @Override
  public String toString() {
    return reason == null ? "Coverage[covered]" : "Coverage[" + reason + ": " + message + "]";
  }
}
