package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class PortfolioCommandTest {

  private static final String CENTRES =
      "\"centres\":["
          + "{\"id\":\"dist-b\",\"kind\":\"DISTRICT_OFFICE\",\"certifications\":[{\"round\":2564,\"certifiedOn\":\"2021-09-30\"}],"
          + "\"reports\":[{\"fiscalYear\":2565,\"period\":\"H1\",\"submittedOn\":\"2022-04-01\"}]},"
          + "{\"id\":\"dist-a\",\"kind\":\"DISTRICT_OFFICE\",\"certifications\":[{\"round\":2566,\"certifiedOn\":\"2023-08-30\"}]},"
          + "{\"id\":\"dist-c\",\"kind\":\"DISTRICT_OFFICE\",\"certifications\":[{\"round\":2561,\"certifiedOn\":\"2018-09-27\"}]},"
          + "{\"id\":\"dist-d\",\"kind\":\"DISTRICT_OFFICE\"}]";

  private static List<String> texts(JsonNode array) {
    List<String> values = new ArrayList<>();
    array.forEach(v -> values.add(v.asText()));
    return values;
  }

  private static void assertBadInput(CliRunner.Result result, String path, String fragment) {
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/path").asText()).isEqualTo(path);
    assertThat(result.error().at("/error/message").asText()).contains(fragment);
  }

  @Test
  void nobodyMustApplyInARoundWithoutADirective() {
    JsonNode out =
        CliRunner.run("portfolio", "{\"asOf\":\"2022-01-15\",\"round\":2565," + CENTRES + "}")
            .json();
    assertThat(texts(out.get("mustApply"))).isEmpty();
    assertThat(out.get("directive").isNull()).isTrue();
  }

  @Test
  void theTwoPreviousRoundsPolicyIsNamedNotDefault() {
    JsonNode out =
        CliRunner.run(
                "portfolio",
                "{\"asOf\":\"2022-01-15\",\"round\":2565,\"mustApplyPolicy\":\"TWO_PREVIOUS_ROUNDS\","
                    + CENTRES
                    + "}")
            .json();
    assertThat(texts(out.get("mustApply"))).containsExactly("dist-a", "dist-c", "dist-d");
    CliRunner.Result unknown =
        CliRunner.run(
            "portfolio",
            "{\"asOf\":\"2022-01-15\",\"round\":2565,\"mustApplyPolicy\":\"ALL\"," + CENTRES + "}");
    assertThat(unknown.status()).isEqualTo(2);
    assertThat(unknown.stderr())
        .contains("unknown mustApplyPolicy 'ALL'")
        .contains("/mustApplyPolicy");
    CliRunner.Result noRound =
        CliRunner.run(
            "portfolio",
            "{\"asOf\":\"2022-01-15\",\"mustApplyPolicy\":\"TWO_PREVIOUS_ROUNDS\","
                + CENTRES
                + "}");
    assertThat(noRound.status()).isEqualTo(2);
    assertThat(noRound.stderr()).contains("mustApplyPolicy needs the field 'round'");
  }

  @Test
  void theContractExampleHolds() {
    CliRunner.Result result =
        CliRunner.run("portfolio", "{\"asOf\":\"2024-01-15\",\"round\":2567," + CENTRES + "}");
    assertThat(result.status()).isZero();
    JsonNode out = result.json();
    // dist-b (2564, until 2024-09-29) and dist-a (2566) are valid; dist-c expired 2021-09-26.
    assertThat(out.get("underCertification").asInt()).isEqualTo(2);
    // RULES.md §2, §4: DOPA's district offices not certified in 2565 or 2566.
    assertThat(texts(out.get("mustApply"))).containsExactly("dist-b", "dist-c", "dist-d");
    assertThat(out.at("/directive/directedBy").asText()).isEqualTo("DOPA");
    List<String> overdue = new ArrayList<>();
    out.get("overdue")
        .forEach(
            o ->
                overdue.add(
                    o.get("centre").asText()
                        + " "
                        + o.get("fiscalYear").asInt()
                        + " "
                        + o.get("period").asText()));
    assertThat(overdue)
        .containsExactly(
            "dist-b 2565 FY",
            "dist-b 2566 H1",
            "dist-b 2566 FY",
            "dist-c 2562 H1",
            "dist-c 2562 FY",
            "dist-c 2563 H1",
            "dist-c 2563 FY",
            "dist-c 2564 H1");
  }

  @Test
  void expiringAndFallingDueWhenAsked() {
    JsonNode out =
        CliRunner.run(
                "portfolio",
                "{\"asOf\":\"2024-01-15\",\"expiringWithinDays\":365,\"dueFrom\":\"2024-04-01\",\"dueTo\":\"2024-04-30\","
                    + CENTRES
                    + "}")
            .json();
    assertThat(out.has("mustApply")).isFalse();
    assertThat(out.at("/expiring/0/centre").asText()).isEqualTo("dist-b");
    assertThat(out.at("/expiring/0/validUntil").asText()).isEqualTo("2024-09-29");
    assertThat(out.get("expiring")).hasSize(1);
    assertThat(out.get("fallingDue")).hasSize(2);
    assertThat(out.at("/fallingDue/0/centre").asText()).isEqualTo("dist-a");
    assertThat(out.at("/fallingDue/0/status").asText()).isEqualTo("NOT_YET_DUE");
  }

  @Test
  void fiscalYearsValidityChangesWhoIsUnderCertification() {
    JsonNode out =
        CliRunner.run(
                "portfolio",
                "{\"asOf\":\"2023-10-01\",\"validity\":\"FISCAL_YEARS\"," + CENTRES + "}")
            .json();
    // Under FISCAL_YEARS round 2564 runs through 2566-09-30 (2023-09-30): only dist-a is covered.
    assertThat(out.get("underCertification").asInt()).isEqualTo(1);
  }

  @Test
  void aRepeatedCentreIdIsBadInput() {
    assertBadInput(
        CliRunner.run(
            "portfolio", "{\"asOf\":\"2024-01-15\",\"centres\":[{\"id\":\"x\"},{\"id\":\"x\"}]}"),
        "/centres/1/id",
        "centre id 'x' appears twice");
  }

  @Test
  void aMissingAsOfIsBadInput() {
    assertBadInput(
        CliRunner.run("portfolio", "{\"round\":2567," + CENTRES + "}"),
        "/asOf",
        "needs the field 'asOf'");
  }

  @Test
  void aCommonEraRoundIsBadInput() {
    assertBadInput(
        CliRunner.run("portfolio", "{\"asOf\":\"2024-01-15\",\"round\":2024," + CENTRES + "}"),
        "/round",
        "did you mean 2567?");
  }

  @Test
  void aCommonEraCertificationRoundIsBadInputAtItsPointer() {
    assertBadInput(
        CliRunner.run(
            "portfolio",
            "{\"asOf\":\"2024-01-15\",\"centres\":[{\"id\":\"x\",\"certifications\":[{\"round\":2021,\"certifiedOn\":\"2021-09-30\"}]}]}"),
        "/centres/0/certifications/0/round",
        "did you mean 2564?");
  }

  @Test
  void aReportNotOwedIsBadInputAtTheReport() {
    assertBadInput(
        CliRunner.run(
            "portfolio",
            "{\"asOf\":\"2024-01-15\",\"centres\":[{\"id\":\"x\",\"certifications\":[{\"round\":2566,\"certifiedOn\":\"2023-08-30\"}],"
                + "\"reports\":[{\"fiscalYear\":2566,\"period\":\"FY\",\"submittedOn\":\"2023-10-01\"}]}]}"),
        "/centres/0/reports/0/period",
        "no report is owed for FY2566 FY");
  }

  @Test
  void dueFromWithoutDueToIsBadInput() {
    assertBadInput(
        CliRunner.run(
            "portfolio", "{\"asOf\":\"2024-01-15\",\"dueFrom\":\"2024-04-01\"," + CENTRES + "}"),
        "/dueFrom",
        "give both or neither");
  }

  @Test
  void negativeExpiringDaysAreBadInput() {
    assertBadInput(
        CliRunner.run(
            "portfolio", "{\"asOf\":\"2024-01-15\",\"expiringWithinDays\":-1," + CENTRES + "}"),
        "/expiringWithinDays",
        "a horizon of -1 days is negative");
  }

  @Test
  void centresMustBeAnArray() {
    assertBadInput(
        CliRunner.run("portfolio", "{\"asOf\":\"2024-01-15\",\"centres\":{}}"),
        "/centres",
        "expected a JSON array");
  }
}
