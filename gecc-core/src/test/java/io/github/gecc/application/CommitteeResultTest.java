package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeResultTest {

  private static final Rulebook GECC_2560 = RulebookRegistry.bundled().byId("GECC-2560").orElseThrow();

  private static List<String> met(int basic, int advanced) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= basic; i++) {
      ids.add(String.format("B%02d", i));
    }
    for (int i = 1; i <= advanced; i++) {
      ids.add(String.format("A%02d", i));
    }
    return ids;
  }

  @Test
  void aPassingCommitteeEvaluationCertifies() {
    CommitteeResult result =
        CommitteeResult.from(GECC_2560.evaluate(Assessment.ofMet(GECC_2560, AssessmentKind.COMMITTEE, met(40, 10))));
    assertThat(result.certified()).isTrue();
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.rulebook()).isEqualTo("GECC-2560");
  }

  @Test
  void sixtyPointsWithoutAllBasicCriteriaDoNotCertify() {
    CommitteeResult result =
        CommitteeResult.from(GECC_2560.evaluate(Assessment.ofMet(GECC_2560, AssessmentKind.COMMITTEE, met(36, 12))));
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.certified()).isFalse();
  }

  @Test
  void aSelfAssessmentCannotCertify() {
    assertThatThrownBy(
            () -> CommitteeResult.from(
                GECC_2560.evaluate(Assessment.ofMet(GECC_2560, AssessmentKind.SELF_ASSESSMENT, met(40, 20)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind COMMITTEE");
  }

  @Test
  void aSelfAssessmentResultCarriesTheGate() {
    SelfAssessmentResult result =
        SelfAssessmentResult.from(GECC_2560.evaluate(Assessment.ofMet(GECC_2560, AssessmentKind.SELF_ASSESSMENT, met(36, 12))));
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.gate()).isEqualTo(60);
    assertThat(result.maxPoints()).isEqualTo(80);
    assertThat(result.reachesGate()).isTrue();
  }

  @Test
  void aCommitteeEvaluationIsNoSelfAssessment() {
    assertThatThrownBy(
            () -> SelfAssessmentResult.from(
                GECC_2560.evaluate(Assessment.ofMet(GECC_2560, AssessmentKind.COMMITTEE, met(40, 20)))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind SELF_ASSESSMENT");
  }

  @Test
  void zeroPointsIsAResultAndFewerAreRefused() {
    assertThat(CommitteeResult.of("GECC-2560", 0, false, "NOT_CERTIFIED").points()).isZero();
    assertThatThrownBy(() -> CommitteeResult.of("GECC-2560", -1, false, "NOT_CERTIFIED"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points >= 0");
  }
}
