package io.github.gecc.certification;

import io.github.gecc.time.DateRange;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One report a certified centre owes: a period and the day its report is due (RULES.md §6).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Obligation implements Comparable<Obligation> {

  private final ReportingPeriod period;
  private final LocalDate due;

  private Obligation(ReportingPeriod period, LocalDate due) {
    this.period = period;
    this.due = due;
  }

  /**
   * Returns an obligation.
   *
   * @param period the period to report on, not null
   * @param due the due day, not null, not before the period's last day
   * @return the obligation
   * @throws IllegalArgumentException if {@code due} is before the period ends
   * @throws NullPointerException if an argument is null
   */
  public static Obligation of(ReportingPeriod period, LocalDate due) {
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(due, "due");
    if (due.isBefore(period.end())) {
      throw new IllegalArgumentException(
          "due day " + due + " of " + period + " is before the period ends on " + period.end());
    }
    return new Obligation(period, due);
  }

  /**
   * Returns the obligation of a period under a report policy.
   *
   * @param period the period, not null
   * @param policy the report policy that sets the due day, not null
   * @return the obligation
   * @throws NullPointerException if an argument is null
   */
  public static Obligation of(ReportingPeriod period, ReportPolicy policy) {
    return new Obligation(Objects.requireNonNull(period, "period"), policy.dueDate(period));
  }

  /**
   * Returns the period to report on.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the dates the period covers.
   *
   * @return the period's closed range
   */
  public DateRange range() {
    return period.range();
  }

  /**
   * Returns the last day on which a report is on time.
   *
   * @return the due day
   */
  public LocalDate due() {
    return due;
  }

  /**
   * Returns the status as of a date, given the report submitted for the period, if any.
   *
   * @param report the report for this period, or null for none
   * @param asOf the date asked about, not null
   * @return {@code ON_TIME} or {@code LATE} when there is a report, whatever {@code asOf};
   *     otherwise {@code MISSING} after the due day and {@code NOT_YET_DUE} up to and including it
   * @throws IllegalArgumentException if the report is for another period
   * @throws NullPointerException if {@code asOf} is null
   */
  public ReportStatus statusOn(MaintenanceReport report, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (report != null && !report.period().equals(period)) {
      throw new IllegalArgumentException(
          "report for " + report.period() + " does not answer the obligation for " + period);
    }
    if (report != null) {
      return report.submittedOn().isAfter(due) ? ReportStatus.LATE : ReportStatus.ON_TIME;
    }
    return asOf.isAfter(due) ? ReportStatus.MISSING : ReportStatus.NOT_YET_DUE;
  }

  /**
   * Orders by period.
   *
   * @param other another obligation, not null
   * @return negative, zero or positive as this period ends before, with or after the other's
   */
  @Override
  public int compareTo(Obligation other) {
    int byPeriod = period.compareTo(other.period);
    return byPeriod != 0 ? byPeriod : due.compareTo(other.due);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Obligation)) {
      return false;
    }
    Obligation other = (Obligation) obj;
    return period.equals(other.period) && due.equals(other.due);
  }

  @Override
  public int hashCode() {
    return period.hashCode() * 31 + due.hashCode();
  }

  /**
   * Returns the obligation as {@code FY2561 H1 due 2018-04-30}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return period + " due " + due;
  }
}
