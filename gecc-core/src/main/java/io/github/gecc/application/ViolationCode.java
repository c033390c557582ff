package io.github.gecc.application;

/**
 * The rules an application or a step can break, each with the source of the rule.
 *
 * <p>The first eight are the codes of the command-line contract's {@code check-application}; the
 * others refuse a duplicate application (RULES.md §2) or a step of RULES.md §7.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ViolationCode {
  /**
   * Submitted outside the round's window, before it opened or after it closed (RULES.md §4, FACT;
   * the violation cites the window's circular).
   */
  WINDOW_CLOSED("RULES.md §4 FACT"),
  /**
   * The self-assessment scores below the rulebook's gate (RULES.md §3, FACT, DLA นท 0812/694, round
   * 2560, step 3).
   */
  SELF_ASSESSMENT_BELOW_THRESHOLD("DLA นท 0812/694, round 2560 (step 3); RULES.md §3 FACT"),
  /**
   * The self-assessment does not meet the rulebook's application requirement: all 40 basic and at
   * least 10 advanced criteria in BE 2560 (RULES.md §3, FACT, DLA นท 0812/694, round 2560, FAQ).
   */
  SELF_ASSESSMENT_REQUIREMENT_NOT_MET("DLA นท 0812/694, round 2560 (FAQ); RULES.md §3 FACT"),
  /**
   * The self-assessment answers another rulebook than the one the registry gives for the round
   * (RULES.md §3, DECISION "trust": the round's rulebook judges the application).
   */
  RULEBOOK_NOT_OF_ROUND("RULES.md §3 DECISION (trust)"),
  /**
   * The kind of organisation may not apply in the round (RULES.md §2, FACT, DLA นท 0812/694, round
   * 2560).
   */
  INELIGIBLE_ORGANISATION("DLA นท 0812/694, round 2560; RULES.md §2 FACT"),
  /** An information-only centre is not a GECC (RULES.md §2, FACT, DLA นท 0812/694, round 2560). */
  INFORMATION_ONLY_CENTRE("DLA นท 0812/694, round 2560; RULES.md §2 FACT"),
  /** A channel the window requires was not used (RULES.md §4 and §7). */
  CHANNEL_MISSING("RULES.md §4, §7 FACT"),
  /**
   * A document file the window requires was not sent (RULES.md §4, §7, FACT, the window's
   * circular).
   */
  DOCUMENT_MISSING("RULES.md §4, §7 FACT"),
  /**
   * A second application from the same organisation and location in one round (RULES.md §2: a unit
   * applies once, as one whole office, DLA นท 0812/694, round 2560).
   */
  DUPLICATE_APPLICATION("DLA นท 0812/694, round 2560; RULES.md §2 DECISION"),
  /**
   * A step taken before the steps that must come first (RULES.md §7, DLA นท 0812/694, round 2560).
   */
  STEP_OUT_OF_ORDER("DLA นท 0812/694, round 2560; RULES.md §7 DECISION"),
  /** A step the round's list does not have, or one already done (RULES.md §7). */
  STEP_NOT_AVAILABLE("DLA นท 0812/694, round 2560; RULES.md §7 FACT"),
  /** A site assessment before an accepted submission (RULES.md §7, DLA นท 0812/694, round 2560). */
  NOT_SUBMITTED("DLA นท 0812/694, round 2560; RULES.md §7 FACT"),
  /** Certification without a site assessment (RULES.md §7, DLA นท 0812/694, round 2560). */
  NOT_ASSESSED_ON_SITE("DLA นท 0812/694, round 2560; RULES.md §7 FACT"),
  /**
   * Certification from a committee evaluation that does not pass (RULES.md §3, §7, DLA นท 0812/694,
   * round 2560).
   */
  COMMITTEE_NOT_PASSED("DLA นท 0812/694, round 2560; RULES.md §3 DECISION, §7 FACT");

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
