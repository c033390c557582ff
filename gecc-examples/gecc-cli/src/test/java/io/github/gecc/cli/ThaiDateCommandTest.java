package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThaiDateCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static String request(String... fieldsAndValues) {
    ObjectNode node = JSON.createObjectNode();
    for (int i = 0; i < fieldsAndValues.length; i += 2) {
      node.put(fieldsAndValues[i], fieldsAndValues[i + 1]);
    }
    return node.toString();
  }

  private static CliRunner.Result badInput(String stdin) {
    CliRunner.Result result = CliRunner.run("thai-date", stdin);
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    return result;
  }

  // ---------------------------------------------------------------- parse

  @Test
  void parseTheContractExample() {
    CliRunner.Result result =
        CliRunner.run("thai-date", request("text", "วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗"));

    assertThat(result.status()).isZero();
    assertThat(result.stderr()).isEmpty();
    assertThat(result.json().toString()).isEqualTo("{\"date\":\"2024-01-19\"}");
  }

  @Test
  void parseATimeAddsIt() {
    JsonNode out =
        CliRunner.run("thai-date", request("text", "วันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น."))
            .json();

    assertThat(out.get("date").asText()).isEqualTo("2024-02-28");
    assertThat(out.get("time").asText()).isEqualTo("12:00");
  }

  @Test
  void parseTwoDigitYearAndArabicDigits() {
    JsonNode out = CliRunner.run("thai-date", request("text", "31 ม.ค. 60")).json();

    assertThat(out.get("date").asText()).isEqualTo("2017-01-31");
    assertThat(out.has("time")).isFalse();
  }

  @Test
  void parseARangeGivesStartAndEnd() {
    JsonNode out =
        CliRunner.run(
                "thai-date",
                request("text", "๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗"))
            .json();

    assertThat(out.toString())
        .isEqualTo(
            "{\"start\":{\"date\":\"2024-01-08\",\"time\":\"08:30\"},"
                + "\"end\":{\"date\":\"2024-02-29\",\"time\":\"16:30\"}}");
  }

  @Test
  void parseARangeWithASharedYearAndNoTimes() {
    JsonNode out =
        CliRunner.run("thai-date", request("text", "1 มกราคม – 28 กุมภาพันธ์ 2565")).json();

    assertThat(out.at("/start/date").asText()).isEqualTo("2022-01-01");
    assertThat(out.at("/end/date").asText()).isEqualTo("2022-02-28");
    assertThat(out.at("/start").has("time")).isFalse();
  }

  @Test
  void weekdayThatDoesNotMatchIsBadInput() {
    CliRunner.Result result = badInput(request("text", "วันพฤหัสบดีที่ ๑๙ มกราคม ๒๕๖๗"));

    assertThat(result.error().at("/error/path").asText()).isEqualTo("/text");
    assertThat(result.error().at("/error/message").asText())
        .contains("at index 0")
        .contains("contradicts the date: 2024-01-19 is a วันศุกร์");
  }

  @Test
  void dayTheMonthDoesNotHaveIsBadInput() {
    CliRunner.Result result = badInput(request("text", "๓๖ พฤษภาคม ๒๕๖๕"));

    assertThat(result.error().at("/error/path").asText()).isEqualTo("/text");
    assertThat(result.error().at("/error/message").asText())
        .contains("there is no day 36 in พฤษภาคม 2565");
  }

  @Test
  void blankDayIsBadInput() {
    CliRunner.Result result = badInput(request("text", "(วัน   ธันวาคม 2564"));

    assertThat(result.error().at("/error/message").asText()).contains("the day is missing");
  }

  @Test
  void rangeRunningBackwardsIsBadInput() {
    CliRunner.Result result = badInput(request("text", "1 ธันวาคม - 31 มกราคม 2567"));

    assertThat(result.error().at("/error/message").asText()).contains("before it starts");
  }

  @Test
  void blankTextIsBadInput() {
    CliRunner.Result result = badInput(request("text", " "));

    assertThat(result.error().at("/error/path").asText()).isEqualTo("/text");
    assertThat(result.error().at("/error/message").asText()).contains("non-empty string");
  }

  @Test
  void styleWithTextIsBadInput() {
    CliRunner.Result result = badInput(request("text", "๑๙ มกราคม ๒๕๖๗", "style", "FULL"));

    assertThat(result.error().at("/error/path").asText()).isEqualTo("/style");
  }

  // ---------------------------------------------------------------- format

  @Test
  void formatTheContractExample() {
    CliRunner.Result result =
        CliRunner.run(
            "thai-date", request("date", "2024-01-19", "style", "WEEKDAY", "digits", "THAI"));

    assertThat(result.status()).isZero();
    assertThat(result.json().toString()).isEqualTo("{\"text\":\"วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗\"}");
  }

  @ParameterizedTest(name = "{0} {1} → {2}")
  @CsvSource({
    "FULL, THAI, ๑๙ มกราคม ๒๕๖๗",
    "ABBREVIATED, THAI, ๑๙ ม.ค. ๒๕๖๗",
    "WEEKDAY, ARABIC, วันศุกร์ที่ 19 มกราคม 2567",
    "FULL, ARABIC, 19 มกราคม 2567",
  })
  void formatEachStyleAndDigits(String style, String digits, String text) {
    JsonNode out =
        CliRunner.run("thai-date", request("date", "2024-01-19", "style", style, "digits", digits))
            .json();

    assertThat(out.get("text").asText()).isEqualTo(text);
  }

  @Test
  void formatDefaultsToFullInThaiDigits() {
    JsonNode out = CliRunner.run("thai-date", request("date", "2024-01-19")).json();

    assertThat(out.get("text").asText()).isEqualTo("๑๙ มกราคม ๒๕๖๗");
  }

  @Test
  void formatWithATime() {
    JsonNode out =
        CliRunner.run(
                "thai-date", request("date", "2024-02-28", "time", "12:00", "style", "WEEKDAY"))
            .json();

    assertThat(out.get("text").asText()).isEqualTo("วันพุธที่ ๒๘ กุมภาพันธ์ ๒๕๖๗ เวลา ๑๒.๐๐ น.");
  }

  @Test
  void impossibleDateIsBadInput() {
    CliRunner.Result result = badInput(request("date", "2023-02-29"));

    assertThat(result.error().at("/error/path").asText()).isEqualTo("/date");
    assertThat(result.error().at("/error/message").asText()).contains("2023-02-29");
  }

  @Test
  void dateOutsideTheSupportedYearsIsBadInput() {
    CliRunner.Result result = badInput(request("date", "1900-01-01"));

    assertThat(result.error().at("/error/path").asText()).isEqualTo("/date");
    assertThat(result.error().at("/error/message").asText())
        .contains("year 2443 of the date 1900-01-01 is outside 2500..2800");
  }

  @Test
  void unknownStyleIsBadInput() {
    CliRunner.Result result = badInput(request("date", "2024-01-19", "style", "LONG"));

    assertThat(result.error().at("/error/path").asText()).isEqualTo("/style");
    assertThat(result.error().at("/error/message").asText())
        .contains("'LONG' is not one of FULL, ABBREVIATED, WEEKDAY");
  }

  @Test
  void unknownDigitsAreBadInput() {
    CliRunner.Result result = badInput(request("date", "2024-01-19", "digits", "ROMAN"));

    assertThat(result.error().at("/error/path").asText()).isEqualTo("/digits");
  }

  // ---------------------------------------------------------------- the request

  @Test
  void textAndDateTogetherAreBadInput() {
    CliRunner.Result result = badInput(request("text", "๑๙ มกราคม ๒๕๖๗", "date", "2024-01-19"));

    assertThat(result.error().at("/error/message").asText()).contains("not both");
  }

  @Test
  void neitherTextNorDateIsBadInput() {
    CliRunner.Result result = badInput("{}");

    assertThat(result.error().at("/error/message").asText()).contains("has neither");
  }

  @Test
  void unknownFieldIsBadInput() {
    CliRunner.Result result = badInput(request("date", "2024-01-19", "locale", "th"));

    assertThat(result.error().at("/error/path").asText()).isEqualTo("/locale");
  }

  @Test
  void notAnObjectIsBadInput() {
    CliRunner.Result result = badInput("\"๑๙ มกราคม ๒๕๖๗\"");

    assertThat(result.error().at("/error/message").asText()).contains("must be a JSON object");
  }

  // ---------------------------------------------------------------- for all dates

  @Property(tries = 100)
  void formatThenParseThroughTheCommandLine(
      @ForAll @IntRange(min = 0, max = 109_936) int offset,
      @ForAll boolean weekday,
      @ForAll boolean arabic) {
    LocalDate date = LocalDate.of(1957, 1, 1).plusDays(offset);
    String text =
        CliRunner.run(
                "thai-date",
                request(
                    "date", date.toString(),
                    "style", weekday ? "WEEKDAY" : "ABBREVIATED",
                    "digits", arabic ? "ARABIC" : "THAI"))
            .json()
            .get("text")
            .asText();

    assertThat(CliRunner.run("thai-date", request("text", text)).json().get("date").asText())
        .isEqualTo(date.toString());
  }
}
