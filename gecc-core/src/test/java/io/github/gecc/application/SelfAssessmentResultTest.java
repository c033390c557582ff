package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfAssessmentResultTest {

  @Test
  void theGateIsReachedFromItsPointsOn() {
    assertThat(SelfAssessments.points(60).reachesGate()).isTrue();
    assertThat(SelfAssessments.points(59).reachesGate()).isFalse();
  }

  @Test
  void sixtyPointsWithoutEveryBasicCriterionReachTheGateButMayNotApply() {
    SelfAssessmentResult result = SelfAssessments.met(36, 12);
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.reachesGate()).isTrue();
    assertThat(result.meetsApplicationRequirements()).isFalse();
    assertThat(result.mayApply()).isFalse();
  }

  @Test
  void everyBasicAndTenAdvancedMayApply() {
    SelfAssessmentResult result = SelfAssessments.met(40, 10);
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.mayApply()).isTrue();
  }

  @Test
  void theFiguresComeFromTheRulebook() {
    SelfAssessmentResult result = SelfAssessments.met(39, 20);
    assertThat(result.rulebook()).isEqualTo("GECC-2560");
    assertThat(result.points()).isEqualTo(79);
    assertThat(result.gate()).isEqualTo(60);
    assertThat(result.maxPoints()).isEqualTo(80);
    assertThat(result.mayApply()).isFalse();
  }

  @Test
  void aCommitteeAssessmentIsRefused() {
    assertThatThrownBy(
            () ->
                SelfAssessmentResult.of(
                    Assessment.ofMet(
                        BundledRulebooks.gecc2560(), AssessmentKind.COMMITTEE, List.of("B01"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind SELF_ASSESSMENT");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(SelfAssessments.met(40, 10), SelfAssessments.met(40, 10))
        .addEqualityGroup(SelfAssessments.met(40, 11))
        .addEqualityGroup(SelfAssessments.committee(40, 10))
        .testEquals();
  }

  @Test
  void aBlankViolationMessageIsRefused() {
    assertThatThrownBy(() -> Violation.of(ViolationCode.WINDOW_CLOSED, "", "late"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a Thai message");
  }

  @Test
  void aBlankOrganisationIdIsRefused() {
    assertThatThrownBy(
            () ->
                Organisation.of(
                    OrganisationKind.DISTRICT_OFFICE,
                    false,
                    java.util.Optional.of(" "),
                    java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organisation id is blank");
  }
}
