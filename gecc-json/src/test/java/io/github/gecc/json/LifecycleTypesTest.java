package io.github.gecc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.ObligationState;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportPolicy;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.SatisfactionResult;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class LifecycleTypesTest {

  private final ObjectMapper mapper = GeccJson.mapper();

  private static final Certification R2560 =
      Certification.builder()
          .centreId("bkk-01")
          .round(FiscalYear.of(2560))
          .certifiedOn(LocalDate.of(2017, 9, 21))
          .outcome("CERTIFIED")
          .rulebookId("GECC-2560")
          .build();

  private static final MaintenanceReport FULL_REPORT =
      MaintenanceReport.builder()
          .period(ReportingPeriod.of(2561, PeriodKind.H1))
          .submittedOn(LocalDate.of(2018, 4, 20))
          .satisfaction(SatisfactionResult.of(120, 87.5))
          .putChecklist("M01", true)
          .putChecklist("M02", false)
          .build();

  private <T> T roundTrip(T value, Class<T> type) throws Exception {
    return mapper.readValue(mapper.writeValueAsString(value), type);
  }

  // --- certification ---

  @Test
  void certificationIsWrittenWithItsFields() throws Exception {
    assertThat(mapper.readTree(mapper.writeValueAsString(R2560)))
        .isEqualTo(
            mapper.readTree(
                "{\"centre\":\"bkk-01\",\"round\":2560,\"certifiedOn\":\"2017-09-21\","
                    + "\"outcome\":\"CERTIFIED\",\"rulebook\":\"GECC-2560\"}"));
  }

  @Test
  void certificationRoundTrips() throws Exception {
    assertThat(roundTrip(R2560, Certification.class)).isEqualTo(R2560);
  }

  @Test
  void certificationOutcomeAndRulebookAreOptional() throws Exception {
    Certification read =
        mapper.readValue("{\"centre\":\"c\",\"round\":2567,\"certifiedOn\":\"2024-08-30\"}", Certification.class);
    assertThat(read.outcome()).isEqualTo(Certification.DEFAULT_OUTCOME);
  }

  @Test
  void aCommonEraRoundIsRefusedAtItsPointer() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"centre\":\"c\",\"round\":2017,\"certifiedOn\":\"2017-09-21\"}", Certification.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/round"))
        .hasMessageContaining("did you mean 2560?");
  }

  @Test
  void aDateThatDoesNotFitTheRoundIsRefusedAtCertifiedOn() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"centre\":\"c\",\"round\":2567,\"certifiedOn\":\"2017-09-21\"}", Certification.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/certifiedOn"))
        .hasMessageContaining("does not fit round 2567");
  }

  @Test
  void certificationWithoutCentreIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"round\":2567,\"certifiedOn\":\"2024-08-30\"}", Certification.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/centre"))
        .hasMessageContaining("needs the field 'centre'");
  }

  // --- report ---

  @Test
  void reportRoundTripsWithResultsAndChecklist() throws Exception {
    assertThat(roundTrip(FULL_REPORT, MaintenanceReport.class)).isEqualTo(FULL_REPORT);
  }

  @Test
  void aBareReportRoundTrips() throws Exception {
    MaintenanceReport bare = MaintenanceReport.of(ReportingPeriod.of(2562, PeriodKind.FY), LocalDate.of(2019, 10, 1));
    assertThat(roundTrip(bare, MaintenanceReport.class)).isEqualTo(bare);
  }

  @Test
  void anUnknownPeriodKindIsRefused() {
    assertThatThrownBy(
            () -> mapper.readValue("{\"fiscalYear\":2561,\"period\":\"H2\",\"submittedOn\":\"2018-04-20\"}", MaintenanceReport.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/period"))
        .hasMessageContaining("'H2' is not one of H1, FY");
  }

  @Test
  void aNegativeScoreIsRefusedAtTheResults() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\","
                        + "\"satisfaction\":{\"respondents\":3,\"score\":-1}}",
                    MaintenanceReport.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/satisfaction"))
        .hasMessageContaining("score -1.0");
  }

  @Test
  void aChecklistAnswerMustBeABoolean() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\","
                        + "\"checklist\":{\"M01\":\"yes\"}}",
                    MaintenanceReport.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/checklist/M01"))
        .hasMessageContaining("expected true or false");
  }

  // --- obligation and schedule ---

  @Test
  void scheduleRoundTrips() throws Exception {
    ReportSchedule schedule = ReportSchedule.of(R2560, LifecyclePolicy.defaults());
    assertThat(roundTrip(schedule, ReportSchedule.class)).isEqualTo(schedule);
  }

  @Test
  void obligationIsWrittenWithItsDates() throws Exception {
    Obligation owed = Obligation.of(ReportingPeriod.of(2561, PeriodKind.H1), ReportPolicy.defaults());
    assertThat(mapper.readTree(mapper.writeValueAsString(owed)))
        .isEqualTo(
            mapper.readTree(
                "{\"fiscalYear\":2561,\"period\":\"H1\",\"from\":\"2017-10-01\",\"to\":\"2018-03-31\",\"due\":\"2018-04-30\"}"));
    assertThat(roundTrip(owed, Obligation.class)).isEqualTo(owed);
  }

  @Test
  void anObligationWithWrongDatesIsRefused() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"fiscalYear\":2561,\"period\":\"H1\",\"from\":\"2017-10-01\",\"to\":\"2018-09-30\",\"due\":\"2018-10-30\"}",
                    Obligation.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/to"))
        .hasMessageContaining("is not the last day of FY2561 H1");
  }

  @Test
  void aScheduleOutOfOrderIsRefused() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"obligations\":[{\"fiscalYear\":2561,\"period\":\"FY\",\"due\":\"2018-10-30\"},"
                        + "{\"fiscalYear\":2561,\"period\":\"H1\",\"due\":\"2018-04-30\"}]}",
                    ReportSchedule.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/obligations"))
        .hasMessageContaining("strictly increasing period order");
  }

  @Test
  void obligationStateIsWrittenWithStatusAndFlag() throws Exception {
    LifecyclePolicy strict =
        LifecyclePolicy.of(ValidityPolicy.YEARS_FROM_DATE, ReportPolicy.builder().satisfactionThreshold(90).build());
    Centre centre = Centre.of("bkk-01", ImmutableList.of(R2560), ImmutableList.of(FULL_REPORT));
    ObligationState state = CentreLifecycle.of(centre, strict).obligations(LocalDate.of(2019, 6, 1)).get(0);
    JsonNode json = mapper.readTree(mapper.writeValueAsString(state));
    assertThat(json.get("status").asText()).isEqualTo("ON_TIME");
    assertThat(json.get("submittedOn").asText()).isEqualTo("2018-04-20");
    assertThat(json.get("satisfactionBelowThreshold").asBoolean()).isTrue();
  }

  // --- policy, centre, portfolio ---

  @Test
  void policyRoundTrips() throws Exception {
    LifecyclePolicy policy =
        LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, ReportPolicy.builder().dueAfterDays(45).satisfactionThreshold(80).build());
    assertThat(roundTrip(policy, LifecyclePolicy.class)).isEqualTo(policy);
  }

  @Test
  void anUnknownValidityPolicyIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"validity\":\"FOREVER\"}", LifecyclePolicy.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/validity"))
        .hasMessageContaining("'FOREVER' is unknown");
  }

  @Test
  void aNegativeDueOffsetIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{\"dueDays\":-5}", LifecyclePolicy.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/dueDays"))
        .hasMessageContaining("dueAfterDays -5 is outside");
  }

  @Test
  void centreRoundTrips() throws Exception {
    Centre centre = Centre.of("bkk-01", ImmutableList.of(R2560), ImmutableList.of(FULL_REPORT));
    assertThat(roundTrip(centre, Centre.class)).isEqualTo(centre);
  }

  @Test
  void aNestedCertificationNamingAnotherCentreIsRefused() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"id\":\"a\",\"certifications\":[{\"centre\":\"b\",\"round\":2567,\"certifiedOn\":\"2024-08-30\"}]}",
                    Centre.class))
        .isInstanceOfSatisfying(
            GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/certifications/0/centre"))
        .hasMessageContaining("inside centre 'a'");
  }

  @Test
  void portfolioRoundTrips() throws Exception {
    Portfolio portfolio =
        Portfolio.of(
            ImmutableList.of(
                Centre.of("bkk-01", ImmutableList.of(R2560), ImmutableList.of(FULL_REPORT)),
                Centre.of("cnx-02", ImmutableList.of(), ImmutableList.of())),
            LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, ReportPolicy.dueAfter(60)));
    assertThat(roundTrip(portfolio, Portfolio.class)).isEqualTo(portfolio);
  }

  @Test
  void aRepeatedCentreIdIsRefusedAtTheSecondId() {
    assertThatThrownBy(() -> mapper.readValue("{\"centres\":[{\"id\":\"a\"},{\"id\":\"a\"}]}", Portfolio.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/centres/1/id"))
        .hasMessageContaining("centre id 'a' appears twice");
  }

  @Test
  void policyFieldsAfterTheCentresStillApply() throws Exception {
    Portfolio read =
        mapper.readValue(
            "{\"centres\":[{\"id\":\"bkk-01\",\"certifications\":[{\"round\":2560,\"certifiedOn\":\"2017-09-21\"}]}],"
                + "\"validity\":\"FISCAL_YEARS\",\"dueDays\":60}",
            Portfolio.class);
    assertThat(read.policy()).isEqualTo(LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, ReportPolicy.dueAfter(60)));
    assertThat(read)
        .isEqualTo(
            Portfolio.of(
                ImmutableList.of(Centre.of("bkk-01", ImmutableList.of(R2560), ImmutableList.of())), read.policy()));
  }

  @Test
  void anUnknownFieldIsReportedBeforeARefusedCentre() {
    assertThatThrownBy(() -> mapper.readValue("{\"centres\":[{\"id\":\" \"}],\"extra\":1}", Portfolio.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/extra"))
        .hasMessageContaining("unknown field 'extra'");
  }

  @Test
  void aRefusedPolicyFieldIsReportedBeforeARefusedCentre() {
    assertThatThrownBy(() -> mapper.readValue("{\"dueDays\":-1,\"centres\":[{\"id\":\" \"}]}", Portfolio.class))
        .isInstanceOfSatisfying(GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/dueDays"));
  }

  @Test
  void aReportNotOwedIsRefusedAtTheReport() {
    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"centres\":[{\"id\":\"a\",\"certifications\":[{\"round\":2560,\"certifiedOn\":\"2017-09-21\"}],"
                        + "\"reports\":[{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\"},"
                        + "{\"fiscalYear\":2563,\"period\":\"FY\",\"submittedOn\":\"2020-10-20\"}]}]}",
                    Portfolio.class))
        .isInstanceOfSatisfying(
            GeccJsonException.class, e -> assertThat(e.pointer()).isEqualTo("/centres/0/reports/1"))
        .hasMessageContaining("no report is owed for FY2563 FY");
  }

  @Property(tries = 100)
  void portfoliosRoundTrip(
      @ForAll @IntRange(min = 0, max = 6) int size,
      @ForAll @IntRange(min = 2559, max = 2700) int round,
      @ForAll @IntRange(min = 0, max = 729) int offset,
      @ForAll boolean fiscal) throws Exception {
    LifecyclePolicy policy =
        LifecyclePolicy.of(fiscal ? ValidityPolicy.FISCAL_YEARS : ValidityPolicy.YEARS_FROM_DATE, ReportPolicy.defaults());
    List<Centre> centres = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      String id = "c" + i;
      Certification certification =
          Certification.of(id, FiscalYear.of(round), FiscalYear.of(round).start().plusDays(offset));
      List<MaintenanceReport> reports = new ArrayList<>();
      for (Obligation obligation : ReportSchedule.of(certification, policy).obligations()) {
        if ((obligation.period().fiscalYear().getValue() + obligation.period().kind().ordinal() + i) % 2 == 0) {
          reports.add(MaintenanceReport.of(obligation.period(), obligation.due().minusDays(i)));
        }
      }
      centres.add(Centre.of(id, ImmutableList.of(certification), reports));
    }
    Portfolio portfolio = Portfolio.of(centres, policy);
    assertThat(roundTrip(portfolio, Portfolio.class)).isEqualTo(portfolio);
  }
}
