package io.github.sla4j.internal.json;

/** Rules shared by every document of the format. */
public final class Formats {

  /** The property that carries the format version at a document's root. */
  public static final String VERSION_KEY = "formatVersion";

  /** The format version this module writes. */
  public static final int VERSION = 2;

  /** The oldest format version this module still reads. */
  public static final int OLDEST = 1;

  private Formats() {}

  /**
   * Checks the format version and records it on the reader: required at a document's root, optional
   * when the value is embedded in another document (then the value is read as the current version),
   * and always 1 or 2 when present.
   *
   * @return the version the document is read in
   */
  public static int checkVersion(In in, boolean root) {
    Integer version = in.optInteger(VERSION_KEY, "format version");
    if (version == null && root) {
      throw new FormatException(
          in.path(VERSION_KEY),
          "Required property '"
              + VERSION_KEY
              + "' is missing at $: an sla4j document starts with \""
              + VERSION_KEY
              + "\": "
              + VERSION
              + " (or 1 for a document written in version 1)",
          null);
    }
    if (version != null && (version < OLDEST || version > VERSION)) {
      throw new FormatException(
          in.path(VERSION_KEY),
          "Unsupported "
              + VERSION_KEY
              + " "
              + version
              + " at $: this version of sla4j reads format version "
              + OLDEST
              + " or "
              + VERSION
              + ". Upgrade sla4j to read newer documents.",
          null);
    }
    int v = version == null ? VERSION : version;
    in.version = v;
    return v;
  }
}
