package io.github.gecc.certification;

import io.github.gecc.RefusalException;
import io.github.gecc.time.DateRange;
import java.time.LocalDate;
import java.util.Objects;
import org.immutables.value.Value;

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
   * @throws RefusalException (rule 6.3, at {@code due}) if {@code due} is before the period ends
   * @throws NullPointerException if an argument is null
   */
  public static Obligation of(ReportingPeriod period, LocalDate due) {
    return ImmutableObligation.of(period, due);
  }

  @Value.Check
  void check() {
    if (due().isBefore(period().end())) {
      throw RefusalException.of(
              "6.3",
              due(),
              "due day "
                  + due()
                  + " of "
                  + period()
                  + " is before the period ends on "
                  + period().end(),
              "วันครบกำหนดส่ง "
                  + due()
                  + " ของรอบ "
                  + period()
                  + " อยู่ก่อนวันสิ้นสุดรอบ "
                  + period().end())
          .at("due");
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
   * Returns the status as of a date when no report answers the obligation.
   *
   * @param asOf the date asked about, not null
   * @return {@code MISSING} after the due day, {@code NOT_YET_DUE} up to and including it
   * @throws NullPointerException if {@code asOf} is null
   */
  public ReportStatus statusOn(LocalDate asOf) {
    return ObligationDays.unanswered(due(), Objects.requireNonNull(asOf, "asOf"));
  }

  /**
   * Returns the status as of a date, given the report submitted for the period (RULES.md 6.4, 6.7,
   * 6.9).
   *
   * @param report the report for this period, not null
   * @param asOf the date asked about, not null
   * @return when the report was submitted on or before {@code asOf}: {@code INCOMPLETE} if it lacks
   *     a part, else {@code ON_TIME} or {@code LATE} by its date; when it was submitted after
   *     {@code asOf} (not yet known), as {@link #statusOn(LocalDate)}
   * @throws RefusalException (rule 6.8) if the report is for another period
   * @throws NullPointerException if an argument is null
   */
  public ReportStatus statusOn(MaintenanceReport report, LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    if (!report.period().equals(period())) {
      throw RefusalException.of(
          "6.8",
          report.period(),
          "report for " + report.period() + " does not answer the obligation for " + period(),
          "รายงานรอบ " + report.period() + " ไม่ใช่รายงานที่ค้างส่งสำหรับรอบ " + period());
    }
    return ObligationDays.answered(due(), report, asOf);
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
