package io.github.gecc.application;

/**
 * The rules an application or a step can break, each with the source of the rule.
 *
 * <p>The first six are the codes of the command-line contract's {@code check-application}; the
 * others refuse a duplicate application (RULES.md §2) or a step of RULES.md §7.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ViolationCode {
  /**
   * Submitted outside the round's window, before it opened or after it closed (RULES.md §4,
   * FACT; the violation cites the window's circular).
   */
  WINDOW_CLOSED("RULES.md §4"),
  /** The self-assessment scores below the rulebook's gate (RULES.md §3, FACT, DLA นท 0812/694, round 2560). */
  SELF_ASSESSMENT_BELOW_THRESHOLD("DLA นท 0812/694, round 2560; RULES.md §3"),
  /** The kind of organisation may not apply in the round (RULES.md §2, FACT, DLA นท 0812/694, round 2560). */
  INELIGIBLE_ORGANISATION("DLA นท 0812/694, round 2560; RULES.md §2"),
  /** An information-only centre is not a GECC (RULES.md §2, FACT, DLA นท 0812/694, round 2560). */
  INFORMATION_ONLY_CENTRE("DLA นท 0812/694, round 2560; RULES.md §2"),
  /** A channel the window requires was not used (RULES.md §4 and §7). */
  CHANNEL_MISSING("RULES.md §4, §7"),
  /** A document file the window requires was not sent (RULES.md §4, FACT, DLA นท 0812/694, round 2560). */
  DOCUMENT_MISSING("RULES.md §4"),
  /**
   * A second application from the same organisation and location in one round (RULES.md §2:
   * a unit applies once, as one whole office, DLA นท 0812/694, round 2560).
   */
  DUPLICATE_APPLICATION("DLA นท 0812/694, round 2560; RULES.md §2"),
  /** A step taken before the steps that must come first (RULES.md §7, DLA นท 0812/694, round 2560). */
  STEP_OUT_OF_ORDER("DLA นท 0812/694, round 2560; RULES.md §7"),
  /** A step the round's list does not have, or one already done (RULES.md §7). */
  STEP_NOT_AVAILABLE("RULES.md §7"),
  /** A site assessment before an accepted submission (RULES.md §7, DLA นท 0812/694, round 2560). */
  NOT_SUBMITTED("DLA นท 0812/694, round 2560; RULES.md §7"),
  /** Certification without a site assessment (RULES.md §7, DLA นท 0812/694, round 2560). */
  NOT_ASSESSED_ON_SITE("DLA นท 0812/694, round 2560; RULES.md §7"),
  /** Certification from a committee evaluation that does not pass (RULES.md §3, §7, DLA นท 0812/694, round 2560). */
  COMMITTEE_NOT_PASSED("DLA นท 0812/694, round 2560; RULES.md §3, §7");

  private final String source;

  ViolationCode(String source) {
    this.source = source;
  }

  /**
   * Returns the default source of the rule, used when the violation has no more precise one.
   *
   * @return for example {@code "DLA นท 0812/694, round 2560; RULES.md §2"}
   */
  public String defaultSource() {
    return source;
  }
}
