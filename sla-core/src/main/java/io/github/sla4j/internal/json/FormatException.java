package io.github.sla4j.internal.json;

import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A document that breaks a rule of the sla4j JSON format. Independent of Jackson; the binding turns
 * it into Jackson's own exception, with the path.
 */
public final class FormatException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final Path path;
  private final @Nullable String unknownProperty;
  private final Set<String> knownProperties;

  public FormatException(Path path, String message, @Nullable Throwable cause) {
    this(path, message, cause, null, Set.of());
  }

  private FormatException(
      Path path,
      String message,
      @Nullable Throwable cause,
      @Nullable String unknownProperty,
      Set<String> knownProperties) {
    super(message, cause);
    this.path = path;
    this.unknownProperty = unknownProperty;
    this.knownProperties = knownProperties;
  }

  public static FormatException unknownProperty(Path path, String name, Set<String> known) {
    return new FormatException(
        path,
        "Unknown property '"
            + name
            + "' at "
            + path
            + ": this object allows only "
            + known
            + ". Check the spelling; unknown properties are refused so that a typo cannot"
            + " silently change a deadline.",
        null,
        name,
        known);
  }

  /** An unknown property with a message of the caller's, e.g. one that suggests a known name. */
  public static FormatException unknownProperty(
      Path path, String name, Set<String> known, String message) {
    return new FormatException(path, message, null, name, known);
  }

  public Path path() {
    return path;
  }

  public @Nullable String unknownProperty() {
    return unknownProperty;
  }

  public Set<String> knownProperties() {
    return knownProperties;
  }

  /** The path segments from the root: property names and array indexes. */
  public List<Object> segments() {
    return path.segments();
  }
}
