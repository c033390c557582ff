package io.github.gecc.certification;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The maintenance reports a centre owes, in period order (RULES.md §6, DECISION; BMA กท 0303/1156,
 * 15 Jun 2565 for the six- and twelve-month reports).
 *
 * <p>A centre owes the {@code H1} and {@code FY} report of every period whose last day it is under
 * certification, from the fiscal year after the round of the certification that began its current
 * unbroken coverage. A renewal that leaves no gap therefore never loses a report: certified in
 * round 2564 on 30 Sep 2021 and renewed in round 2567 on 29 Aug 2024, a centre owes the FY 2567
 * full-year report, although neither certification alone covers both the year after its round and
 * 30 Sep 2024. After a gap, the certification that ends it begins a new coverage, owing from the
 * fiscal year after its own round. Every obligation ends on a covered day; each period is owed
 * once.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class ReportSchedule {

  ReportSchedule() {}

  /**
   * Returns the schedule of one certification, as if it were the centre's only one.
   *
   * @param certification the certification, not null
   * @param policy the validity and report policies, not null
   * @return its obligations
   * @throws IllegalStateException if the validity policy gives a last valid day before the
   *     certification date
   * @throws NullPointerException if an argument is null
   */
  public static ReportSchedule of(Certification certification, LifecyclePolicy policy) {
    Objects.requireNonNull(certification, "certification");
    return of(
        CertificationHistory.of(certification.centreId(), ImmutableList.of(certification)), policy);
  }

  /**
   * Returns the schedule of a centre.
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
    ImmutableList.Builder<Obligation> owed = ImmutableList.builder();
    ImmutableList.Builder<Certification> owedBy = ImmutableList.builder();
    Optional<ReportingPeriod> firstOwed = policy.report().firstOwedPeriod();
    // Spans are disjoint and in date order, so their periods come in order, each once.
    for (CertificationHistory.Span span : history.spans(policy.validity())) {
      LocalDate first = span.range().startInclusive();
      LocalDate last = span.range().endInclusive();
      periods:
      for (int fy = span.first().round().getValue() + 1; fy <= FiscalYear.MAX_VALUE; fy++) {
        FiscalYear fiscalYear = FiscalYear.of(fy);
        for (PeriodKind kind : PeriodKind.values()) {
          ReportingPeriod period = ReportingPeriod.of(fiscalYear, kind);
          LocalDate end = period.end();
          if (end.isAfter(last)) {
            break periods;
          }
          if (!end.isBefore(first)
              && (firstOwed.isEmpty() || period.compareTo(firstOwed.get()) >= 0)) {
            owed.add(Obligation.of(period, policy.report()));
            owedBy.add(span.first());
          }
        }
      }
    }
    return ImmutableReportSchedule.builder()
        .addAllObligations(owed.build())
        .addAllOwedBy(owedBy.build())
        .build();
  }

  /**
   * The certification that began the coverage owing each obligation, side by side with {@link
   * #obligations()}.
   */
  abstract ImmutableList<Certification> owedBy();

  /**
   * Returns the obligations in period order.
   *
   * @return the obligations, one per period
   */
  public abstract ImmutableList<Obligation> obligations();

  /**
   * Returns the obligation for a period, if the schedule holds it.
   *
   * @param period a period, not null
   * @return the obligation, or empty
   * @throws NullPointerException if {@code period} is null
   */
  public Optional<Obligation> find(ReportingPeriod period) {
    int index = indexOf(period);
    return index < 0 ? Optional.empty() : Optional.of(obligations().get(index));
  }

  /** The index of the obligation for a period, or a negative number if the schedule holds none. */
  int indexOf(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    ImmutableList<Obligation> obligations = obligations();
    int low = 0;
    int high = obligations.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int cmp = obligations.get(mid).period().compareTo(period);
      if (cmp == 0) {
        return mid;
      } else if (cmp < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return -1;
  }

  /**
   * Tells whether the schedule owes a report for a period.
   *
   * @param period a period, not null
   * @return true if the period is in the schedule
   * @throws NullPointerException if {@code period} is null
   */
  public boolean contains(ReportingPeriod period) {
    return indexOf(period) >= 0;
  }

  /**
   * Returns the index of the obligation a report answers (RULES.md 6.8): the report is for a period
   * the schedule holds, and not dated before the certification that owes the period.
   *
   * @param report the report, not null
   * @return the index of its obligation in {@link #obligations()}
   * @throws RefusalException (rule 6.8) at {@code period} if the period is not owed, at {@code
   *     submittedOn} if the report is dated before the certification that owes it
   */
  int answeredBy(MaintenanceReport report) {
    int index = owed(report.period());
    // A report is never dated before its period begins (MaintenanceReport), so a report before
    // the first report day is one dated before the certification that owes the period.
    if (report.submittedOn().isBefore(firstReportDay(index))) {
      Certification certification = owedBy().get(index);
      throw RefusalException.of(
              "6.8",
              report.submittedOn(),
              "report for "
                  + report.period()
                  + " submitted on "
                  + report.submittedOn()
                  + " is dated before the certification it answers (round "
                  + certification.round().getValue()
                  + ", certified on "
                  + certification.certifiedOn()
                  + "); a report answers a certification it follows",
              "รายงานรอบ "
                  + report.period()
                  + " ส่งวันที่ "
                  + report.submittedOn()
                  + " ลงวันที่ก่อนการรับรองที่รายงานนี้ตอบ (รอบปี "
                  + certification.round().getValue()
                  + " รับรองวันที่ "
                  + certification.certifiedOn()
                  + ") รายงานต้องตามหลังการรับรอง")
          .at("submittedOn");
    }
    return index;
  }

  /** The index of an owed period's obligation; refuses a period not owed (RULES.md 6.8). */
  private int owed(ReportingPeriod period) {
    int index = indexOf(period);
    if (index >= 0) {
      return index;
    }
    ImmutableList<Obligation> obligations = obligations();
    String owes =
        obligations.isEmpty()
            ? "the schedule owes no report"
            : "the schedule owes "
                + obligations.size()
                + " reports, "
                + obligations.get(0).period()
                + " to "
                + obligations.get(obligations.size() - 1).period();
    String thaiOwes =
        obligations.isEmpty()
            ? "ไม่มีรายงานที่ต้องส่ง"
            : "รายงานที่ต้องส่งมี "
                + obligations.size()
                + " ฉบับ ตั้งแต่รอบ "
                + obligations.get(0).period()
                + " ถึงรอบ "
                + obligations.get(obligations.size() - 1).period();
    throw RefusalException.of(
            "6.8",
            period,
            "no report is owed for " + period + ": " + owes,
            "ไม่มีรายงานที่ต้องส่งสำหรับรอบ " + period + ": " + thaiOwes)
        .at("period");
  }

  /**
   * Returns the first day a report for an owed period may be dated (RULES.md 6.8): the first day of
   * the period, or the date of the certification that owes it when that is later.
   *
   * @param period an owed period, not null
   * @return the first day a report answers the period
   * @throws RefusalException (rule 6.8) if the period is not owed
   * @throws NullPointerException if {@code period} is null
   */
  public LocalDate firstReportDay(ReportingPeriod period) {
    return firstReportDay(owed(period));
  }

  private LocalDate firstReportDay(int index) {
    LocalDate start = obligations().get(index).range().startInclusive();
    LocalDate certified = owedBy().get(index).certifiedOn();
    return certified.isAfter(start) ? certified : start;
  }

  /**
   * Returns the obligations as text.
   *
   * @return for example {@code [FY2561 H1 due 2018-04-30, FY2561 FY due 2018-10-30]}
   */
  @Override
  public String toString() {
    return obligations().toString();
  }
}
