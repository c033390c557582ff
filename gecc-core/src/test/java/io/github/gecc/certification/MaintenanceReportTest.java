package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MaintenanceReportTest {

  private static final ReportingPeriod H1 = ReportingPeriod.of(2561, PeriodKind.H1);

  @Test
  void carriesResultsAndChecklist() {
    MaintenanceReport report =
        MaintenanceReport.builder()
            .period(H1)
            .submittedOn(LocalDate.of(2018, 4, 20))
            .satisfaction(SatisfactionResult.of(120, 4.6))
            .putChecklist("M01", true)
            .putChecklist("M02", false)
            .build();
    assertThat(report.satisfaction()).contains(SatisfactionResult.of(120, 4.6));
    assertThat(report.checklist()).containsEntry("M02", false).hasSize(2);
  }

  @Test
  void resultsAndChecklistAreOptional() {
    MaintenanceReport report = MaintenanceReport.of(H1, LocalDate.of(2018, 4, 20));
    assertThat(report.satisfaction()).isEmpty();
    assertThat(report.checklist()).isEmpty();
  }

  @Test
  void refusesABlankChecklistId() {
    assertThatThrownBy(
            () ->
                MaintenanceReport.builder()
                    .period(H1)
                    .submittedOn(LocalDate.of(2018, 4, 20))
                    .putChecklist(" ", true)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("checklist criterion id must not be blank");
  }

  @Test
  void refusesAMissingPeriod() {
    assertThatThrownBy(
            () -> MaintenanceReport.builder().submittedOn(LocalDate.of(2018, 4, 20)).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("period");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            MaintenanceReport.of(H1, LocalDate.of(2018, 4, 20)),
            MaintenanceReport.of(H1, LocalDate.of(2018, 4, 20)))
        .addEqualityGroup(MaintenanceReport.of(H1, LocalDate.of(2018, 4, 21)))
        .addEqualityGroup(
            MaintenanceReport.of(
                ReportingPeriod.of(2561, PeriodKind.FY), LocalDate.of(2018, 4, 20)))
        .testEquals();
  }
}
