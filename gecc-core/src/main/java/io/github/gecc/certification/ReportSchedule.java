package io.github.gecc.certification;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The maintenance reports a centre owes, in period order (RULES.md §6, DECISION).
 *
 * <p>For one certification: every {@code H1} and {@code FY} period of the fiscal years after the
 * round that ends on or before the last valid day. DECISION: a period that ended before the
 * certification date is not owed either (possible only when a certification is dated after its
 * round's fiscal year); so every obligation ends inside the validity. For a centre: the union of
 * its certifications' obligations, one per period even where certifications overlap.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportSchedule {

  private static final ReportSchedule EMPTY = new ReportSchedule(ImmutableList.of(), null, null);

  private final ImmutableList<Obligation> obligations;
  /*
   * What the schedule was computed from (null when given as obligations), so that a
   * CentreLifecycle can take a schedule its caller computed already instead of computing it
   * again. Not part of equality.
   */
  private final CertificationHistory history;
  private final LifecyclePolicy policy;

  private ReportSchedule(
      ImmutableList<Obligation> obligations, CertificationHistory history, LifecyclePolicy policy) {
    this.obligations = obligations;
    this.history = history;
    this.policy = policy;
  }

  /**
   * Returns the schedule of one certification.
   *
   * @param certification the certification, not null
   * @param policy the validity and report policies, not null
   * @return its obligations
   * @throws IllegalStateException if the validity policy gives a last valid day before the
   *     certification date
   * @throws NullPointerException if an argument is null
   */
  public static ReportSchedule of(Certification certification, LifecyclePolicy policy) {
    return new ReportSchedule(ImmutableList.copyOf(periods(certification, policy)), null, null);
  }

  /**
   * Returns the schedule of a centre: the union of its certifications' obligations.
   *
   * @param history the centre's certifications, not null
   * @param policy the validity and report policies, not null
   * @return its obligations, one per period
   * @throws IllegalStateException if the validity policy gives a last valid day before a
   *     certification date
   * @throws NullPointerException if an argument is null
   */
  public static ReportSchedule of(CertificationHistory history, LifecyclePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    // Each certification's periods come in order, so the union is a merge of sorted lists.
    List<Obligation> union = new ArrayList<>();
    for (Certification certification : history.certifications()) {
      union = merge(union, periods(certification, policy));
    }
    return new ReportSchedule(ImmutableList.copyOf(union), history, policy);
  }

  /**
   * Tells whether this schedule was computed by {@link #of(CertificationHistory, LifecyclePolicy)}
   * from an equal history under an equal policy.
   */
  boolean isOf(CertificationHistory history, LifecyclePolicy policy) {
    return this.history != null && this.history.equals(history) && this.policy.equals(policy);
  }

  /** The union of two lists in strictly increasing period order; for a period in both, a's. */
  private static List<Obligation> merge(List<Obligation> a, List<Obligation> b) {
    if (a.isEmpty()) {
      return b;
    }
    if (b.isEmpty() || a.get(a.size() - 1).period().compareTo(b.get(0).period()) < 0) {
      List<Obligation> joined = new ArrayList<>(a);
      joined.addAll(b);
      return joined;
    }
    List<Obligation> merged = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      int cmp =
          i == a.size() ? 1 : j == b.size() ? -1 : a.get(i).period().compareTo(b.get(j).period());
      if (cmp <= 0) {
        merged.add(a.get(i++));
        if (cmp == 0) {
          j++;
        }
      } else {
        merged.add(b.get(j++));
      }
    }
    return merged;
  }

  /**
   * Returns a schedule made of given obligations, for example read back from JSON.
   *
   * @param obligations the obligations, not null, in strictly increasing period order
   * @return the schedule
   * @throws IllegalArgumentException if two obligations share a period or are out of order
   * @throws NullPointerException if the list or an element is null
   */
  public static ReportSchedule ofObligations(Iterable<Obligation> obligations) {
    ImmutableList<Obligation> list = ImmutableList.copyOf(obligations);
    for (int i = 1; i < list.size(); i++) {
      if (list.get(i - 1).period().compareTo(list.get(i).period()) >= 0) {
        throw new IllegalArgumentException(
            "schedule obligations must be in strictly increasing period order without repeats: "
                + list.get(i).period()
                + " follows "
                + list.get(i - 1).period());
      }
    }
    return list.isEmpty() ? EMPTY : new ReportSchedule(list, null, null);
  }

  /**
   * Returns the empty schedule.
   *
   * @return a schedule with no obligation
   */
  public static ReportSchedule empty() {
    return EMPTY;
  }

  /** The obligations of one certification, in period order. */
  private static List<Obligation> periods(Certification certification, LifecyclePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    DateRange validity = certification.validity(policy.validity());
    LocalDate last = validity.endInclusive();
    List<Obligation> periods = new ArrayList<>();
    for (int fy = certification.round().getValue() + 1; fy <= FiscalYear.MAX_VALUE; fy++) {
      FiscalYear fiscalYear = FiscalYear.of(fy);
      if (fiscalYear.firstHalf().endInclusive().isAfter(last)) {
        break;
      }
      for (PeriodKind kind : PeriodKind.values()) {
        ReportingPeriod period = ReportingPeriod.of(fiscalYear, kind);
        LocalDate end = period.end();
        if (!end.isAfter(last) && !end.isBefore(validity.startInclusive())) {
          periods.add(Obligation.of(period, policy.report()));
        }
      }
    }
    return periods;
  }

  /**
   * Returns the obligations in period order.
   *
   * @return the obligations, one per period
   */
  public ImmutableList<Obligation> obligations() {
    return obligations;
  }

  /**
   * Returns the obligation for a period, if the schedule holds it.
   *
   * @param period a period, not null
   * @return the obligation, or empty
   * @throws NullPointerException if {@code period} is null
   */
  public Optional<Obligation> find(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    int low = 0;
    int high = obligations.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int cmp = obligations.get(mid).period().compareTo(period);
      if (cmp == 0) {
        return Optional.of(obligations.get(mid));
      } else if (cmp < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * Tells whether the schedule owes a report for a period.
   *
   * @param period a period, not null
   * @return true if the period is in the schedule
   * @throws NullPointerException if {@code period} is null
   */
  public boolean contains(ReportingPeriod period) {
    return find(period).isPresent();
  }

  /**
   * Refuses a report for a period the schedule does not hold (RULES.md §6: a report answers an
   * obligation).
   *
   * @param period the report's period, not null
   * @return the obligation the report answers
   * @throws IllegalArgumentException if the period is not in the schedule; the message lists the
   *     first and last periods owed
   * @throws NullPointerException if {@code period} is null
   */
  public Obligation requireOwed(ReportingPeriod period) {
    return find(period)
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "no report is owed for "
                        + period
                        + ": "
                        + (obligations.isEmpty()
                            ? "the schedule owes no report"
                            : "the schedule owes "
                                + obligations.size()
                                + " reports, "
                                + obligations.get(0).period()
                                + " to "
                                + obligations.get(obligations.size() - 1).period())));
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof ReportSchedule && ((ReportSchedule) obj).obligations.equals(obligations);
  }

  @Override
  public int hashCode() {
    return obligations.hashCode();
  }

  /**
   * Returns the obligations as text.
   *
   * @return for example {@code [FY2561 H1 due 2018-04-30, FY2561 FY due 2018-10-30]}
   */
  @Override
  public String toString() {
    return obligations.toString();
  }
}
