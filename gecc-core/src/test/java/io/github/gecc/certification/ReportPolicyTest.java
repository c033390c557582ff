package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportPolicyTest {

  private static final ReportingPeriod H1_2561 = ReportingPeriod.of(2561, PeriodKind.H1);

  @Test
  void defaultIsThirtyDaysAndNoThreshold() {
    assertThat(ReportPolicy.defaults().dueAfterDays()).isEqualTo(30);
    assertThat(ReportPolicy.defaults().satisfactionThreshold()).isEmpty();
    assertThat(ReportPolicy.defaults().dueDate(H1_2561)).isEqualTo(LocalDate.of(2018, 4, 30));
  }

  @Test
  void dueAfterSetsTheOffset() {
    assertThat(ReportPolicy.dueAfter(0).dueDate(H1_2561)).isEqualTo(LocalDate.of(2018, 3, 31));
    assertThat(ReportPolicy.dueAfter(45).dueDate(ReportingPeriod.of(2561, PeriodKind.FY)))
        .isEqualTo(LocalDate.of(2018, 11, 14));
  }

  @Test
  void refusesANegativeOffset() {
    assertThatThrownBy(() -> ReportPolicy.dueAfter(-1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("report due days -1 are outside 0..3660");
  }

  @Test
  void refusesAnInfiniteThreshold() {
    assertThatThrownBy(
            () -> ReportPolicy.builder().satisfactionThreshold(Double.POSITIVE_INFINITY).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("satisfactionThreshold Infinity is not a finite number");
  }

  static Stream<Arguments> thresholds() {
    return Stream.of(
        Arguments.of(80.0, 79.9, true),
        Arguments.of(80.0, 80.0, false),
        Arguments.of(80.0, 95.0, false),
        Arguments.of(Double.NaN, 10.0, false));
  }

  @ParameterizedTest
  @MethodSource("thresholds")
  void flagsAScoreUnderTheThreshold(double threshold, double score, boolean flagged) {
    ReportPolicy.Builder builder = ReportPolicy.builder();
    if (!Double.isNaN(threshold)) {
      builder.satisfactionThreshold(threshold);
    }
    MaintenanceReport report =
        MaintenanceReport.builder()
            .period(H1_2561)
            .submittedOn(LocalDate.of(2018, 4, 1))
            .satisfaction(SatisfactionResult.of(100, score))
            .build();
    assertThat(builder.build().isBelowThreshold(report)).isEqualTo(flagged);
  }

  @Test
  void aReportWithoutResultsIsNeverFlagged() {
    ReportPolicy policy = ReportPolicy.builder().satisfactionThreshold(80).build();
    assertThat(policy.isBelowThreshold(MaintenanceReport.of(H1_2561, LocalDate.of(2018, 4, 1))))
        .isFalse();
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ReportPolicy.defaults(), ReportPolicy.dueAfter(30))
        .addEqualityGroup(ReportPolicy.dueAfter(60))
        .addEqualityGroup(ReportPolicy.builder().satisfactionThreshold(80).build())
        .testEquals();
  }

  @Test
  void aPolicyThatSetsOnlyAThresholdKeepsTheDefaultDueDays() {
    ReportPolicy policy = ReportPolicy.builder().satisfactionThreshold(80).build();
    assertThat(policy.dueAfterDays()).isEqualTo(ReportPolicy.DEFAULT_DUE_AFTER_DAYS);
    assertThat(policy.dueDate(ReportingPeriod.of(2561, PeriodKind.H1)))
        .isEqualTo(LocalDate.of(2018, 4, 30));
  }
}
