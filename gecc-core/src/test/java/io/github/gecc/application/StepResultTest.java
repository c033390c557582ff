package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.gecc.time.FiscalYear;
import org.junit.jupiter.api.Test;

class StepResultTest {

  private static ApplicationProgress start2560() {
    return ApplicationProgress.start(
        Rounds.bundled().checker(),
        FiscalYear.of(2560),
        Organisation.of(OrganisationKind.CITY_MUNICIPALITY, false));
  }

  private static ApplicationProgress start2567() {
    return ApplicationProgress.start(
        Rounds.bundled().checker(),
        FiscalYear.of(2567),
        Organisation.of(OrganisationKind.DISTRICT_OFFICE, false));
  }

  @Test
  void aResultNamesTheActionAskedFor() {
    assertThat(start2560().advance(StepEvent.of(StepAction.BRIEFING)).action())
        .isEqualTo(StepAction.BRIEFING);
    assertThat(start2560().advance(StepEvent.of(StepAction.APPLICATION_FORM)).action())
        .isEqualTo(StepAction.APPLICATION_FORM);
  }

  @Test
  void anAcceptedResultSaysSoAndARefusedOneListsItsViolations() {
    StepResult accepted = start2560().advance(StepEvent.of(StepAction.BRIEFING));
    StepResult refused = start2560().advance(StepEvent.of(StepAction.APPLICATION_FORM));
    assertThat(accepted.toString())
        .contains("BRIEFING")
        .contains("accepted")
        .doesNotContain("refused");
    assertThat(refused.toString())
        .contains("APPLICATION_FORM")
        .contains("refused")
        .contains(refused.violations().get(0).toString());
  }

  @Test
  void aResultIsAValueOfItsActionViolationsAndProgress() {
    new EqualsTester()
        .addEqualityGroup(
            start2560().advance(StepEvent.of(StepAction.BRIEFING)),
            start2560().advance(StepEvent.of(StepAction.BRIEFING)))
        .addEqualityGroup(
            start2560().advance(StepEvent.of(StepAction.APPLICATION_FORM)),
            start2560().advance(StepEvent.of(StepAction.APPLICATION_FORM)))
        .addEqualityGroup(start2560().advance(StepEvent.of(StepAction.GOVERNOR_APPROVAL)))
        .addEqualityGroup(start2567().advance(StepEvent.of(StepAction.APPLICATION_FORM)))
        .testEquals();
  }

  @Test
  void aBlankViolationMessageIsRefused() {
    assertThatThrownBy(() -> Violation.of(ViolationCode.WINDOW_CLOSED, "", "late"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a Thai message");
  }
}
