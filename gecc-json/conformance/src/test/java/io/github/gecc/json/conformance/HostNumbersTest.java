package io.github.gecc.json.conformance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.certification.Centre;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Number text outside JSON's grammar, which a host's lenient parser lets through, is refused inside
 * GECC values on both Jackson lines, at the number's pointer; JSON's own numbers still read.
 */
class HostNumbersTest {

  private static final com.fasterxml.jackson.databind.ObjectMapper LENIENT_2 =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
          .enable(
              com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
          .enable(
              com.fasterxml.jackson.core.json.JsonReadFeature
                  .ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
          .enable(
              com.fasterxml.jackson.core.json.JsonReadFeature
                  .ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
          .enable(com.fasterxml.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .addModule(new io.github.gecc.json.GeccModule())
          .build();

  private static final tools.jackson.databind.json.JsonMapper LENIENT_3 =
      tools.jackson.databind.json.JsonMapper.builder()
          .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_LEADING_ZEROS_FOR_NUMBERS)
          .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_LEADING_PLUS_SIGN_FOR_NUMBERS)
          .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_LEADING_DECIMAL_POINT_FOR_NUMBERS)
          .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_TRAILING_DECIMAL_POINT_FOR_NUMBERS)
          .enable(tools.jackson.core.json.JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
          .addModule(new io.github.gecc.json.jackson3.GeccModule())
          .build();

  private static String centre(String round, String score) {
    return "{\"id\":\"c-1\",\"certifications\":[{\"round\":"
        + round
        + ",\"certifiedOn\":\"2021-09-30\"}],"
        + "\"reports\":[{\"fiscalYear\":2565,\"period\":\"H1\",\"submittedOn\":\"2022-04-20\","
        + "\"satisfaction\":{\"respondents\":10,\"score\":"
        + score
        + "}}]}";
  }

  static Stream<Arguments> lenientNumbers() {
    String round = "/certifications/0/round";
    String score = "/reports/0/satisfaction/score";
    return Stream.of(
        Arguments.of(centre("02564", "80"), round),
        Arguments.of(centre("+2564", "80"), round),
        Arguments.of(centre("2564", "080"), score),
        Arguments.of(centre("2564", "+80"), score),
        Arguments.of(centre("2564", ".8e2"), score),
        Arguments.of(centre("2564", "80."), score),
        Arguments.of(centre("2564", "NaN"), score));
  }

  @ParameterizedTest
  @MethodSource("lenientNumbers")
  void aHostsLenientNumberIsRefusedInsideAGeccValueOnJackson2(String json, String pointer) {
    assertThatThrownBy(() -> LENIENT_2.readValue(json, Centre.class))
        .isInstanceOf(io.github.gecc.json.GeccJsonException.class)
        .hasMessageContaining("not written as JSON writes numbers")
        .satisfies(
            e ->
                assertThat(((io.github.gecc.json.GeccJsonException) e).pointer())
                    .isEqualTo(pointer));
    assertThatThrownBy(
            () ->
                LENIENT_2.readValue(
                    json.getBytes(java.nio.charset.StandardCharsets.UTF_8), Centre.class))
        .isInstanceOf(io.github.gecc.json.GeccJsonException.class);
  }

  @ParameterizedTest
  @MethodSource("lenientNumbers")
  void aHostsLenientNumberIsRefusedInsideAGeccValueOnJackson3(String json, String pointer) {
    assertThatThrownBy(() -> LENIENT_3.readValue(json, Centre.class))
        .isInstanceOf(io.github.gecc.json.jackson3.GeccJsonException.class)
        .hasMessageContaining("not written as JSON writes numbers")
        .satisfies(
            e ->
                assertThat(((io.github.gecc.json.jackson3.GeccJsonException) e).pointer())
                    .isEqualTo(pointer));
  }

  @ParameterizedTest
  @MethodSource("jsonNumbers")
  void jsonsOwnNumbersReadUnderALenientHostOnBothLines(String score) throws Exception {
    String json = centre("2564", score);
    assertThat(LENIENT_3.readValue(json, Centre.class))
        .isEqualTo(LENIENT_2.readValue(json, Centre.class));
  }

  static Stream<String> jsonNumbers() {
    return Stream.of("80", "79.5", "80.25", "8e1", "1E2");
  }

  @ParameterizedTest
  @MethodSource("lenientNumbers")
  void aHostsLenientNumberInBytesIsRefusedAtItsPointerOnBothLines(String json, String pointer) {
    byte[] bytes = json.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThatThrownBy(() -> LENIENT_2.readValue(bytes, Centre.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.GeccJsonException.class,
            e -> {
              assertThat(e.getOriginalMessage())
                  .contains(
                      "is not written as JSON writes numbers (RFC"
                          + " 8259: an optional minus, digits without a leading zero or plus sign, an optional"
                          + " fraction and exponent)");
              assertThat(e.pointer()).isEqualTo(pointer);
            });
    assertThatThrownBy(() -> LENIENT_3.readValue(bytes, Centre.class))
        .isInstanceOfSatisfying(
            io.github.gecc.json.jackson3.GeccJsonException.class,
            e -> {
              assertThat(e.getOriginalMessage()).contains("is not written as JSON writes numbers");
              assertThat(e.pointer()).isEqualTo(pointer);
            });
  }

  @ParameterizedTest
  @MethodSource("jsonNumbers")
  void jsonsOwnNumbersInBytesReadUnderALenientHostOnBothLines(String score) throws Exception {
    byte[] bytes = centre("2564", score).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Centre read = LENIENT_2.readValue(bytes, Centre.class);
    assertThat(LENIENT_3.readValue(bytes, Centre.class)).isEqualTo(read);
    assertThat(read.reports().get(0).satisfaction().orElseThrow().score())
        .isEqualTo(Double.parseDouble(score));
    assertThat(read.history().certifications().get(0).round().getValue()).isEqualTo(2564);
  }

  @ParameterizedTest
  @MethodSource("jsonNumbers")
  void jsonsOwnNumbersReadFromAPartOfATree(String score) throws Exception {
    com.fasterxml.jackson.databind.ObjectMapper mapper = io.github.gecc.json.GeccJson.mapper();
    com.fasterxml.jackson.databind.JsonNode document =
        mapper.readTree("{\"centres\":[" + centre("2564", score) + "]}");
    Centre read = io.github.gecc.json.GeccJson.read(mapper, document, "/centres/0", Centre.class);
    assertThat(read).isEqualTo(mapper.readValue(centre("2564", score), Centre.class));
    assertThat(read.history().certifications().get(0).round().getValue()).isEqualTo(2564);
  }
}
