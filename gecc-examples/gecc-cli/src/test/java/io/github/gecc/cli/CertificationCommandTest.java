package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CertificationCommandTest {

  private static final String EXAMPLE =
      "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2019-06-01\",\"validity\":\"YEARS_FROM_DATE\","
          + "\"reports\":[{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\"}]}";

  private static List<String> obligations(JsonNode out) {
    List<String> rows = new ArrayList<>();
    for (JsonNode o : out.get("obligations")) {
      rows.add(
          o.get("fiscalYear").asInt()
              + " "
              + o.get("period").asText()
              + " "
              + o.get("from").asText()
              + ".."
              + o.get("to").asText()
              + " due "
              + o.get("due").asText()
              + " "
              + o.path("status").asText("-"));
    }
    return rows;
  }

  private static void assertBadInput(CliRunner.Result result, String path, String fragment) {
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/path").asText()).isEqualTo(path);
    assertThat(result.error().at("/error/message").asText()).contains(fragment);
  }

  @Test
  void theContractExampleHolds() {
    CliRunner.Result result = CliRunner.run("certification", EXAMPLE);
    assertThat(result.status()).isZero();
    assertThat(result.stderr()).isEmpty();
    JsonNode out = result.json();
    assertThat(out.get("status").asText()).isEqualTo("VALID");
    assertThat(out.get("validFrom").asText()).isEqualTo("2017-09-21");
    assertThat(out.get("validUntil").asText()).isEqualTo("2020-09-20");
    assertThat(obligations(out))
        .containsExactly(
            "2561 H1 2017-10-01..2018-03-31 due 2018-04-30 ON_TIME",
            "2561 FY 2017-10-01..2018-09-30 due 2018-10-30 MISSING",
            "2562 H1 2018-10-01..2019-03-31 due 2019-04-30 MISSING",
            "2562 FY 2018-10-01..2019-09-30 due 2019-10-30 NOT_YET_DUE",
            "2563 H1 2019-10-01..2020-03-31 due 2020-04-30 NOT_YET_DUE");
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of("2017-09-20", "NOT_YET_VALID"),
        Arguments.of("2017-09-21", "VALID"),
        Arguments.of("2020-09-20", "VALID"),
        Arguments.of("2020-09-21", "EXPIRED"));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void statusAtTheEdges(String asOf, String status) {
    JsonNode out =
        CliRunner.run(
                "certification",
                "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"" + asOf + "\"}")
            .json();
    assertThat(out.get("status").asText()).isEqualTo(status);
  }

  @Test
  void fiscalYearsValidityEndsWithFiscalYear2562() {
    JsonNode out =
        CliRunner.run(
                "certification",
                "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2019-10-01\",\"validity\":\"FISCAL_YEARS\"}")
            .json();
    assertThat(out.get("validUntil").asText()).isEqualTo("2019-09-30");
    assertThat(out.get("status").asText()).isEqualTo("EXPIRED");
    assertThat(out.get("obligations")).hasSize(4);
  }

  @Test
  void theDueDayItselfIsNotYetDue() {
    JsonNode out =
        CliRunner.run(
                "certification",
                "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2018-04-30\"}")
            .json();
    assertThat(out.at("/obligations/0/status").asText()).isEqualTo("NOT_YET_DUE");
    JsonNode after =
        CliRunner.run(
                "certification",
                "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2018-05-01\"}")
            .json();
    assertThat(after.at("/obligations/0/status").asText()).isEqualTo("MISSING");
  }

  @Test
  void aLateReportAndACustomDueOffset() {
    JsonNode out =
        CliRunner.run(
                "certification",
                "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2019-06-01\",\"dueDays\":15,"
                    + "\"reports\":[{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\"}]}")
            .json();
    assertThat(out.at("/obligations/0/due").asText()).isEqualTo("2018-04-15");
    assertThat(out.at("/obligations/0/status").asText()).isEqualTo("LATE");
  }

  @Test
  void aThresholdFlagsALowScore() {
    JsonNode out =
        CliRunner.run(
                "certification",
                "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2019-06-01\",\"satisfactionThreshold\":80,"
                    + "\"reports\":[{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\","
                    + "\"satisfaction\":{\"respondents\":40,\"score\":75.5}}]}")
            .json();
    assertThat(out.at("/obligations/0/satisfactionBelowThreshold").asBoolean()).isTrue();
  }

  @Test
  void withoutAsOfTheStatusesAreLeftOut() {
    JsonNode out =
        CliRunner.run("certification", "{\"round\":2560,\"certifiedOn\":\"2017-09-21\"}").json();
    assertThat(out.has("status")).isFalse();
    assertThat(out.at("/obligations/0").has("status")).isFalse();
    assertThat(out.get("obligations")).hasSize(5);
  }

  @Test
  void aCommonEraRoundIsBadInput() {
    assertBadInput(
        CliRunner.run(
            "certification",
            "{\"round\":2017,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2019-06-01\"}"),
        "/round",
        "did you mean 2560?");
  }

  @Test
  void aReportForAPeriodNotOwedIsBadInputAtTheReport() {
    assertBadInput(
        CliRunner.run(
            "certification",
            "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2019-06-01\",\"reports\":["
                + "{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\"},"
                + "{\"fiscalYear\":2563,\"period\":\"FY\",\"submittedOn\":\"2020-10-20\"}]}"),
        "/reports/1/period",
        "no report is owed for FY2563 FY");
  }

  @Test
  void twoReportsForOnePeriodAreBadInput() {
    assertBadInput(
        CliRunner.run(
            "certification",
            "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"reports\":["
                + "{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-20\"},"
                + "{\"fiscalYear\":2561,\"period\":\"H1\",\"submittedOn\":\"2018-04-22\"}]}"),
        "/reports/1/period",
        "two reports for FY2561 H1");
  }

  @Test
  void anImpossibleDateIsBadInput() {
    assertBadInput(
        CliRunner.run("certification", "{\"round\":2560,\"certifiedOn\":\"2017-02-30\"}"),
        "/certifiedOn",
        "2017-02-30");
  }

  @Test
  void aDateOutsideTheRoundIsBadInput() {
    assertBadInput(
        CliRunner.run("certification", "{\"round\":2567,\"certifiedOn\":\"2017-09-21\"}"),
        "/certifiedOn",
        "does not fit round 2567");
  }

  @Test
  void anUnknownValidityIsBadInput() {
    assertBadInput(
        CliRunner.run(
            "certification",
            "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"validity\":\"FOREVER\"}"),
        "/validity",
        "YEARS_FROM_DATE");
  }

  @Test
  void anUnknownFieldIsBadInput() {
    assertBadInput(
        CliRunner.run(
            "certification",
            "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asof\":\"2019-06-01\"}"),
        "/asof",
        "unknown field 'asof'");
  }

  @Test
  void aMissingRoundIsBadInput() {
    assertBadInput(
        CliRunner.run("certification", "{\"certifiedOn\":\"2017-09-21\"}"),
        "/round",
        "needs the field 'round'");
  }
}
