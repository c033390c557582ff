package io.github.gecc.certification;

/**
 * The status of a certification on a given date (RULES.md §5, DECISION).
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ValidityStatus {
  /** The date lies within the validity, both ends included. */
  VALID,
  /** The date is after the last valid day. */
  EXPIRED,
  /**
   * The date is before the certification date. DECISION: a certification is not valid before the
   * day it was granted, even though its round had begun.
   */
  NOT_YET_VALID
}
