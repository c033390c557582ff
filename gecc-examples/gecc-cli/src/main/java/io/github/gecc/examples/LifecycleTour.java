package io.github.gecc.examples;

import com.google.common.collect.ImmutableList;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.ReportPolicy;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.stream.Collectors;

/**
 * The demo's part on what follows a certification: the centre's validity and its report calendar
 * (RULES.md §5 and §6), computed by the library for a centre certified at the round-2560 ceremony
 * of 21 September 2017 (RULES.md §10).
 */
final class LifecycleTour {

  /** The day the tour looks at the centre's calendar from. */
  static final LocalDate AS_OF = LocalDate.of(2019, 6, 1);

  private LifecycleTour() {}

  static ImmutableList<DemoStep> steps() {
    LifecyclePolicy policy = LifecyclePolicy.defaults();
    Certification certification =
        Certification.of("demo-centre", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));
    MaintenanceReport firstReport =
        MaintenanceReport.of(ReportingPeriod.of(2561, PeriodKind.H1), LocalDate.of(2018, 4, 20));
    CentreLifecycle lifecycle =
        CentreLifecycle.of(
            Centre.of(
                "demo-centre", ImmutableList.of(certification), ImmutableList.of(firstReport)),
            policy);
    DateRange validity = lifecycle.validity(certification);
    DateRange fiscalValidity = certification.validity(ValidityPolicy.FISCAL_YEARS);
    String calendar =
        lifecycle.obligations(AS_OF).stream()
            .map(LifecycleTour::describe)
            .collect(Collectors.joining("; "));
    return ImmutableList.of(
        new DemoStep(
            "Validity",
            "A certification is valid for 3 years. Certified in round "
                + certification.round().getValue()
                + " on "
                + certification.certifiedOn()
                + ", the centre is valid from "
                + validity.startInclusive()
                + " to "
                + validity.endInclusive()
                + " ("
                + policy.validity().name()
                + ", the library's default). Counted as three fiscal years from the round instead ("
                + ValidityPolicy.FISCAL_YEARS.name()
                + "), it would end on "
                + fiscalValidity.endInclusive()
                + ". On "
                + AS_OF
                + " it is "
                + lifecycle.statusOn(certification, AS_OF)
                + "."),
        new DemoStep(
            "Report calendar",
            "While certified, the centre sends citizen-satisfaction results and a Self Checklist "
                + "for each half-year (October-March) and each fiscal year, from the fiscal year "
                + "after its round, for every period that ends within its validity. Each report is "
                + "due "
                + ReportPolicy.DEFAULT_DUE_AFTER_DAYS
                + " days after its period ends (a library default; the circulars set no date). "
                + "It sent its first report on "
                + firstReport.submittedOn()
                + ". As of "
                + AS_OF
                + ": "
                + calendar
                + "."));
  }

  private static String describe(ObligationState state) {
    return state.period().fiscalYear()
        + " "
        + state.period().kind()
        + " ("
        + state.obligation().range()
        + ") due "
        + state.obligation().due()
        + ": "
        + state.status();
  }
}
