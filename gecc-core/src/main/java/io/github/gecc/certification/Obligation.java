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
   * @return when a report submitted on or before {@code asOf} is known: {@code INCOMPLETE} if it
   *     lacks a part, else {@code ON_TIME} or {@code LATE} by its date; otherwise (no report, or
   *     one submitted after {@code asOf}) {@code MISSING} after the due day and {@code
   *     NOT_YET_DUE} up to and including it
   * @throws IllegalArgumentException if the report is for another period
   * @throws NullPointerException if {@code asOf} is null
   */
  public ReportStatus statusOn(@Nullable MaintenanceReport report, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (report != null && !report.period().equals(period())) {
      throw new IllegalArgumentException(
          "report for " + report.period() + " does not answer the obligation for " + period());
    }
    return report == null
        ? status(due().toEpochDay(), NO_REPORT, true, asOf.toEpochDay())
        : status(due().toEpochDay(), report.submittedDay(), report.isComplete(), asOf.toEpochDay());
  }

  /** The submission day that stands for "no report" in {@link #status}. */
  static final long NO_REPORT = Long.MIN_VALUE;

  /**
   * The status rule over epoch days (RULES.md §6, DECISION). A report submitted after {@code
   * asOf} is not yet known, so the obligation is judged as if it had none.
   *
   * @param due the due day
   * @param submitted the submission day, or {@link #NO_REPORT}
   * @param complete whether the report carried both parts (true when there is none)
   * @param asOf the as-of day
   */
  static ReportStatus status(long due, long submitted, boolean complete, long asOf) {
    if (isKnown(submitted, asOf)) {
      if (!complete) {
        return ReportStatus.INCOMPLETE;
      }
      return submitted <= due ? ReportStatus.ON_TIME : ReportStatus.LATE;
    }
    return asOf > due ? ReportStatus.MISSING : ReportStatus.NOT_YET_DUE;
  }

  /** Tells whether a report submitted on a day is known as of another: sent by that day. */
  static boolean isKnown(long submitted, long asOf) {
    return submitted != NO_REPORT && submitted <= asOf;
  }

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
