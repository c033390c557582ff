package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import io.github.gecc.RefusalException;
import java.time.LocalDate;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ObligationTest {

  private static final ReportingPeriod H1_2561 = ReportingPeriod.of(2561, PeriodKind.H1);
  private static final Obligation OWED = Obligation.of(H1_2561, ReportPolicy.defaults());

  @Test
  void dueThirtyDaysAfterThePeriodByDefault() {
    assertThat(OWED.due()).isEqualTo(LocalDate.of(2018, 4, 30));
    assertThat(OWED.range().startInclusive()).isEqualTo(LocalDate.of(2017, 10, 1));
    assertThat(OWED).hasToString("FY2561 H1 due 2018-04-30");
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        // submittedOn (or null), asOf, status
        Arguments.of("2018-04-20", "2019-06-01", ReportStatus.ON_TIME),
        Arguments.of("2018-04-30", "2019-06-01", ReportStatus.ON_TIME),
        Arguments.of("2018-05-01", "2019-06-01", ReportStatus.LATE),
        // DECISION: a report sent before its period ends is on time.
        Arguments.of("2018-03-01", "2019-06-01", ReportStatus.ON_TIME),
        // DECISION: as of a day only reports sent by that day count (BMA กท 0303/1156).
        Arguments.of("2018-05-01", "2018-01-01", ReportStatus.NOT_YET_DUE),
        Arguments.of("2018-04-20", "2018-04-01", ReportStatus.NOT_YET_DUE),
        Arguments.of("2018-04-20", "2018-04-19", ReportStatus.NOT_YET_DUE),
        Arguments.of("2018-04-20", "2018-04-20", ReportStatus.ON_TIME),
        Arguments.of("2018-06-01", "2018-05-31", ReportStatus.MISSING),
        Arguments.of("2018-06-01", "2018-06-01", ReportStatus.LATE),
        Arguments.of(null, "2018-04-29", ReportStatus.NOT_YET_DUE),
        // DECISION: the due day itself is still not yet due.
        Arguments.of(null, "2018-04-30", ReportStatus.NOT_YET_DUE),
        Arguments.of(null, "2018-05-01", ReportStatus.MISSING));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void statusOn(String submittedOn, String asOf, ReportStatus expected) {
    MaintenanceReport report =
        submittedOn == null ? null : MaintenanceReport.of(H1_2561, LocalDate.parse(submittedOn));
    ReportStatus status =
        report == null
            ? OWED.statusOn(LocalDate.parse(asOf))
            : OWED.statusOn(report, LocalDate.parse(asOf));
    assertThat(status).isEqualTo(expected);
  }

  @Test
  void refusesAReportForAnotherPeriod() {
    MaintenanceReport other =
        MaintenanceReport.of(ReportingPeriod.of(2561, PeriodKind.FY), LocalDate.of(2018, 10, 1));
    assertThatThrownBy(() -> OWED.statusOn(other, LocalDate.of(2019, 1, 1)))
        .isInstanceOfSatisfying(RefusalException.class, e -> assertThat(e.rule()).isEqualTo("6.8"))
        .hasMessageContaining("report for FY2561 FY does not answer the obligation for FY2561 H1");
  }

  @Test
  void refusesADueDayBeforeThePeriodEnds() {
    assertThatThrownBy(() -> Obligation.of(H1_2561, LocalDate.of(2018, 3, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "due day 2018-03-30 of FY2561 H1 is before the period ends on 2018-03-31");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(OWED, Obligation.of(H1_2561, LocalDate.of(2018, 4, 30)))
        .addEqualityGroup(Obligation.of(H1_2561, LocalDate.of(2018, 5, 30)))
        .addEqualityGroup(
            Obligation.of(ReportingPeriod.of(2561, PeriodKind.FY), LocalDate.of(2018, 10, 30)))
        .testEquals();
  }

  @Property
  void aFinalStatusNeverChangesAndAMissingReportOnlyBecomesLate(
      @ForAll @IntRange(min = -200, max = 200) int submittedOffset,
      @ForAll boolean submitted,
      @ForAll @IntRange(min = -400, max = 400) int earlier,
      @ForAll @IntRange(min = 0, max = 400) int step) {
    MaintenanceReport report =
        submitted ? MaintenanceReport.of(H1_2561, OWED.due().plusDays(submittedOffset)) : null;
    LocalDate first = OWED.due().plusDays(earlier);
    ReportStatus before = report == null ? OWED.statusOn(first) : OWED.statusOn(report, first);
    ReportStatus after =
        report == null
            ? OWED.statusOn(first.plusDays(step))
            : OWED.statusOn(report, first.plusDays(step));
    if (before.isFinal()) {
      assertThat(after).isEqualTo(before);
    } else if (before == ReportStatus.MISSING) {
      assertThat(after).isIn(ReportStatus.MISSING, ReportStatus.LATE, ReportStatus.INCOMPLETE);
    }
  }

  @Test
  void aReportLackingAPartIsIncompleteNotOnTime() {
    MaintenanceReport satisfactionOnly =
        MaintenanceReport.builder()
            .period(H1_2561)
            .submittedOn(LocalDate.of(2018, 4, 20))
            .parts(ImmutableSet.of(ReportPart.SATISFACTION_RESULTS))
            .build();
    assertThat(satisfactionOnly.missingParts()).containsExactly(ReportPart.SELF_CHECKLIST);
    assertThat(satisfactionOnly.isComplete()).isFalse();
    assertThat(OWED.statusOn(satisfactionOnly, LocalDate.of(2019, 6, 1)))
        .isEqualTo(ReportStatus.INCOMPLETE);
    assertThat(OWED.statusOn(satisfactionOnly, LocalDate.of(2018, 4, 19)))
        .isEqualTo(ReportStatus.NOT_YET_DUE);
  }

  @Test
  void aReportCarryingBothPartsIsJudgedByItsDate() {
    MaintenanceReport both =
        MaintenanceReport.builder()
            .period(H1_2561)
            .submittedOn(LocalDate.of(2018, 5, 1))
            .parts(ImmutableSet.copyOf(ReportPart.values()))
            .build();
    assertThat(both.isComplete()).isTrue();
    assertThat(both.missingParts()).isEmpty();
    assertThat(OWED.statusOn(both, LocalDate.of(2019, 6, 1))).isEqualTo(ReportStatus.LATE);
  }

  @Test
  void aReportWithNoPartsRecordedLacksBoth() {
    MaintenanceReport none =
        MaintenanceReport.builder()
            .period(H1_2561)
            .submittedOn(LocalDate.of(2018, 4, 1))
            .parts(ImmutableSet.of())
            .build();
    assertThat(none.missingParts())
        .containsExactly(ReportPart.SATISFACTION_RESULTS, ReportPart.SELF_CHECKLIST);
    assertThat(OWED.statusOn(none, LocalDate.of(2019, 6, 1))).isEqualTo(ReportStatus.INCOMPLETE);
  }

  @Test
  void aReportDatedBeforeItsPeriodBeginsIsRefused() {
    assertThatThrownBy(() -> MaintenanceReport.of(H1_2561, LocalDate.of(2017, 9, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "report for FY2561 H1 submitted on 2017-09-30 is dated before its period begins on 2017-10-01");
    assertThat(MaintenanceReport.of(H1_2561, LocalDate.of(2017, 10, 1)).submittedOn())
        .isEqualTo(LocalDate.of(2017, 10, 1));
  }

  @Test
  void partsThatContradictTheResultsGivenAreRefused() {
    assertThatThrownBy(
            () ->
                MaintenanceReport.builder()
                    .period(H1_2561)
                    .submittedOn(LocalDate.of(2018, 4, 1))
                    .satisfaction(SatisfactionResult.of(100, 4.5))
                    .parts(ImmutableSet.of(ReportPart.SELF_CHECKLIST))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "gives satisfaction results but its parts [SELF_CHECKLIST] leave out SATISFACTION_RESULTS");
    assertThatThrownBy(
            () ->
                MaintenanceReport.builder()
                    .period(H1_2561)
                    .submittedOn(LocalDate.of(2018, 4, 1))
                    .putChecklist("M01", true)
                    .parts(ImmutableSet.of(ReportPart.SATISFACTION_RESULTS))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "gives checklist answers but its parts [SATISFACTION_RESULTS] leave out SELF_CHECKLIST");
  }

  @Test
  void everyPartHasAThaiName() {
    for (ReportPart part : ReportPart.values()) {
      assertThat(part.thai()).isNotBlank();
    }
  }

  @Test
  void aStateAsOfADayLeavesOutAReportSentLater() {
    MaintenanceReport later = MaintenanceReport.of(H1_2561, LocalDate.of(2018, 4, 20));
    ObligationState before =
        ObligationState.answered(OWED, later, LocalDate.of(2018, 4, 19), ReportPolicy.defaults());
    assertThat(before.report()).isEmpty();
    assertThat(before.status()).isEqualTo(ReportStatus.NOT_YET_DUE);
    ObligationState on =
        ObligationState.answered(OWED, later, LocalDate.of(2018, 4, 20), ReportPolicy.defaults());
    assertThat(on.report()).contains(later);
    assertThat(on.status()).isEqualTo(ReportStatus.ON_TIME);
  }

  @Test
  void aStateNeverFlagsTheSatisfactionOfAReportNotYetKnown() {
    MaintenanceReport low =
        MaintenanceReport.builder()
            .period(H1_2561)
            .submittedOn(LocalDate.of(2018, 4, 20))
            .satisfaction(SatisfactionResult.of(100, 1.0))
            .build();
    ReportPolicy strict = ReportPolicy.builder().satisfactionThreshold(3.0).build();
    assertThat(
            ObligationState.answered(OWED, low, LocalDate.of(2018, 4, 1), strict)
                .isBelowThreshold())
        .isFalse();
    assertThat(
            ObligationState.answered(OWED, low, LocalDate.of(2018, 5, 1), strict)
                .isBelowThreshold())
        .isTrue();
  }
}
