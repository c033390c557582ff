package io.github.gecc.certification;

import com.google.common.collect.ImmutableList;
import io.github.gecc.application.OrganisationKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One centre of a portfolio: its id, its certifications and the maintenance reports it sent, and
 * optionally its organisation kind and province. A round's directive to apply reaches centres by
 * kind (RULES.md §2), so a centre without a kind is reached by no kind-specific directive.
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

  /**
   * Returns this centre with its organisation kind, which a directive to apply looks at.
   *
   * @param kind the kind, not null
   * @return a copy with the kind
   * @throws NullPointerException if {@code kind} is null
   */
  public Centre withKind(OrganisationKind kind) {
    return ImmutableCentre.builder().history(history()).addAllReports(reports())
        .kind(Objects.requireNonNull(kind, "kind")).province(province()).build();
  }

  /**
   * Returns this centre with the province it is in.
   *
   * @param province the province's name, not blank
   * @return a copy with the province
   * @throws IllegalArgumentException if {@code province} is blank
   * @throws NullPointerException if {@code province} is null
   */
  public Centre withProvince(String province) {
    return ImmutableCentre.builder().history(history()).addAllReports(reports()).kind(kind())
        .province(Objects.requireNonNull(province, "province")).build();
  }

  /**
   * Returns the centre's organisation kind, if given.
   *
   * @return the kind, or empty when not given
   */
  public abstract Optional<OrganisationKind> kind();

  /**
   * Returns the province the centre is in, if given.
   *
   * @return the province's name, not blank, or empty when not given
   */
  public abstract Optional<String> province();

  @Value.Check
  void check() {
    if (province().isPresent() && province().get().isBlank()) {
      throw new IllegalArgumentException("centre '" + id() + "' has a blank province; leave it out"
          + " or name the province");
    }
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
   * @return its id, certifications, kind and province when given, and number of reports
   */
  @Override
  public String toString() {
    return "Centre " + history() + kind().map(k -> ", " + k).orElse("")
        + province().map(p -> ", " + p).orElse("") + ", " + reports().size() + " reports";
  }
}
