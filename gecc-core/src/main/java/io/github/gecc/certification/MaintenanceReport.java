package io.github.gecc.certification;

import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One maintenance report a certified centre sent (RULES.md §6, FACT): the period it covers, the
 * day it was submitted, the citizen-satisfaction results and the answers to the Self Checklist.
 *
 * <p>The checklist maps each maintenance criterion's id to whether the centre says it still meets
 * it. DECISION: the circulars do not list the maintenance criteria, so ids are free, non-blank text
 * from the data; the library never invents them. Both the results and the checklist may be
 * absent (a calendar that only tracks dates).
 *
 * <p>Whether the report belongs to a centre's schedule is checked where the schedule is known
 * ({@link CentreLifecycle}); a report dated before its period ends is accepted (DECISION, see
 * {@link ReportStatus#ON_TIME}).
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class MaintenanceReport {

  MaintenanceReport() {}

  /**
   * Returns the period the report covers.
   *
   * @return the period
   */
  public abstract ReportingPeriod period();

  /**
   * Returns the day the report was submitted.
   *
   * @return the submission date
   */
  public abstract LocalDate submittedOn();

  /** The submission day as an epoch day, kept with the report for the schedule's day arrays. */
  @Value.Derived
  @Value.Auxiliary
  long submittedDay() {
    return submittedOn().toEpochDay();
  }

  /**
   * Returns the citizen-satisfaction results, if the report carries them.
   *
   * @return the results, or empty
   */
  public abstract Optional<SatisfactionResult> satisfaction();

  /**
   * Returns the Self Checklist answers: criterion id → still met.
   *
   * @return the answers in the order given, possibly empty
   */
  public abstract ImmutableMap<String, Boolean> checklist();

  /**
   * Returns a report with no results and no checklist.
   *
   * @param period the period, not null
   * @param submittedOn the submission date, not null
   * @return the report
   * @throws NullPointerException if an argument is null
   */
  public static MaintenanceReport of(ReportingPeriod period, LocalDate submittedOn) {
    return builder().period(period).submittedOn(submittedOn).build();
  }

  /**
   * Returns a builder; {@code period} and {@code submittedOn} are required.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MaintenanceReport}; not thread-safe, use it on one thread. */
  public static final class Builder extends ImmutableMaintenanceReport.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    for (Map.Entry<String, Boolean> answer : checklist().entrySet()) {
      if (answer.getKey().isBlank()) {
        throw new IllegalArgumentException(
            "checklist criterion id must not be blank, got '" + answer.getKey() + "'");
      }
    }
  }
}
