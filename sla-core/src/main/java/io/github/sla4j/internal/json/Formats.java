package io.github.sla4j.internal.json;

/** Rules shared by every document of the format. */
public final class Formats {

  /** The property that carries the format version at a document's root. */
  public static final String VERSION_KEY = "formatVersion";

  /** The format version this module writes and reads. */
  public static final int VERSION = 1;

  private Formats() {}

  /**
   * Checks the format version: required at a document's root, optional when the value is embedded
   * in another document, and always equal to {@link #VERSION} when present.
   */
  public static void checkVersion(In in, boolean root) {
    Integer version = in.optInteger(VERSION_KEY, "format version");
    if (version == null && root) {
      throw new FormatException(
          in.path(VERSION_KEY),
          "Required property '"
              + VERSION_KEY
              + "' is missing at $: an sla4j document starts with \""
              + VERSION_KEY
              + "\": "
              + VERSION,
          null);
    }
    if (version != null && version != VERSION) {
      throw new FormatException(
          in.path(VERSION_KEY),
          "Unsupported "
              + VERSION_KEY
              + " "
              + version
              + " at $: this version of sla4j reads format version "
              + VERSION
              + ". Upgrade sla4j to read newer documents.",
          null);
    }
  }
}
