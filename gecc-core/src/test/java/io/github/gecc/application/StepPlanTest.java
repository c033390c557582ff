package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.FiscalYear;
import org.junit.jupiter.api.Test;

class StepPlanTest {

  @Test
  void sevenStepsFollowTheCircular() {
    assertThat(StepPlan.sevenSteps().steps())
        .extracting(Step::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 7);
    assertThat(StepPlan.sevenSteps().steps())
        .extracting(Step::action)
        .containsExactly(
            StepAction.BRIEFING,
            StepAction.SELF_ASSESSMENT,
            StepAction.SELF_ASSESSMENT_GATE,
            StepAction.GOVERNOR_APPROVAL,
            StepAction.APPLICATION_FORM,
            StepAction.SUBMISSION,
            StepAction.SITE_ASSESSMENT,
            StepAction.CERTIFICATION);
  }

  @Test
  void eachLibraryPlanCarriesItsNameAndSource() {
    assertThat(StepPlan.sevenSteps().name()).isEqualTo("LOCAL_GOVERNMENT_SEVEN_STEPS");
    assertThat(StepPlan.paper().name()).isEqualTo("PAPER");
    assertThat(StepPlan.online().name()).isEqualTo("ONLINE");
    assertThat(StepPlan.of(StepPlan.online().steps()).name()).isEqualTo("OTHER");
    assertThat(StepPlan.online().source()).contains("GECC Online");
    assertThatThrownBy(() -> StepPlan.of(" ", "s", StepPlan.online().steps()))
        .isInstanceOfSatisfying(
            io.github.gecc.RefusalException.class,
            refusal -> assertThat(refusal.rule()).isEqualTo("7.11"));
  }

  @Test
  void theSevenStepsAreLocalGovernmentsOnly() {
    Rounds calendar = Rounds.bundled();
    ApplicationWindow paper2560 = calendar.window(FiscalYear.of(2560)).orElseThrow();
    for (OrganisationKind kind : OrganisationKind.values()) {
      assertThat(StepPlan.forRound(paper2560, kind))
          .isEqualTo(kind.isLocalGovernment() ? StepPlan.sevenSteps() : StepPlan.paper());
      assertThat(StepPlan.forRound(calendar.window(FiscalYear.of(2567)).orElseThrow(), kind))
          .isEqualTo(StepPlan.online());
    }
    assertThat(StepPlan.paper().step(StepAction.GOVERNOR_APPROVAL)).isEmpty();
    assertThat(StepPlan.paper().step(StepAction.BRIEFING)).isEmpty();
    assertThat(StepPlan.paper().steps()).extracting(Step::number).containsExactly(1, 2, 3, 4, 5, 6);
  }

  @Test
  void everyStepActionHasAThaiName() {
    for (StepAction action : StepAction.values()) {
      assertThat(action.thai()).isNotBlank().doesNotContainPattern("[A-Za-z]");
    }
  }

  @Test
  void forWindowChoosesByChannel() {
    Rounds calendar = Rounds.bundled();
    assertThat(StepPlan.forWindow(calendar.window(FiscalYear.of(2560)).orElseThrow()))
        .isEqualTo(StepPlan.sevenSteps());
    assertThat(StepPlan.forWindow(calendar.window(FiscalYear.of(2567)).orElseThrow()))
        .isEqualTo(StepPlan.online());
  }

  @Test
  void beforeListsTheEarlierSteps() {
    assertThat(StepPlan.online().before(StepAction.SUBMISSION))
        .extracting(Step::action)
        .containsExactly(StepAction.SELF_ASSESSMENT, StepAction.SELF_ASSESSMENT_GATE);
    assertThat(StepPlan.online().before(StepAction.BRIEFING)).isEmpty();
  }

  @Test
  void aRepeatedActionIsRefused() {
    Step self = Step.of(1, StepAction.SELF_ASSESSMENT, "ก", "a");
    assertThatThrownBy(() -> StepPlan.of(ImmutableList.of(self, self)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("repeats the action SELF_ASSESSMENT");
  }

  @Test
  void aPlanWithoutSiteAssessmentIsRefused() {
    assertThatThrownBy(
            () ->
                StepPlan.of(
                    ImmutableList.of(
                        Step.of(1, StepAction.SELF_ASSESSMENT, "ก", "a"),
                        Step.of(2, StepAction.SUBMISSION, "ข", "b"),
                        Step.of(3, StepAction.CERTIFICATION, "ค", "c"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("lacks SITE_ASSESSMENT");
  }

  @Test
  void aPlanThatCertifiesBeforeTheSiteAssessmentIsRefused() {
    assertThatThrownBy(
            () ->
                StepPlan.of(
                    ImmutableList.of(
                        Step.of(1, StepAction.SELF_ASSESSMENT, "ก", "a"),
                        Step.of(2, StepAction.SUBMISSION, "ข", "b"),
                        Step.of(3, StepAction.CERTIFICATION, "ค", "c"),
                        Step.of(4, StepAction.SITE_ASSESSMENT, "ง", "d"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("puts CERTIFICATION too early");
  }

  @Test
  void aStepNumberBelowOneIsRefused() {
    assertThatThrownBy(() -> Step.of(0, StepAction.BRIEFING, "ก", "a"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a number >= 1");
  }

  @Test
  void aPlanIsAValueOfItsStepsAndListsThemByNumber() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(
            StepPlan.sevenSteps(),
            StepPlan.of(
                StepPlan.LOCAL_GOVERNMENT_SEVEN_STEPS,
                StepPlan.sevenSteps().source(),
                StepPlan.sevenSteps().steps()))
        .addEqualityGroup(StepPlan.of(StepPlan.sevenSteps().steps()))
        .addEqualityGroup(StepPlan.online())
        .testEquals();
    assertThat(StepPlan.sevenSteps().hashCode())
        .isEqualTo(
            StepPlan.of(
                    StepPlan.LOCAL_GOVERNMENT_SEVEN_STEPS,
                    StepPlan.sevenSteps().source(),
                    StepPlan.sevenSteps().steps())
                .hashCode());
    Step first = StepPlan.sevenSteps().steps().get(0);
    assertThat(StepPlan.sevenSteps().toString()).contains(first.number() + ":" + first.action());
  }
}
