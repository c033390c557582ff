package io.github.gecc.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gecc.rules.Evaluation;
import org.junit.jupiter.api.Test;

class RulebookTourTest {

  @Test
  void stepsTellTheRulebookTheSelfAssessmentAndTheDecision() {
    assertThat(RulebookTour.steps())
        .extracting(DemoStep::topic)
        .containsExactly(
            "The rulebook", "The centre's self-assessment", "The committee's decision");
  }

  @Test
  void selfAssessmentPassesTheGateButWouldNotBeCertified() {
    // RULES.md §3: 36 basic + 12 advanced = 60 points
    Evaluation self = RulebookTour.selfAssessment();
    assertThat(self.points()).isEqualTo(60);
    assertThat(self.selfAssessmentPassed()).isTrue();
    assertThat(self.certified()).isFalse();
    assertThat(RulebookTour.steps().get(1).text())
        .contains("60 of 80 points")
        .contains("4 not met (B37, B38, B39, B40)")
        .contains(
            "It passes the gate but misses the application requirement, so it may not apply yet")
        .contains("NOT_CERTIFIED");
  }

  @Test
  void committeeCertifiesWithReasons() {
    Evaluation committee = RulebookTour.committeeDecision();
    assertThat(committee.certified()).isTrue();
    assertThat(RulebookTour.steps().get(2).text())
        .contains("Decision: CERTIFIED")
        .contains("every requirement holds");
  }

  @Test
  void rulebookStepDescribesGecc2560FromItsData() {
    assertThat(RulebookTour.steps().get(0).text())
        .contains("40 basic criteria (ขั้นพื้นฐาน) worth 1 point each")
        .contains("20 advanced criteria (ขั้นสูง) worth 2 points each")
        .contains("80 points in all")
        .contains("at least 60 points");
  }
}
