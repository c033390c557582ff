package io.github.gecc.application;

/**
 * The rules an application or a step can break, each with the source of the rule.
 *
 * <p>The first six are the codes of the command-line contract's {@code check-application}; the
 * others refuse a duplicate application (DOMAIN.md §2) or a step of DOMAIN.md §7.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ViolationCode {
  /**
   * Submitted outside the round's window, before it opened or after it closed (DOMAIN.md §4,
   * FACT; the violation cites the window's circular).
   */
  WINDOW_CLOSED("DOMAIN.md §4"),
  /** The self-assessment scores below the rulebook's gate (DOMAIN.md §3, FACT [003]). */
  SELF_ASSESSMENT_BELOW_THRESHOLD("[003] DOMAIN.md §3"),
  /** The kind of organisation may not apply in the round (DOMAIN.md §2, FACT [003]). */
  INELIGIBLE_ORGANISATION("[003] DOMAIN.md §2"),
  /** An information-only centre is not a GECC (DOMAIN.md §2, FACT [003]). */
  INFORMATION_ONLY_CENTRE("[003] DOMAIN.md §2"),
  /** A channel the window requires was not used (DOMAIN.md §4 and §7). */
  CHANNEL_MISSING("DOMAIN.md §4, §7"),
  /** A document file the window requires was not sent (DOMAIN.md §4, FACT [003]). */
  DOCUMENT_MISSING("DOMAIN.md §4"),
  /**
   * A second application from the same organisation and location in one round (DOMAIN.md §2:
   * a unit applies once, as one whole office [003]).
   */
  DUPLICATE_APPLICATION("[003] DOMAIN.md §2"),
  /** A step taken before the steps that must come first (DOMAIN.md §7 [003]). */
  STEP_OUT_OF_ORDER("[003] DOMAIN.md §7"),
  /** A step the round's list does not have, or one already done (DOMAIN.md §7). */
  STEP_NOT_AVAILABLE("DOMAIN.md §7"),
  /** A site assessment before an accepted submission (DOMAIN.md §7 [003]). */
  NOT_SUBMITTED("[003] DOMAIN.md §7"),
  /** Certification without a site assessment (DOMAIN.md §7 [003]). */
  NOT_ASSESSED_ON_SITE("[003] DOMAIN.md §7"),
  /** Certification from a committee evaluation that does not pass (DOMAIN.md §3, §7 [003]). */
  COMMITTEE_NOT_PASSED("[003] DOMAIN.md §3, §7");

  private final String source;

  ViolationCode(String source) {
    this.source = source;
  }

  /**
   * Returns the default source of the rule, used when the violation has no more precise one.
   *
   * @return for example {@code "[003] DOMAIN.md §2"}
   */
  public String defaultSource() {
    return source;
  }
}
