package io.github.gecc.testing.assertj;

import static io.github.gecc.testing.assertj.GeccAssertions.assertThat;
import static io.github.gecc.testing.assertj.GeccAssertions.assertThatObligations;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.application.Application;
import io.github.gecc.application.Channel;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.Rounds;
import io.github.gecc.application.ViolationCode;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.ReportStatus;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.ReasonCode;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The domain assertions as a user's test suite writes them, and the failures they report. */
class GeccAssertionsTest {

  private static final Rulebook GECC_2560 =
      RulebookRegistry.bundled().byId("GECC-2560").orElseThrow();

  private static Evaluation evaluate(int basic, int advanced) {
    return evaluate(AssessmentKind.COMMITTEE, basic, advanced);
  }

  private static Evaluation evaluate(AssessmentKind kind, int basic, int advanced) {
    List<String> met = new ArrayList<>();
    for (int i = 1; i <= basic; i++) {
      met.add(String.format("B%02d", i));
    }
    for (int i = 1; i <= advanced; i++) {
      met.add(String.format("A%02d", i));
    }
    return GECC_2560.evaluate(Assessment.ofMet(GECC_2560, kind, met));
  }

  // --- evaluations ---

  @Test
  void allBasicAndTenAdvancedReadsAsCertified() {
    assertThat(evaluate(40, 10))
        .isCertified()
        .hasOutcome("CERTIFIED")
        .hasPoints(60)
        .passedSelfAssessment();
  }

  @Test
  void thirtySixBasicAndTwelveAdvancedPassTheGateButAreNotCertified() {
    assertThat(evaluate(36, 12))
        .isNotCertified()
        .passedSelfAssessment()
        .hasUnmetBasic("B37", "B40")
        .hasReason(ReasonCode.LEVEL_NOT_ALL_MET);
  }

  @Test
  void isCertifiedFailsWithTheOutcomeAndTheReasons() {
    assertThatThrownBy(() -> assertThat(evaluate(39, 20)).isCertified())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("NOT_CERTIFIED")
        .hasMessageContaining("79/80 points");
  }

  @Test
  void hasUnmetBasicFailsWhenTheCriterionWasMet() {
    assertThatThrownBy(() -> assertThat(evaluate(40, 0)).hasUnmetBasic("B17"))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected B17 to be unmet");
  }

  @Test
  void failedSelfAssessmentFailsAboveTheGate() {
    assertThatThrownBy(() -> assertThat(evaluate(40, 10)).failedSelfAssessment())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("gate of 60 points to fail");
  }

  @Test
  void mayApplyNeedsTheGateAndTheRequirement() {
    assertThat(evaluate(AssessmentKind.SELF_ASSESSMENT, 40, 10)).mayApply();
    assertThat(evaluate(AssessmentKind.SELF_ASSESSMENT, 36, 12))
        .passedSelfAssessment()
        .mayNotApply();
    assertThatThrownBy(
            () -> assertThat(evaluate(AssessmentKind.SELF_ASSESSMENT, 36, 12)).mayApply())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining(
            "the gate passes and the application requirement does not hold (60 points)");
    assertThatThrownBy(
            () -> assertThat(evaluate(AssessmentKind.SELF_ASSESSMENT, 40, 10)).mayNotApply())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("passes the gate and meets the application requirement (60 points)");
  }

  @Test
  void hasReasonFailsAndListsTheReasons() {
    assertThatThrownBy(() -> assertThat(evaluate(40, 10)).hasReason(ReasonCode.POINTS_TOO_LOW))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected a reason POINTS_TOO_LOW");
  }

  // --- application checks ---

  private static CheckResult checkAt(String submittedAt) {
    return Rounds.bundled()
        .checker()
        .check(
            Application.of(
                FiscalYear.of(2567),
                Organisation.of(OrganisationKind.DISTRICT_OFFICE, false),
                SelfAssessmentResult.of(
                    evaluate(AssessmentKind.SELF_ASSESSMENT, 40, 11).assessment()),
                Instant.parse(submittedAt),
                Set.of(Channel.ONLINE),
                Set.of()));
  }

