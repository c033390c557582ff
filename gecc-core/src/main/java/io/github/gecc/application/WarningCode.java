package io.github.gecc.application;

/**
 * The advice an application check or an evaluation gives without refusing anything, each with the
 * source of the advice.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum WarningCode {
  /**
   * The application is for some divisions of an office that has several at one location: the
   * circular advises ("should", ควร) applying for the office as a whole, every sub-service brought
   * up to the standard (RULES.md §2, FACT on the advice, DECISION that it only warns).
   */
  DIVISION_ONLY_APPLICATION("DLA นท 0812/694, round 2560 (FAQ); RULES.md §2 DECISION"),

  /**
   * The round is judged by the rulebook of an earlier round, because the registry holds none of its
   * own: each round announces its own criteria ("สปน. ได้ประกาศหลักเกณฑ์มาตรฐานฯ (GECC)
   * ประจำปีงบประมาณ พ.ศ. ๒๕๖๗"; the round-2565 letter encloses the 2565 criteria), and the
   * circulars give the content of the 2560 rulebook only (RULES.md §3, DECISION). Registering the
   * round's own rulebook, or naming the rulebook in the round's register entry, removes it.
   */
  RULEBOOK_OF_EARLIER_ROUND(
      "DOPA มท 0305.1/ว 1660, 18 Jan 2567; DLA มท 0810.7/ว, Dec 2564; RULES.md §3 DECISION");

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
