package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.gecc.RefusalException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CommitteeResultTest {

  private static final Rulebook GECC_2560 =
      RulebookRegistry.bundled().byId("GECC-2560").orElseThrow();

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
  void aPassingCommitteeAssessmentCertifies() {
    CommitteeResult result = GECC_2560.committeeResult(met(40, 10));
    assertThat(result.certified()).isTrue();
    assertThat(result.outcome()).isEqualTo("CERTIFIED");
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.rulebook()).isEqualTo("GECC-2560");
  }

  @Test
  void sixtyPointsWithoutAllBasicCriteriaDoNotCertify() {
    CommitteeResult result = GECC_2560.committeeResult(met(36, 12));
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.certified()).isFalse();
    assertThat(result.outcome()).isEqualTo("NOT_CERTIFIED");
  }

  @Test
  void noCriterionMetIsAResultOfZeroPointsNotCertified() {
    CommitteeResult result = GECC_2560.committeeResult(List.of());
    assertThat(result.points()).isZero();
    assertThat(result.certified()).isFalse();
  }

  @Test
  void aSelfAssessmentCannotCertify() {
    Assessment self = Assessment.ofMet(GECC_2560, AssessmentKind.SELF_ASSESSMENT, met(40, 20));
    assertThatThrownBy(() -> CommitteeResult.of(self))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.22");
              assertThat(e.path()).hasToString("assessment.kind");
              assertThat(e.value()).contains("SELF_ASSESSMENT");
              assertThat(e.thai()).contains("SELF_ASSESSMENT");
            })
        .hasMessageContaining("kind COMMITTEE");
  }

  @Test
  void anUnknownCriterionIsRefusedAtItsPlaceInTheList() {
    assertThatThrownBy(() -> GECC_2560.committeeResult(List.of("B01", "B99")))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.20");
              assertThat(e.path()).hasToString("met[1]");
              assertThat(e.value()).contains("B99");
            })
        .hasMessageContaining("not in rulebook GECC-2560");
  }

  @Test
  void resultsAreEqualWhenTheirAssessmentsAre() {
    new EqualsTester()
        .addEqualityGroup(
            GECC_2560.committeeResult(met(40, 10)),
            GECC_2560.committeeResult(met(40, 10)),
            CommitteeResult.of(Assessment.ofMet(GECC_2560, AssessmentKind.COMMITTEE, met(40, 10))))
        .addEqualityGroup(GECC_2560.committeeResult(met(40, 11)))
        .testEquals();
  }

  @Test
  void aSelfAssessmentResultCarriesTheGate() {
    SelfAssessmentResult result = GECC_2560.selfAssessment(met(36, 12));
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.gate()).isEqualTo(60);
    assertThat(result.maxPoints()).isEqualTo(80);
    assertThat(result.reachesGate()).isTrue();
  }

  @Test
  void aCommitteeAssessmentIsNoSelfAssessment() {
    assertThatThrownBy(
            () ->
                SelfAssessmentResult.of(
                    Assessment.ofMet(GECC_2560, AssessmentKind.COMMITTEE, met(40, 20))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("kind SELF_ASSESSMENT");
  }
}
