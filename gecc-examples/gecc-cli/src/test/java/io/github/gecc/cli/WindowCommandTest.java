package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class WindowCommandTest {

  @Test
  void theContractExampleHolds() {
    CliRunner.Result result =
        CliRunner.run("window", "{\"round\":2567,\"at\":\"2024-02-29T16:30:00+07:00\"}");
    assertThat(result.status()).isZero();
    assertThat(result.stderr()).isEmpty();
    JsonNode out = result.json();
    assertThat(out.get("round").asInt()).isEqualTo(2567);
    assertThat(out.get("open").asBoolean()).isTrue();
    assertThat(out.get("opensAt").asText()).isEqualTo("2024-01-08T08:30:00+07:00");
    assertThat(out.get("closesAt").asText()).isEqualTo("2024-02-29T16:30:00+07:00");
  }

  @Test
  void withoutAtOpenIsLeftOut() {
    JsonNode out = CliRunner.run("window", "{\"round\":2567}").json();
    assertThat(out.has("open")).isFalse();
    assertThat(out.has("state")).isFalse();
    assertThat(out.get("closesAt").asText()).isEqualTo("2024-02-29T16:30:00+07:00");
  }

  @Test
  void anOpeningTheSourcesDoNotGiveIsNull() {
    JsonNode out = CliRunner.run("window", "{\"round\":2560}").json();
    assertThat(out.has("opensAt")).isTrue();
    assertThat(out.get("opensAt").isNull()).isTrue();
    assertThat(out.get("closesAt").asText()).isEqualTo("2017-01-31T23:59:59.999999999+07:00");
    assertThat(out.get("effectiveOpensAt").asText()).isEqualTo("2016-10-01T00:00:00+07:00");
    assertThat(out.get("channels").toString()).isEqualTo("[\"POST_OR_IN_PERSON\",\"EMAIL\"]");
    assertThat(out.get("documents").toString()).isEqualTo("[\"WORD\",\"PDF\"]");
  }

  static Stream<Arguments> instants() {
    return Stream.of(
        Arguments.of(2567, "2024-02-29T16:30:00.000000001+07:00", false, "CLOSED"),
        Arguments.of(2567, "2024-02-29T09:30:00Z", true, "OPEN"),
        Arguments.of(2567, "2024-02-29T16:30:00", true, "OPEN"),
        Arguments.of(2567, "2024-02-29T16:31", false, "CLOSED"),
        Arguments.of(2567, "2024-01-08T08:29:59+07:00", false, "NOT_YET_OPEN"),
        Arguments.of(2567, "2024-01-08T01:30:00Z", true, "OPEN"),
        Arguments.of(2565, "2022-02-28T23:59:59+07:00", true, "OPEN"),
        Arguments.of(2565, "2022-02-28T17:00:00Z", false, "CLOSED"),
        Arguments.of(2565, "2021-12-31T23:59:59+07:00", false, "NOT_YET_OPEN"),
        Arguments.of(2564, "2021-01-01T00:00:00+07:00", true, "OPEN"),
        Arguments.of(2560, "2017-01-31T23:59:59+07:00", true, "OPEN"),
        Arguments.of(2560, "2017-02-01T00:00:00+07:00", false, "CLOSED"),
        Arguments.of(2560, "2016-10-01T00:00:00+07:00", true, "OPEN"),
        Arguments.of(2560, "2016-09-30T23:59:59+07:00", false, "NOT_YET_OPEN"));
  }

  @ParameterizedTest
  @MethodSource("instants")
  void openAtAnInstant(int round, String at, boolean open, String state) {
    JsonNode out =
        CliRunner.run("window", "{\"round\":" + round + ",\"at\":\"" + at + "\"}").json();
    assertThat(out.get("open").asBoolean()).isEqualTo(open);
    assertThat(out.get("state").asText()).isEqualTo(state);
  }

  @Test
  void anUnknownRoundIsBadInputAtRound() {
    CliRunner.Result result = CliRunner.run("window", "{\"round\":2566}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/round");
    assertThat(result.error().at("/error/message").asText()).contains("2566").contains("2567");
  }

  @Test
  void aCommonEraRoundIsBadInputWithTheConversion() {
    CliRunner.Result result = CliRunner.run("window", "{\"round\":2024}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/round");
    assertThat(result.error().at("/error/message").asText()).contains("CE + 543").contains("2567");
  }

  @Test
  void anUnparsableInstantIsBadInputAtAt() {
    CliRunner.Result result = CliRunner.run("window", "{\"round\":2567,\"at\":\"29/02/2024\"}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/at");
    assertThat(result.error().at("/error/message").asText()).contains("29/02/2024");
  }

  @Test
  void aRoundAsTextIsBadInput() {
    CliRunner.Result result = CliRunner.run("window", "{\"round\":\"2567\"}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/round");
  }

  @Test
  void aMissingRoundIsBadInput() {
    CliRunner.Result result = CliRunner.run("window", "{\"at\":\"2024-02-29T16:30:00+07:00\"}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("needs the field 'round'");
  }

  @Test
  void anUnknownFieldIsBadInput() {
    CliRunner.Result result =
        CliRunner.run("window", "{\"round\":2567,\"when\":\"2024-02-29T16:30:00+07:00\"}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/when");
  }
}
