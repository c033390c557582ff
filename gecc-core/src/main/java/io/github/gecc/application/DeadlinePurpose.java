package io.github.gecc.application;

/**
 * What an internal deadline asks for (RULES.md §4).
 *
 * <p>Only {@link #APPLICATION_REPORT} bounds when a unit must have applied; the others are
 * preparatory or side tasks listed beside it.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum DeadlinePurpose {
  /** Report that the unit has applied: it must have applied by then. */
  APPLICATION_REPORT,
  /** Report the accounts (username, e-mail) used in the online system. */
  ACCOUNT_REPORT,
  /** Answer a survey that travels with the call, such as the 2565 incentive survey, DLA มท 0810.7/ว, Dec 2564. */
  SURVEY
}
