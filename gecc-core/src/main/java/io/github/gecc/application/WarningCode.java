package io.github.gecc.application;

/**
 * The advice an application check gives without refusing the application, each with the source
 * of the advice.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum WarningCode {
  /**
   * The application is for some divisions of an office that has several at one location: the
   * circular advises ("should", ควร) applying for the office as a whole, every sub-service brought
   * up to the standard (RULES.md §2, FACT on the advice, DECISION that it only warns).
   */
  DIVISION_ONLY_APPLICATION("DLA นท 0812/694, round 2560 (FAQ); RULES.md §2 DECISION");

  private final String source;

  WarningCode(String source) {
    this.source = source;
  }

  /**
   * Returns the source of the advice.
   *
   * @return for example {@code "DLA นท 0812/694, round 2560 (FAQ); RULES.md §2 DECISION"}
   */
  public String defaultSource() {
    return source;
  }
}
