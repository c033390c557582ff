package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.FiscalYear;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ReportingCascadeTest {

  private static final ReportingCascade C2567 =
      Rounds.bundled().cascade(FiscalYear.of(2567)).orElseThrow();

  static Stream<Arguments> firstApplicationReports() {
    return Stream.of(
        Arguments.of(List.of("DOPA"), "2024-02-28T12:00:00+07:00", "DOPA"),
        Arguments.of(
            List.of("DOPA", "SAKON_NAKHON"), "2024-02-27T23:59:59.999999999+07:00", "SAKON_NAKHON"),
        Arguments.of(
            List.of("SAKON_NAKHON"), "2024-02-27T23:59:59.999999999+07:00", "SAKON_NAKHON"));
  }

  @ParameterizedTest
  @MethodSource("firstApplicationReports")
  void firstApplicationReportIsTheEarliestOfTheChain(List<String> chain, String due, String setBy) {
    ReportingDeadline report = C2567.firstApplicationReport(chain).orElseThrow();
    assertThat(report.due()).isEqualTo(OffsetDateTime.parse(due).toInstant());
    assertThat(report.setBy()).isEqualTo(setBy);
    assertThat(report.purpose()).isEqualTo(DeadlinePurpose.APPLICATION_REPORT);
  }

  @Test
  void aDistrictOfficeMakesOnlySakonNakhonsReportAndTheProvinceMakesDopas() {
    List<String> chain = List.of(ReportingCascade.DOPA, ReportingCascade.SAKON_NAKHON);
    ImmutableList<ReportingDeadline> district =
        C2567.reportsFor(ReportingCascade.DISTRICT_OFFICE, chain);
    assertThat(district).extracting(ReportingDeadline::setBy).containsExactly("SAKON_NAKHON");
    assertThat(district.get(0).reportedTo()).isEqualTo("SAKON_NAKHON");
    assertThat(district.get(0).source())
        .startsWith("Sakon Nakhon สน 0018.1/ว 1532, 26 Jan 2567 (item ๓)");
    ImmutableList<ReportingDeadline> province = C2567.reportsFor(ReportingCascade.PROVINCE, chain);
    assertThat(province).extracting(ReportingDeadline::reportedTo).containsExactly("DOPA", "DOPA");
    assertThat(province)
        .extracting(ReportingDeadline::source)
        .containsExactly(
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567 (item ๒); RULES.md §4 (FACT)",
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567 (item ๔); RULES.md §4 (FACT)");
    assertThat(
            C2567.firstApplicationReport(
                ReportingCascade.DISTRICT_OFFICE, List.of(ReportingCascade.DOPA)))
        .isEmpty();
    assertThat(C2567.firstApplicationReport(ReportingCascade.PROVINCE, chain).orElseThrow().due())
        .isEqualTo(OffsetDateTime.parse("2024-02-28T12:00:00+07:00").toInstant());
  }

  @Test
  void aDeadlineWithoutAReporterIsEveryonesInTheChainAndGoesToWhoSetIt() {
    ReportingDeadline plain =
        ReportingDeadline.onDay(
            FiscalYear.of(2567),
            "X",
            DeadlinePurpose.SURVEY,
            java.time.LocalDate.of(2024, 1, 31),
            "t",
            "s");
    assertThat(plain.reportedBy()).isEmpty();
    assertThat(plain.reportedTo()).isEqualTo("X");
    ReportingCascade cascade = ReportingCascade.of(C2567.window(), List.of(plain));
    assertThat(cascade.reportsFor("ANYONE", List.of("X"))).containsExactly(plain);
    assertThatThrownBy(() -> plain.reported(" ", "X"))
        .isInstanceOfSatisfying(
            io.github.gecc.RefusalException.class,
            refusal -> {
              assertThat(refusal.rule()).isEqualTo("4.17");
              assertThat(refusal.path()).hasToString("reportedBy");
            })
        .hasMessageContaining("has a blank reportedBy");
    assertThat(plain.reported("A", "B").reportedTo()).isEqualTo("B");
  }

  @Test
  void aChainWithoutReportsOwesNone() {
    assertThat(C2567.firstApplicationReport(List.of())).isEmpty();
    assertThat(C2567.firstApplicationReport(List.of("DLA"))).isEmpty();
  }

  @Test
  void accountReportIsListedBeside() {
    ImmutableList<ReportingDeadline> dopa = C2567.reportsFor(List.of("DOPA"));
    assertThat(dopa)
        .extracting(ReportingDeadline::purpose)
        .containsExactly(DeadlinePurpose.ACCOUNT_REPORT, DeadlinePurpose.APPLICATION_REPORT);
    assertThat(dopa.get(0).due())
        .isEqualTo(OffsetDateTime.parse("2024-01-19T23:59:59.999999999+07:00").toInstant());
  }

  @Test
  void aReportPastDueNeverRefusesAnApplicationInsideTheWindow() {
    Application afterReports =
        Application.of(
            FiscalYear.of(2567),
            Organisation.of(OrganisationKind.DISTRICT_OFFICE, false),
            SelfAssessments.met(40, 10),
            OffsetDateTime.parse("2024-02-29T16:00:00+07:00").toInstant(),
            com.google.common.collect.ImmutableSet.of(Channel.ONLINE),
            com.google.common.collect.ImmutableSet.of());
    assertThat(Rounds.bundled().checker().check(afterReports).accepted()).isTrue();
  }

  @Test
  void deadlinesAreSortedEarliestFirst() {
    assertThat(C2567.reports()).extracting(ReportingDeadline::due).isSorted();
  }

  @Test
  void aDeadlineOfAnotherRoundIsRefused() {
    ReportingDeadline other =
        ReportingDeadline.onDay(
            FiscalYear.of(2565),
            "DLA",
            DeadlinePurpose.SURVEY,
            java.time.LocalDate.of(2022, 1, 31),
            "survey",
            "DLA มท 0810.7/ว, Dec 2564");
    assertThatThrownBy(() -> ReportingCascade.of(C2567.window(), List.of(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not belong to the cascade of round 2567");
  }

  @Test
  void blankBodyIsRefused() {
    assertThatThrownBy(
            () ->
                ReportingDeadline.onDay(
                    FiscalYear.of(2567),
                    " ",
                    DeadlinePurpose.SURVEY,
                    java.time.LocalDate.of(2024, 1, 1),
                    "task",
                    "src"))
        .isInstanceOf(io.github.gecc.RefusalException.class)
        .hasMessageContaining("has a blank setBy");
  }

  @Test
  void aCascadeIsAValueOfItsWindowAndReports() {
    ReportingCascade c2565 = Rounds.bundled().cascade(FiscalYear.of(2565)).orElseThrow();
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(C2567, ReportingCascade.of(C2567.window(), C2567.reports().reverse()))
        .addEqualityGroup(ReportingCascade.of(C2567.window(), List.of()))
        .addEqualityGroup(
            ReportingCascade.of(C2567.window(), C2567.reports().subList(1, C2567.reports().size())))
        .addEqualityGroup(c2565)
        .testEquals();
    assertThat(C2567.toString()).contains("round=2567").contains(C2567.reports().get(0).toString());
    assertThat(C2567.hashCode())
        .isNotEqualTo(ReportingCascade.of(C2567.window(), List.of()).hashCode());
  }
}
