package io.github.gecc.certification;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One obligation judged as of a date: its status, the report that answered it, and whether that
 * report's satisfaction score is under the policy's threshold (RULES.md §6). A {@link
 * CentreLifecycle} judges its obligations; this is its answer.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ObligationState {

  ObligationState() {}

  /**
   * Judges an obligation no report answers.
   *
   * @param obligation the obligation, not null
   * @param asOf the date asked about, not null
   * @return the judged obligation, without a report
   * @throws NullPointerException if an argument is null
   */
  static ObligationState unanswered(Obligation obligation, LocalDate asOf) {
    return ImmutableObligationState.of(
        obligation, obligation.statusOn(asOf), Optional.empty(), false);
  }

  /**
   * Judges an obligation a report answers. A report submitted after {@code asOf} is not yet known
   * (RULES.md 6.9) and is left out of the state.
   *
   * @param obligation the obligation, not null
   * @param report the report for its period, not null
   * @param asOf the date asked about, not null
   * @param policy the report policy whose threshold flags the report, not null
   * @return the judged obligation
   * @throws NullPointerException if an argument is null
   */
  static ObligationState answered(
      Obligation obligation, MaintenanceReport report, LocalDate asOf, ReportPolicy policy) {
    if (!ObligationDays.isKnown(report, asOf)) {
      return unanswered(obligation, asOf);
    }
    return ImmutableObligationState.of(
        obligation,
        obligation.statusOn(report, asOf),
        Optional.of(report),
        policy.isBelowThreshold(report));
  }

  /**
   * Returns the obligation.
   *
   * @return the obligation
   */
  @Value.Parameter
  public abstract Obligation obligation();

  /**
   * Returns the obligation's period.
   *
   * @return the period
   */
  public ReportingPeriod period() {
    return obligation().period();
  }

  /**
   * Returns the status as of the date asked about.
   *
   * @return the status
   */
  @Value.Parameter
  public abstract ReportStatus status();

  /**
   * Returns the report that answered the obligation, as known on the as-of date.
   *
   * @return the report, or empty when none had been submitted by the as-of date
   */
  @Value.Parameter
  public abstract Optional<MaintenanceReport> report();

  /**
   * Tells whether the report's satisfaction score is under the policy's threshold.
   *
   * @return true if flagged; false without a threshold, a report or satisfaction results
   */
  @Value.Parameter
  public abstract boolean isBelowThreshold();

  /**
   * Returns the state as text.
   *
   * @return for example {@code FY2561 H1 due 2018-04-30: ON_TIME}
   */
  @Override
  public String toString() {
    return obligation()
        + ": "
        + status()
        + (isBelowThreshold() ? " (satisfaction below threshold)" : "");
  }
}
