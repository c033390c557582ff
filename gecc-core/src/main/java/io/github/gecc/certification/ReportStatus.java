package io.github.gecc.certification;

/**
 * The status of one maintenance-report obligation as of a date (RULES.md §6, DECISION).
 *
 * <p>{@link #ON_TIME}, {@link #LATE} and {@link #MISSING} are final: once an obligation has one of
 * them, a later as-of date never changes it. Only {@link #NOT_YET_DUE} moves, and only to {@link
 * #MISSING}: a report that exists is judged by its submission date whatever the as-of date, so
 * its status never depends on the as-of date.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum ReportStatus {
  /** A report was submitted on or before the due day (also when before the period ended). */
  ON_TIME,
  /** A report was submitted after the due day. */
  LATE,
  /** No report, and the as-of date is after the due day. */
  MISSING,
  /**
   * No report, and the as-of date is on or before the due day: the due day itself is still a day
   * to submit on.
   */
  NOT_YET_DUE;

  /**
   * Tells whether a later as-of date can still change this status.
   *
   * @return true for {@link #ON_TIME}, {@link #LATE} and {@link #MISSING}
   */
  public boolean isFinal() {
    return this != NOT_YET_DUE;
  }
}