  @Test
  void aLateApplicationReadsAsRefused() {
    assertThat(checkAt("2024-02-29T09:45:00Z"))
        .isRefused()
        .hasViolation(ViolationCode.WINDOW_CLOSED)
        .hasExactlyViolations(ViolationCode.WINDOW_CLOSED);
  }

  @Test
  void anOnTimeApplicationReadsAsAccepted() {
    assertThat(checkAt("2024-02-01T03:00:00Z")).isAccepted();
  }

  @Test
  void isAcceptedFailsWithTheBrokenRules() {
    assertThatThrownBy(() -> assertThat(checkAt("2024-02-29T09:45:00Z")).isAccepted())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("WINDOW_CLOSED");
  }

  @Test
  void hasViolationFailsWhenTheRuleHeld() {
    assertThatThrownBy(
            () ->
                assertThat(checkAt("2024-02-01T03:00:00Z"))
                    .hasViolation(ViolationCode.CHANNEL_MISSING))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected a violation CHANNEL_MISSING");
  }

  // --- certifications ---

  private static final Certification ROUND_2560 =
      Certification.of("bkk-01", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));

  @Test
  void aCertificationIsValidForThreeYears() {
    assertThat(ROUND_2560)
        .isNotYetValidOn(LocalDate.of(2017, 9, 20))
        .isValidOn(LocalDate.of(2017, 9, 21))
        .isValidOn(LocalDate.of(2020, 9, 20))
        .isExpiredOn(LocalDate.of(2020, 9, 21))
        .hasLastValidDay(LocalDate.of(2020, 9, 20));
  }

  @Test
  void underFiscalYearsItEndsOnThirtySeptemberOfRoundPlusTwo() {
    assertThat(ROUND_2560)
        .under(ValidityPolicy.FISCAL_YEARS)
        .hasLastValidDay(LocalDate.of(2019, 9, 30));
  }

  @Test
  void isValidOnFailsWithThePolicyAndTheValidity() {
    assertThatThrownBy(() -> assertThat(ROUND_2560).isValidOn(LocalDate.of(2021, 1, 1)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("EXPIRED")
        .hasMessageContaining("YEARS_FROM_DATE")
        .hasMessageContaining("2017-09-21..2020-09-20");
  }

  // --- schedules ---

  private static List<ObligationState> obligationsOn(LocalDate asOf) {
    MaintenanceReport first =
        MaintenanceReport.of(ReportingPeriod.of(2561, PeriodKind.H1), LocalDate.of(2018, 4, 20));
    Centre centre = Centre.of("bkk-01", List.of(ROUND_2560), List.of(first));
    return CentreLifecycle.of(centre, LifecyclePolicy.defaults()).obligations(asOf);
  }

  @Test
  void theContractExampleReadsAsASchedule() {
    assertThatObligations(obligationsOn(LocalDate.of(2019, 6, 1)))
        .owes(2561, PeriodKind.H1)
        .isDueOn(2561, PeriodKind.H1, LocalDate.of(2018, 4, 30))
        .hasStatus(2561, PeriodKind.H1, ReportStatus.ON_TIME)
        .hasStatus(2561, PeriodKind.FY, ReportStatus.MISSING)
        .hasStatus(2562, PeriodKind.FY, ReportStatus.NOT_YET_DUE)
        .owes(2563, PeriodKind.H1)
        .doesNotOwe(2563, PeriodKind.FY);
  }

  @Test
  void hasStatusFailsWithTheFoundStatus() {
    assertThatThrownBy(
            () ->
                assertThatObligations(obligationsOn(LocalDate.of(2019, 6, 1)))
                    .hasStatus(2561, PeriodKind.FY, ReportStatus.ON_TIME))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected FY2561 FY to be ON_TIME but it was MISSING");
  }

  @Test
  void owesFailsForAPeriodAfterValidity() {
    assertThatThrownBy(
            () ->
                assertThatObligations(obligationsOn(LocalDate.of(2019, 6, 1)))
                    .owes(2563, PeriodKind.FY))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("expected FY2563 FY to be owed");
  }
}
