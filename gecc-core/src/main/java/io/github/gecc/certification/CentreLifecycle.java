package io.github.gecc.certification;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import io.github.gecc.time.DateRange;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One centre under given policies: its report schedule, and every question the portfolio asks,
 * answered for this centre alone (RULES.md §4–§6). The policies are bound when the lifecycle is
 * made; its questions take only the date asked about.
 *
 * <p>Creating it checks that every report answers an obligation of the schedule (RULES.md 6.8): a
 * report for a period the schedule does not hold, or dated before the certification that owes its
 * period, is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CentreLifecycle {

  private final Centre centre;
  private final LifecyclePolicy policy;
  private final ReportSchedule schedule;

  /** The obligations of the schedule as the days the status rule reads. */
  private final ObligationDays days;

  /** The report answering obligation i of the schedule, or null for none. */
  private final @Nullable MaintenanceReport[] answers;

  private CentreLifecycle(
      Centre centre,
      LifecyclePolicy policy,
      ReportSchedule schedule,
      ObligationDays days,
      @Nullable MaintenanceReport[] answers) {
    this.centre = centre;
    this.policy = policy;
    this.schedule = schedule;
    this.days = days;
    this.answers = answers;
  }

  /**
   * Returns a centre under policies.
   *
   * @param centre the centre, not null
   * @param policy the validity and report policies, not null
   * @return the lifecycle
   * @throws RefusalException (rule 6.8) if a report is for a period the schedule does not hold (at
   *     {@code reports[i].period}) or is dated before the certification that owes its period (at
   *     {@code reports[i].submittedOn}); {@code i} is the report's place in {@link
   *     Centre#reports()}
   * @throws IllegalStateException if the validity policy gives a last valid day before a
   *     certification date
   * @throws NullPointerException if an argument is null
   */
  public static CentreLifecycle of(Centre centre, LifecyclePolicy policy) {
    Objects.requireNonNull(centre, "centre");
    ReportSchedule schedule = ReportSchedule.of(centre.history(), policy);
    ImmutableList<Obligation> obligations = schedule.obligations();
    ObligationDays days = new ObligationDays(obligations.size());
    for (int i = 0; i < obligations.size(); i++) {
      days.owe(i, obligations.get(i).due());
    }
    @Nullable MaintenanceReport[] answers = new MaintenanceReport[obligations.size()];
    ImmutableList<MaintenanceReport> reports = centre.reports();
    for (int j = 0; j < reports.size(); j++) {
      MaintenanceReport report = reports.get(j);
      int index;
      try {
        index = schedule.answeredBy(report);
      } catch (RefusalException e) {
        throw e.at("reports", j);
      }
      days.answer(index, report);
      answers[index] = report;
    }
    return new CentreLifecycle(centre, policy, schedule, days, answers);
  }

  /**
   * Returns the centre.
   *
   * @return the centre
   */
  public Centre centre() {
    return centre;
  }

  /**
   * Returns the policies.
   *
   * @return the policies
   */
  public LifecyclePolicy policy() {
    return policy;
  }

  /**
   * Returns the centre's report schedule.
   *
   * @return the obligations, one per period
   */
  public ReportSchedule schedule() {
    return schedule;
  }

  /**
   * Returns the validity of one of the centre's certifications under the bound validity policy
   * (RULES.md §5).
   *
   * @param certification a certification of this centre, not null
   * @return the closed range from its certification date to its last valid day
   * @throws RefusalException (rule 5.8) if the certification is not in the centre's history
   * @throws IllegalStateException if the validity policy gives a last valid day before the
   *     certification date
   * @throws NullPointerException if {@code certification} is null
   */
  public DateRange validity(Certification certification) {
    requireOwn(certification);
    return certification.validity(policy.validity());
  }

  /**
   * Returns the status of one of the centre's certifications on a date under the bound validity
   * policy (RULES.md 5.5).
   *
   * @param certification a certification of this centre, not null
   * @param asOf the date asked about, not null
   * @return {@code NOT_YET_VALID}, {@code VALID} or {@code EXPIRED}
   * @throws RefusalException (rule 5.8) if the certification is not in the centre's history
   * @throws IllegalStateException if the validity policy gives a last valid day before the
   *     certification date
   * @throws NullPointerException if an argument is null
   */
  public ValidityStatus statusOn(Certification certification, LocalDate asOf) {
    requireOwn(certification);
    return certification.statusOn(asOf, policy.validity());
  }

  private void requireOwn(Certification certification) {
    // renewalOf refuses a certification the history does not hold.
    centre.history().renewalOf(certification);
  }

  /**
   * Tells whether the centre is under certification: some certification is valid on the date.
   *
   * @param asOf the date, not null
   * @return true if covered
   * @throws NullPointerException if {@code asOf} is null
   */
  public boolean isUnderCertification(LocalDate asOf) {
    return centre.history().isCoveredOn(asOf, policy.validity());
  }

  /**
   * Judges every obligation as of a date.
   *
   * @param asOf the date, not null
   * @return the judged obligations in period order
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableList<ObligationState> obligations(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    ImmutableList.Builder<ObligationState> states =
        ImmutableList.builderWithExpectedSize(days.size());
    for (int i = 0; i < days.size(); i++) {
      states.add(state(i, asOf));
    }
    return states.build();
  }

  /**
   * Returns the obligations {@code MISSING} as of a date.
   *
   * @param asOf the date, not null
   * @return the overdue obligations in period order
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableList<ObligationState> overdue(LocalDate asOf) {
    Objects.requireNonNull(asOf, "asOf");
    ImmutableList.Builder<ObligationState> overdue = ImmutableList.builder();
    long day = asOf.toEpochDay();
    for (int i = 0; i < days.size(); i++) {
      if (days.status(i, day) == ReportStatus.MISSING) {
        overdue.add(state(i, asOf));
      }
    }
    return overdue.build();
  }

  /**
   * Adds the rows of {@link #overdue} to a portfolio answer, without a list per centre.
   *
   * @param asOf the date, not null
   * @param rows the answer to add to
   */
  void addOverdue(LocalDate asOf, ImmutableList.Builder<CentreObligation> rows) {
    long day = asOf.toEpochDay();
    for (int i = 0; i < days.size(); i++) {
      if (days.status(i, day) == ReportStatus.MISSING) {
        rows.add(CentreObligation.of(centre.id(), state(i, asOf)));
      }
    }
  }

  /** Adds the status of each obligation as of a date to counts of {@link ObligationDays}. */
  void countInto(LocalDate asOf, int[] counts) {
    days.countInto(asOf.toEpochDay(), counts);
  }

  /**
   * Returns the obligations whose due day lies in a range, judged as of a date.
   *
   * @param asOf the date the statuses are judged on, not null
   * @param dueIn the range of due days, not null
   * @return the obligations in period order
   * @throws NullPointerException if an argument is null
   */
  public ImmutableList<ObligationState> fallingDue(LocalDate asOf, DateRange dueIn) {
    Objects.requireNonNull(asOf, "asOf");
    Objects.requireNonNull(dueIn, "dueIn");
    ImmutableList.Builder<ObligationState> rows = ImmutableList.builder();
    for (int i = 0; i < days.size(); i++) {
      if (dueIn.contains(schedule.obligations().get(i).due())) {
        rows.add(state(i, asOf));
      }
    }
    return rows.build();
  }

  /**
   * Returns the certifications valid on a date whose last valid day is at most a number of days
   * later.
   *
   * @param asOf the date, not null
   * @param days the horizon in days, at least 0 (0: expires on {@code asOf})
   * @return the certifications in round order
   * @throws RefusalException (rule 5.9) if {@code days} is negative
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableList<Certification> expiringWithin(LocalDate asOf, int days) {
    Objects.requireNonNull(asOf, "asOf");
    checkHorizon(days);
    ImmutableList.Builder<Certification> expiring = ImmutableList.builder();
    for (Certification certification : centre.history().certifications()) {
      DateRange validity = certification.validity(policy.validity());
      if (validity.contains(asOf)
          && ChronoUnit.DAYS.between(asOf, validity.endInclusive()) <= days) {
        expiring.add(certification);
      }
    }
    return expiring.build();
  }

  /** Refuses a negative horizon of days (RULES.md 5.9). */
  static void checkHorizon(int days) {
    if (days < 0) {
      throw RefusalException.of(
          "5.9",
          days,
          "a horizon of " + days + " days is negative; give at least 0 (0: expiring on the day)",
          "ช่วงเวลา " + days + " วันติดลบ ต้องไม่น้อยกว่า 0 (0 หมายถึงหมดอายุในวันนั้น)");
    }
  }

  private ObligationState state(int obligation, LocalDate asOf) {
    Obligation owed = schedule.obligations().get(obligation);
    MaintenanceReport report = answers[obligation];
    return report == null
        ? ObligationState.unanswered(owed, asOf)
        : ObligationState.answered(owed, report, asOf, policy.report());
  }

  /**
   * Compares this lifecycle with another object.
   *
   * @param obj the object, may be null
   * @return true if {@code obj} is the lifecycle of an equal centre under equal policies
   */
  @Override
  public boolean equals(@Nullable Object obj) {
    if (!(obj instanceof CentreLifecycle)) {
      return false;
    }
    CentreLifecycle other = (CentreLifecycle) obj;
    return centre.equals(other.centre) && policy.equals(other.policy);
  }

  /**
   * Returns a hash code consistent with {@link #equals}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return centre.hashCode() * 31 + policy.hashCode();
  }

  /**
   * Returns the lifecycle as text.
   *
   * @return the centre and its schedule
   */
  @Override
  public String toString() {
    return centre + " owing " + schedule;
  }
}
