package io.github.gecc.certification;

import io.github.gecc.time.DateRange;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * One report a certified centre owes: a period and the day its report is due (RULES.md §6).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class Obligation implements Comparable<Obligation> {

  Obligation() {}

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
    return ImmutableObligation.of(period, due);
  }

  @Value.Check
  void check() {
    if (due().isBefore(period().end())) {
      throw new IllegalArgumentException(
          "due day " + due() + " of " + period() + " is before the period ends on " + period().end());
    }
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
    return of(Objects.requireNonNull(period, "period"), policy.dueDate(period));
  }

  /**
   * Returns the period to report on.
   *
   * @return the period
   */
  @Value.Parameter
  public abstract ReportingPeriod period();

  /**
   * Returns the dates the period covers.
   *
   * @return the period's closed range
   */
  public DateRange range() {
    return period().range();
  }

  /**
   * Returns the last day on which a report is on time.
   *
   * @return the due day
   */
  @Value.Parameter
  public abstract LocalDate due();

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
  public ReportStatus statusOn(@Nullable MaintenanceReport report, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (report != null && !report.period().equals(period())) {
      throw new IllegalArgumentException(
          "report for " + report.period() + " does not answer the obligation for " + period());
    }
    return status(
        due().toEpochDay(),
        report == null ? NO_REPORT : report.submittedOn().toEpochDay(),
        asOf.toEpochDay());
  }

  /** Marks "no report" where submission days are kept as epoch days. */
  static final long NO_REPORT = Long.MIN_VALUE;

  /**
   * The status rule on epoch days (RULES.md §6, DECISION), which {@link #statusOn} and {@link
   * CentreLifecycle} both read.
   *
   * @param due the due day
   * @param submitted the submission day, or {@link #NO_REPORT}
   * @param asOf the day asked about
   * @return the status
   */
  static ReportStatus status(long due, long submitted, long asOf) {
    if (submitted != NO_REPORT) {
      return submitted <= due ? ReportStatus.ON_TIME : ReportStatus.LATE;
    }
    return asOf > due ? ReportStatus.MISSING : ReportStatus.NOT_YET_DUE;
  }

  /**
   * Orders by period.
   *
   * @param other another obligation, not null
   * @return negative, zero or positive as this period ends before, with or after the other's
   */
  @Override
  public int compareTo(Obligation other) {
    int byPeriod = period().compareTo(other.period());
    return byPeriod != 0 ? byPeriod : due().compareTo(other.due());
  }

  /**
   * Returns the obligation as {@code FY2561 H1 due 2018-04-30}.
   *
   * @return the text form
   */
  @Override
  public String toString() {
    return period() + " due " + due();
  }
}
