package io.github.gecc;

/**
 * The version of the GECC library that is running, so that every decision can name what
 * produced it.
 *
 * <p>The value is written into this class by the build; it needs no resource lookup at run time.
 */
public final class GeccVersion {

  /** The library's Maven version, for example {@code 0.1.0-SNAPSHOT}. */
  public static final String VERSION = "${project.version}";

  private GeccVersion() {}

  /**
   * Returns the library's version.
   *
   * @return the Maven version of {@code gecc-core}, never null
   */
  public static String version() {
    return VERSION;
  }
}
