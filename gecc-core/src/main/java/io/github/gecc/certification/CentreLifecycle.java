package io.github.gecc.certification;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One centre under given policies: its report schedule, and every question the portfolio asks,
 * answered for this centre alone (RULES.md §4–§6).
 *
 * <p>Creating it checks that every report answers an obligation of the schedule (RULES.md §6):
 * a report for a period the schedule does not hold is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CentreLifecycle {

  private final Centre centre;
  private final LifecyclePolicy policy;
  private final ReportSchedule schedule;
  // Obligation i of the schedule as the epoch days the status rule reads, side by side: its due
  // day at 2i and the submission day of the report answering it at 2i + 1 (Obligation.NO_REPORT
  // for none).
  private final long[] days;
  // Whether the report answering obligation i carried both parts (true when there is none).
  private final boolean[] complete;

  private CentreLifecycle(Centre centre, LifecyclePolicy policy, ReportSchedule schedule, long[] days,
      boolean[] complete) {
    this.centre = centre;
    this.policy = policy;
    this.schedule = schedule;
    this.days = days;
    this.complete = complete;
  }

  /**
   * Returns a centre under policies.
   *
   * @param centre the centre, not null
   * @param policy the validity and report policies, not null
   * @return the lifecycle
   * @throws IllegalArgumentException if a report is for a period the schedule does not hold
   * @throws IllegalStateException if the validity policy gives a last valid day before a
   *     certification date
   * @throws NullPointerException if an argument is null
   */
  public static CentreLifecycle of(Centre centre, LifecyclePolicy policy) {
    Objects.requireNonNull(centre, "centre");
    return checked(centre, policy, ReportSchedule.of(centre.history(), policy));
  }

  private static CentreLifecycle checked(Centre centre, LifecyclePolicy policy, ReportSchedule schedule) {
    ImmutableList<Obligation> obligations = schedule.obligations();
    long[] days = new long[obligations.size() * 2];
    boolean[] complete = new boolean[obligations.size()];
    for (int i = 0; i < obligations.size(); i++) {
      days[2 * i] = obligations.get(i).due().toEpochDay();
      days[2 * i + 1] = Obligation.NO_REPORT;
      complete[i] = true;
    }
    for (MaintenanceReport report : centre.reports()) {
      try {
        schedule.requireOwed(report);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("centre '" + centre.id() + "': " + e.getMessage(), e);
      }
      int index = schedule.indexOf(report.period());
      days[2 * index + 1] = report.submittedDay();
      complete[index] = report.isComplete();
    }
    return new CentreLifecycle(centre, policy, schedule, days, complete);
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
    ImmutableList.Builder<ObligationState> states = ImmutableList.builderWithExpectedSize(days.length / 2);
    for (int i = 0; i < days.length / 2; i++) {
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
    for (int i = 0; i < days.length / 2; i++) {
      if (isOverdue(i, day)) {
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
    for (int i = 0; i < days.length / 2; i++) {
      if (isOverdue(i, day)) {
        rows.add(CentreObligation.of(centre.id(), state(i, asOf)));
      }
    }
  }

  private boolean isOverdue(int obligation, long asOf) {
    return status(obligation, asOf) == ReportStatus.MISSING;
  }

  /**
   * Counts the obligations of each status as of a date.
   *
   * @param asOf the date, not null
   * @param counts the counts to add to, indexed by {@link ReportStatus#ordinal()}
   */
  void countByStatus(LocalDate asOf, int[] counts) {
    long day = asOf.toEpochDay();
    for (int i = 0; i < days.length / 2; i++) {
      counts[status(i, day).ordinal()]++;
    }
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
    for (int i = 0; i < days.length / 2; i++) {
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
   * @throws IllegalArgumentException if {@code days} is negative
   * @throws NullPointerException if {@code asOf} is null
   */
  public ImmutableList<Certification> expiringWithin(LocalDate asOf, int days) {
    Objects.requireNonNull(asOf, "asOf");
    checkDays(days);
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

  static void checkDays(int days) {
    if (days < 0) {
      throw new IllegalArgumentException("days " + days + " must be at least 0");
    }
  }

  private ReportStatus status(int obligation, long asOf) {
    return Obligation.status(days[2 * obligation], days[2 * obligation + 1], complete[obligation], asOf);
  }

  private ObligationState state(int obligation, LocalDate asOf) {
    Obligation owed = schedule.obligations().get(obligation);
    return ObligationState.of(owed, centre.reportFor(owed.period()), asOf, policy.report());
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CentreLifecycle)) {
      return false;
    }
    CentreLifecycle other = (CentreLifecycle) obj;
    return centre.equals(other.centre) && policy.equals(other.policy);
  }

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
