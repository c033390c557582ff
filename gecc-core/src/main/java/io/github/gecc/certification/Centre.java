package io.github.gecc.certification;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.RefusalException;
import io.github.gecc.application.ApplyDirective;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.time.FiscalYear;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One centre of a portfolio: its id, its certifications and the maintenance reports it sent, and
 * optionally its organisation kind and province. A round's directive to apply reaches centres by
 * kind (RULES.md §2), so a centre without a kind is reached by no kind-specific directive ({@link
 * #mustApply}).
 *
 * <p>Structural invariants, checked by {@link #of}: the id is a centre's identity (RULES.md 5.7:
 * not blank, trimmed, held in Unicode NFKC form); the certifications form a valid {@link
 * CertificationHistory} (5.8); no period has two reports (6.11, DECISION: a second report for the
 * same period is refused rather than guessed at; a correction replaces the report in the data).
 * Whether each report is owed depends on the policies and is checked by {@link CentreLifecycle}.
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
   * @param id the centre's id, not blank, trimmed; held in NFKC form (RULES.md 5.7)
   * @param certifications its certifications, each of this centre, in any order; may be empty
   * @param reports its reports, in any order, which {@link #reports()} keeps; may be empty
   * @return the centre, certifications sorted by round
   * @throws RefusalException if the id is not a centre id (rule 5.7, at {@code id}), the
   *     certifications are not a valid history (rule 5.8, at {@code certifications[i]}), or two
   *     reports share a period (rule 6.11, at {@code reports[i].period}, the later of the two)
   * @throws NullPointerException if an argument or an element is null
   */
  public static Centre of(
      String id, Iterable<Certification> certifications, Iterable<MaintenanceReport> reports) {
    String canonical;
    try {
      canonical = CentreIds.canonical(Objects.requireNonNull(id, "id"));
    } catch (RefusalException e) {
      throw e.at("id");
    }
    CertificationHistory history = CertificationHistory.of(canonical, certifications);
    Map<ReportingPeriod, MaintenanceReport> byPeriod = new HashMap<>();
    ImmutableList.Builder<MaintenanceReport> given = ImmutableList.builder();
    int index = 0;
    for (MaintenanceReport report : reports) {
      MaintenanceReport first =
          byPeriod.putIfAbsent(Objects.requireNonNull(report, "report").period(), report);
      if (first != null) {
        throw RefusalException.of(
                "6.11",
                report.period(),
                "centre '"
                    + canonical
                    + "' has two reports for "
                    + report.period()
                    + ", submitted on "
                    + first.submittedOn()
                    + " and "
                    + report.submittedOn()
                    + "; one report per period",
                "ศูนย์ '"
                    + canonical
                    + "' มีรายงานรอบ "
                    + report.period()
                    + " สองฉบับ ส่งวันที่ "
                    + first.submittedOn()
                    + " และ "
                    + report.submittedOn()
                    + " รายงานได้รอบละหนึ่งฉบับ")
            .at("period")
            .at("reports", index);
      }
      given.add(report);
      index++;
    }
    return ImmutableCentre.builder().history(history).addAllReports(given.build()).build();
  }

  /**
   * Returns this centre with its organisation kind, which a directive to apply looks at.
   *
   * @param kind the kind, not null
   * @return a copy with the kind
   * @throws NullPointerException if {@code kind} is null
   */
  public Centre withKind(OrganisationKind kind) {
    return ImmutableCentre.builder()
        .history(history())
        .addAllReports(reports())
        .kind(Objects.requireNonNull(kind, "kind"))
        .province(province())
        .build();
  }

  /**
   * Returns this centre with the province it is in.
   *
   * @param province the province's name, not blank
   * @return a copy with the province
   * @throws RefusalException (rule 5.7, at {@code province}) if {@code province} is blank
   * @throws NullPointerException if {@code province} is null
   */
  public Centre withProvince(String province) {
    if (province.isBlank()) {
      throw RefusalException.of(
              "5.7",
              province,
              "centre '" + id() + "' has a blank province; leave it out or name the province",
              "ศูนย์ '" + id() + "' ระบุจังหวัดเป็นค่าว่าง ให้เว้นไว้หรือระบุชื่อจังหวัด")
          .at("province");
    }
    return ImmutableCentre.builder()
        .history(history())
        .addAllReports(reports())
        .kind(kind())
        .province(province)
        .build();
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
   * @return the reports in the order given, one per period at most
   */
  public abstract ImmutableList<MaintenanceReport> reports();

  /**
   * Tells whether the centre must apply under a round's directive: the directive asked about the
   * centre's kind and the rounds it was certified in ({@link ApplyDirective#mustApply}), or, for a
   * centre without a kind, asked about a unit of no known kind ({@link
   * ApplyDirective#mustApplyWithoutKind}: only a directive that names every kind reaches it,
   * RULES.md §2, DECISION).
   *
   * @param directive the directive, not null
   * @return true if the directive reaches the centre's kind (or every kind) and its policy does not
   *     exempt the centre
   * @throws NullPointerException if {@code directive} is null
   */
  public boolean mustApply(ApplyDirective directive) {
    Objects.requireNonNull(directive, "directive");
    ImmutableSet<FiscalYear> certifiedIn = history().certifiedRounds();
    Optional<OrganisationKind> kind = kind();
    return kind.isPresent()
        ? directive.mustApply(kind.get(), certifiedIn)
        : directive.mustApplyWithoutKind(certifiedIn);
  }

  /**
   * Returns the report sent for a period.
   *
   * @param period a period, not null
   * @return the report, or empty
   * @throws NullPointerException if {@code period} is null
   */
  public Optional<MaintenanceReport> reportFor(ReportingPeriod period) {
    Objects.requireNonNull(period, "period");
    for (MaintenanceReport report : reports()) {
      if (report.period().equals(period)) {
        return Optional.of(report);
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
    return "Centre "
        + history()
        + kind().map(k -> ", " + k).orElse("")
        + province().map(p -> ", " + p).orElse("")
        + ", "
        + reports().size()
        + " reports";
  }
}
