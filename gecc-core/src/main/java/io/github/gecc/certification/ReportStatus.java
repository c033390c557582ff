package io.github.gecc.certification;

/**
 * The status of one maintenance-report obligation as of a date (RULES.md §6, DECISION).
 *
 * <p>As of a date only what had happened by that day counts: a report submitted after the as-of
 * date is not yet known, and the obligation is judged as if it had none (RULES.md §6, DECISION). So
 * {@link #ON_TIME}, {@link #LATE} and {@link #INCOMPLETE} are final: once an obligation has one of
 * them, a later as-of date never changes it. {@link #NOT_YET_DUE} may become any other status, and
 * {@link #MISSING} may become {@link #LATE} or {@link #INCOMPLETE} once a late report is known.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReportStatus {
  /**
   * A report known by the as-of date was submitted on or before the due day (also when before the
   * period ended), and is complete.
   */
  ON_TIME,
  /** A complete report known by the as-of date was submitted after the due day. */
  LATE,
  /** No report known by the as-of date, and the as-of date is after the due day. */
  MISSING,
  /**
   * No report known by the as-of date, and the as-of date is on or before the due day: the due day
   * itself is still a day to submit on.
   */
  NOT_YET_DUE,
  /**
   * A report was submitted that records its parts and lacks the citizen-satisfaction results or the
   * Self Checklist: it does not meet the obligation, whatever its date (RULES.md §6, DECISION, BMA
   * กท 0303/1156, 15 Jun 2565).
   */
  INCOMPLETE;

  /**
   * Tells whether a later as-of date can still change this status.
   *
   * @return true for {@link #ON_TIME}, {@link #LATE} and {@link #INCOMPLETE}
   */
  public boolean isFinal() {
    return this != NOT_YET_DUE && this != MISSING;
  }
}
