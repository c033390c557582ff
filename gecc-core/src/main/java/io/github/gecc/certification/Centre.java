package io.github.gecc.certification;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One centre of a portfolio: its id, its certifications and the maintenance reports it sent.
 *
 * <p>Structural invariants: the id is not blank; the certifications form a valid {@link
 * CertificationHistory}; no period has two reports. DECISION: a second report for the same
 * period is refused rather than guessed at (first? last?); a correction replaces the report in
 * the data. Whether each report is owed depends on the policies and is checked by {@link
 * CentreLifecycle}.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>A centre under the rules of RULES.md §5 (its certifications and renewals) and §6 (its
 * maintenance reports).
 */
@Value.Immutable
public abstract class Centre {

  Centre() {}

  /**
   * Returns a centre.
   *
   * @param id the centre's id, not blank
   * @param certifications its certifications, each with this id, in any order; may be empty
   * @param reports its reports, in any order; may be empty
   * @return the centre, certifications sorted by round and reports by period
   * @throws IllegalArgumentException if the id is blank, the certifications are not a valid
   *     history, or two reports share a period
   * @throws NullPointerException if an argument or an element is null
   */
  public static Centre of(
      String id, Iterable<Certification> certifications, Iterable<MaintenanceReport> reports) {
    CertificationHistory history = CertificationHistory.of(id, certifications);
    List<MaintenanceReport> sorted = new ArrayList<>();
    for (MaintenanceReport report : reports) {
      sorted.add(Objects.requireNonNull(report, "report"));
    }
    sorted.sort(Comparator.comparing(MaintenanceReport::period));
    return ImmutableCentre.builder().history(history).addAllReports(sorted).build();
  }

  @Value.Check
  void check() {
    List<MaintenanceReport> sorted = reports();
    for (int i = 1; i < sorted.size(); i++) {
      if (sorted.get(i).period().compareTo(sorted.get(i - 1).period()) <= 0) {
        throw new IllegalArgumentException(
            "centre '" + id() + "' has two reports for " + sorted.get(i).period() + ", submitted on "
                + sorted.get(i - 1).submittedOn() + " and " + sorted.get(i).submittedOn()
                + "; one report per period");
      }
    }
  }

  /**
   * Returns the centre's id.
   *
   * @return a non-blank id
   */
  public String id() {
    return history().centreId();
  }

  /**
   * Returns the centre's certifications.
   *
   * @return the history, in round order
   */
  public abstract CertificationHistory history();

  /**
   * Returns the centre's reports.
   *
   * @return the reports in period order, one per period at most
   */
  public abstract ImmutableList<MaintenanceReport> reports();

  /**
   * Returns the report sent for a period.
   *
   * @param period a period, not null
   * @return the report, or empty
   * @throws NullPointerException if {@code period} is null
   */
  public Optional<MaintenanceReport> reportFor(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    ImmutableList<MaintenanceReport> reports = reports();
    int low = 0;
    int high = reports.size() - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int cmp = reports.get(mid).period().compareTo(period);
      if (cmp == 0) {
        return Optional.of(reports.get(mid));
      } else if (cmp < 0) {
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the centre as text.
   *
   * @return its id, certifications and number of reports
   */
  @Override
  public String toString() {
    return "Centre " + history() + ", " + reports().size() + " reports";
  }
}
