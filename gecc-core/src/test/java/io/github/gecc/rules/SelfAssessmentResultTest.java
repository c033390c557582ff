package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.gecc.RefusalException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SelfAssessmentResultTest {

  /** The GECC-2560 self-assessment with the first {@code basic} B and {@code advanced} A met. */
  private static SelfAssessmentResult met(int basic, int advanced) {
    return BundledRulebooks.gecc2560().selfAssessment(ids(basic, advanced));
  }

  /** The GECC-2560 committee result with the first {@code basic} B and {@code advanced} A met. */
  private static CommitteeResult committee(int basic, int advanced) {
    return BundledRulebooks.gecc2560().committeeResult(ids(basic, advanced));
  }

  /** A self-assessment of the given points: basic criteria first, then advanced. */
  private static SelfAssessmentResult points(int points) {
    int basic = Math.min(points, 40);
    int advanced = (points - basic) / 2;
    if (basic + 2 * advanced != points) {
      basic--;
      advanced++;
    }
    return met(basic, advanced);
  }

  private static List<String> ids(int basic, int advanced) {
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
  void theGateIsReachedFromItsPointsOn() {
    assertThat(points(60).reachesGate()).isTrue();
    assertThat(points(59).reachesGate()).isFalse();
  }

  @Test
  void sixtyPointsWithoutEveryBasicCriterionReachTheGateButMayNotApply() {
    SelfAssessmentResult result = met(36, 12);
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.reachesGate()).isTrue();
    assertThat(result.meetsApplicationRequirements()).isFalse();
    assertThat(result.mayApply()).isFalse();
  }

  @Test
  void everyBasicAndTenAdvancedMayApply() {
    SelfAssessmentResult result = met(40, 10);
    assertThat(result.points()).isEqualTo(60);
    assertThat(result.mayApply()).isTrue();
  }

  @Test
  void theFiguresComeFromTheRulebook() {
    SelfAssessmentResult result = met(39, 20);
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
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("3.7");
              assertThat(e.path()).hasToString("assessment.kind");
            })
        .hasMessageContaining("kind SELF_ASSESSMENT");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(met(40, 10), met(40, 10))
        .addEqualityGroup(met(40, 11))
        .addEqualityGroup(committee(40, 10))
        .testEquals();
  }
}
