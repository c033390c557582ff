package io.github.gecc.testing.assertj;

import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.ReportStatus;
import io.github.gecc.certification.ReportingPeriod;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on a centre's maintenance-report schedule judged as of a date (RULES.md §6):
 * {@code assertThatObligations(lifecycle.obligations(asOf)).owes(2561, H1).hasStatus(2561, H1,
 * ON_TIME).doesNotOwe(2563, FY)}.
 */
public final class ObligationsAssert
    extends AbstractAssert<ObligationsAssert, List<ObligationState>> {

  ObligationsAssert(List<ObligationState> actual) {
    super(actual, ObligationsAssert.class);
  }

  /**
   * Checks that a period is owed.
   *
   * @param fiscalYear the BE fiscal year of the period
   * @param kind {@code H1} or {@code FY}
   * @return this assertion
   */
  public ObligationsAssert owes(int fiscalYear, PeriodKind kind) {
    if (find(fiscalYear, kind).isEmpty()) {
      throw failure("expected FY%d %s to be owed; the schedule is %s", fiscalYear, kind, periods());
    }
    return this;
  }

  /**
   * Checks that a period is not owed.
   *
   * @param fiscalYear the BE fiscal year of the period
   * @param kind {@code H1} or {@code FY}
   * @return this assertion
   */
  public ObligationsAssert doesNotOwe(int fiscalYear, PeriodKind kind) {
    if (find(fiscalYear, kind).isPresent()) {
      failWithMessage(
          "expected FY%d %s not to be owed; the schedule is %s", fiscalYear, kind, periods());
    }
    return this;
  }

  /**
   * Checks the status of a period's report.
   *
   * @param fiscalYear the BE fiscal year of the period
   * @param kind {@code H1} or {@code FY}
   * @param status the expected status
   * @return this assertion
   */
  public ObligationsAssert hasStatus(int fiscalYear, PeriodKind kind, ReportStatus status) {
    ObligationState state =
        find(fiscalYear, kind)
            .orElseThrow(
                () ->
                    failure(
                        "FY%d %s is not owed; the schedule is %s", fiscalYear, kind, periods()));
    if (state.status() != status) {
      failWithMessage(
          "expected FY%d %s to be %s but it was %s", fiscalYear, kind, status, state.status());
    }
    return this;
  }

  /**
   * Checks the due day of a period's report.
   *
   * @param fiscalYear the BE fiscal year of the period
   * @param kind {@code H1} or {@code FY}
   * @param due the expected due day
   * @return this assertion
   */
  public ObligationsAssert isDueOn(int fiscalYear, PeriodKind kind, LocalDate due) {
    ObligationState state =
        find(fiscalYear, kind)
            .orElseThrow(
                () ->
                    failure(
                        "FY%d %s is not owed; the schedule is %s", fiscalYear, kind, periods()));
    if (!state.obligation().due().equals(due)) {
      failWithMessage(
          "expected FY%d %s to be due on %s but it is due on %s",
          fiscalYear, kind, due, state.obligation().due());
    }
    return this;
  }

  private Optional<ObligationState> find(int fiscalYear, PeriodKind kind) {
    isNotNull();
    ReportingPeriod period = ReportingPeriod.of(fiscalYear, kind);
    return actual.stream().filter(s -> s.period().equals(period)).findFirst();
  }

  private String periods() {
    return actual.stream()
        .map(s -> s.period() + "=" + s.status())
        .collect(Collectors.joining(", ", "[", "]"));
  }
}
