package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class SelfAssessmentResultTest {

  @Test
  void theGateIsReachedFromItsPointsOn() {
    assertThat(SelfAssessmentResult.of("GECC-2560", 60, 60, 80).reachesGate()).isTrue();
    assertThat(SelfAssessmentResult.of("GECC-2560", 59, 60, 80).reachesGate()).isFalse();
  }

  @Test
  void pointsAboveTheMaximumAreRefused() {
    assertThatThrownBy(() -> SelfAssessmentResult.of("GECC-2560", 81, 60, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points 81 are outside 0..80");
  }

  @Test
  void aGateAboveTheMaximumIsRefused() {
    assertThatThrownBy(() -> SelfAssessmentResult.of("GECC-2560", 10, 81, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("gate 81 is outside 0..80");
  }

  @Test
  void aBlankRulebookIsRefused() {
    assertThatThrownBy(() -> SelfAssessmentResult.of(" ", 10, 60, 80))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rulebook id is blank");
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(SelfAssessmentResult.of("GECC-2560", 60, 60, 80), SelfAssessmentResult.of("GECC-2560", 60, 60, 80))
        .addEqualityGroup(SelfAssessmentResult.of("GECC-2560", 61, 60, 80))
        .addEqualityGroup(CommitteeResult.of("GECC-2560", 61, true, "CERTIFIED"))
        .testEquals();
  }

  @Test
  void aCommitteeResultWithNegativePointsIsRefused() {
    assertThatThrownBy(() -> CommitteeResult.of("GECC-2560", -1, false, "NOT_CERTIFIED"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points >= 0");
  }

  @Test
  void aBlankViolationMessageIsRefused() {
    assertThatThrownBy(() -> Violation.of(ViolationCode.WINDOW_CLOSED, "", "late"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a Thai message");
  }

  @Test
  void aBlankOrganisationIdIsRefused() {
    assertThatThrownBy(() -> Organisation.of(OrganisationKind.DISTRICT_OFFICE, false, java.util.Optional.of(" "), java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organisation id is blank");
  }
}
