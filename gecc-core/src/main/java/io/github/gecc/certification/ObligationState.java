package io.github.gecc.certification;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One obligation judged as of a date: its status, the report that answered it, and whether that
 * report's satisfaction score is under the policy's threshold (RULES.md §6).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ObligationState {

  private final Obligation obligation;
  private final ReportStatus status;
  private final Optional<MaintenanceReport> report;
  private final boolean belowThreshold;

  private ObligationState(
      Obligation obligation, ReportStatus status, Optional<MaintenanceReport> report, boolean belowThreshold) {
    this.obligation = obligation;
    this.status = status;
    this.report = report;
    this.belowThreshold = belowThreshold;
  }

  /**
   * Judges an obligation as of a date.
   *
   * @param obligation the obligation, not null
   * @param report the report for its period, or empty; not null
   * @param asOf the date asked about, not null
   * @param policy the report policy whose threshold flags the report, not null
   * @return the judged obligation
   * @throws IllegalArgumentException if the report is for another period
   * @throws NullPointerException if an argument is null
   */
  public static ObligationState of(
      Obligation obligation, Optional<MaintenanceReport> report, LocalDate asOf, ReportPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    ReportStatus status = obligation.statusOn(report.orElse(null), asOf);
    return new ObligationState(
        obligation, status, report, report.isPresent() && policy.isBelowThreshold(report.get()));
  }

  /**
   * Returns the obligation.
   *
   * @return the obligation
   */
  public Obligation obligation() {
    return obligation;
  }

  /**
   * Returns the obligation's period.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return obligation.period();
  }

  /**
   * Returns the status as of the date asked about.
   *
   * @return the status
   */
  public ReportStatus status() {
    return status;
  }

  /**
   * Returns the report that answered the obligation.
   *
   * @return the report, or empty
   */
  public Optional<MaintenanceReport> report() {
    return report;
  }

  /**
   * Tells whether the report's satisfaction score is under the policy's threshold.
   *
   * @return true if flagged; false without a threshold, a report or satisfaction results
   */
  public boolean isBelowThreshold() {
    return belowThreshold;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ObligationState)) {
      return false;
    }
    ObligationState other = (ObligationState) obj;
    return obligation.equals(other.obligation)
        && status == other.status
        && report.equals(other.report)
        && belowThreshold == other.belowThreshold;
  }

  @Override
  public int hashCode() {
    return Objects.hash(obligation, status, report, belowThreshold);
  }

  /**
   * Returns the state as text.
   *
   * @return for example {@code FY2561 H1 due 2018-04-30: ON_TIME}
   */
  @Override
  public String toString() {
    return obligation + ": " + status + (belowThreshold ? " (satisfaction below threshold)" : "");
  }
}
