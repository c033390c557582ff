package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FiscalYearCommandTest {

  @Test
  void theContractExampleHolds() {
    CliRunner.Result result = CliRunner.run("fiscal-year", "{\"date\":\"2024-02-29\"}");
    assertThat(result.status()).isZero();
    assertThat(result.stderr()).isEmpty();
    JsonNode out = result.json();
    assertThat(out.get("fiscalYear").asInt()).isEqualTo(2567);
    assertThat(out.get("start").asText()).isEqualTo("2023-10-01");
    assertThat(out.get("end").asText()).isEqualTo("2024-09-30");
  }

  @Test
  void aFiscalYearNumberIsDescribed() {
    JsonNode out = CliRunner.run("fiscal-year", "{\"fiscalYear\":2560}").json();
    assertThat(out.get("start").asText()).isEqualTo("2016-10-01");
    assertThat(out.get("end").asText()).isEqualTo("2017-09-30");
    assertThat(out.get("firstHalfEnd").asText()).isEqualTo("2017-03-31");
  }

  @Test
  void aCommonEraFiscalYearIsBadInputWithTheConversion() {
    CliRunner.Result result = CliRunner.run("fiscal-year", "{\"fiscalYear\":2024}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/fiscalYear");
    assertThat(result.error().at("/error/message").asText()).contains("CE + 543").contains("2567");
  }

  @Test
  void anImpossibleDateIsBadInput() {
    CliRunner.Result result = CliRunner.run("fiscal-year", "{\"date\":\"2022-05-36\"}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/date");
    assertThat(result.error().at("/error/message").asText()).contains("2022-05-36");
  }

  @Test
  void aDateAsANumberIsBadInput() {
    CliRunner.Result result = CliRunner.run("fiscal-year", "{\"date\":20240229}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("expected a string");
  }

  @Test
  void aMissingDateIsBadInput() {
    CliRunner.Result result = CliRunner.run("fiscal-year", "{}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("needs the field 'date'");
  }

  @Test
  void aDateAndAFiscalYearTogetherAreBadInput() {
    CliRunner.Result result =
        CliRunner.run("fiscal-year", "{\"date\":\"2024-02-29\",\"fiscalYear\":2567}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("not both");
  }

  @Test
  void anUnknownFieldIsBadInput() {
    CliRunner.Result result = CliRunner.run("fiscal-year", "{\"date\":\"2024-02-29\",\"dates\":1}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/dates");
  }

  @Test
  void aDateOutsideTheSupportedYearsIsBadInput() {
    CliRunner.Result result = CliRunner.run("fiscal-year", "{\"date\":\"1900-01-01\"}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("outside 2500..2800");
  }

  @Property(tries = 50)
  void everyDateLiesBetweenStartAndEnd(@ForAll @IntRange(min = 0, max = 30000) int offset) {
    LocalDate date = LocalDate.of(2000, 1, 1).plusDays(offset);
    JsonNode out = CliRunner.run("fiscal-year", "{\"date\":\"" + date + "\"}").json();
    assertThat(LocalDate.parse(out.get("start").asText())).isBeforeOrEqualTo(date);
    assertThat(LocalDate.parse(out.get("end").asText())).isAfterOrEqualTo(date);
    assertThat(out.get("fiscalYear").asInt() - 543)
        .isEqualTo(LocalDate.parse(out.get("end").asText()).getYear());
  }
}
