package io.github.gecc.testing.assertj;

import io.github.gecc.application.CheckResult;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.rules.Evaluation;
import java.util.List;

/**
 * Entry point of the domain assertions for test suites that check certification logic. Import
 * statically next to AssertJ's own:
 *
 * <pre>{@code
 * import static io.github.gecc.testing.assertj.GeccAssertions.assertThat;
 *
 * assertThat(rulebook.evaluate(assessment)).isNotCertified().hasUnmetBasic("B17");
 * assertThat(checker.check(application)).isRefused().hasViolation(ViolationCode.WINDOW_CLOSED);
 * assertThat(certification).isValidOn(LocalDate.of(2019, 6, 1));
 * assertThatObligations(lifecycle.obligations(asOf)).hasStatus(2561, PeriodKind.H1, ReportStatus.ON_TIME);
 * }</pre>
 *
 * <p>{@code gecc-test-support} brings AssertJ, JUnit 5 and jqwik with it: one test-scope dependency
 * is all a suite needs.
 */
public final class GeccAssertions {

  private GeccAssertions() {}

  /**
   * Starts assertions on an evaluation.
   *
   * @param evaluation the evaluation
   * @return the assertion
   */
  public static EvaluationAssert assertThat(Evaluation evaluation) {
    return new EvaluationAssert(evaluation);
  }

  /**
   * Starts assertions on an application check.
   *
   * @param result the check result
   * @return the assertion
   */
  public static CheckResultAssert assertThat(CheckResult result) {
    return new CheckResultAssert(result);
  }

  /**
   * Starts assertions on a certification's validity, under {@link ValidityPolicy#YEARS_FROM_DATE}.
   *
   * @param certification the certification
   * @return the assertion
   */
  public static CertificationAssert assertThat(Certification certification) {
    return new CertificationAssert(certification, ValidityPolicy.YEARS_FROM_DATE);
  }

  /**
   * Starts assertions on a schedule of obligations judged as of a date.
   *
   * @param obligations the obligations, as {@code CentreLifecycle.obligations(asOf)} gives them
   * @return the assertion
   */
  public static ObligationsAssert assertThatObligations(List<ObligationState> obligations) {
    return new ObligationsAssert(obligations);
  }
}
