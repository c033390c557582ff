package io.github.gecc.application;

/**
 * What a reporting deadline asks for (RULES.md §4). None of them closes the window or refuses an
 * application (RULES.md §4, DECISION).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum DeadlinePurpose {
  /** Report that the unit has applied. */
  APPLICATION_REPORT,
  /** Report the accounts (username, e-mail) used in the online system. */
  ACCOUNT_REPORT,
  /**
   * Answer a survey that travels with the call, such as the 2565 incentive survey, DLA มท 0810.7/ว,
   * Dec 2564.
   */
  SURVEY
}
