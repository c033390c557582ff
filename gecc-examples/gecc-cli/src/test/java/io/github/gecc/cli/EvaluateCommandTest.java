package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.json.GeccJson;
import io.github.gecc.rules.BundledRulebooks;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.StreamSupport;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EvaluateCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static List<String> ids(String prefix, int from, int to) {
    return IntStream.rangeClosed(from, to)
        .mapToObj(i -> String.format("%s%02d", prefix, i))
        .collect(Collectors.toList());
  }

  private static List<String> texts(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false)
        .map(JsonNode::asText)
        .collect(Collectors.toList());
  }

  private static String request(List<String> met) throws Exception {
    return "{\"rulebook\":\"GECC-2560\",\"met\":" + MAPPER.writeValueAsString(met) + "}";
  }

  private static CliRunner.Result badInput(String stdin) {
    CliRunner.Result result = CliRunner.run("evaluate", stdin);
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    return result;
  }

  // --- the contract

  @Test
  void theContractExampleHolds() {
    CliRunner.Result result =
        CliRunner.run("evaluate", "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\"]}");
    assertThat(result.status()).isZero();
    assertThat(result.stderr()).isEmpty();
    JsonNode out = result.json();
    assertThat(out.get("rulebook").asText()).isEqualTo("GECC-2560");
    assertThat(out.get("points").asInt()).isEqualTo(4);
    assertThat(out.get("maxPoints").asInt()).isEqualTo(80);
    assertThat(out.get("certified").isBoolean()).isTrue();
    assertThat(out.get("certified").asBoolean()).isFalse();
    assertThat(out.get("outcome").asText()).isEqualTo("NOT_CERTIFIED");
    assertThat(out.get("selfAssessmentPassed").asBoolean()).isFalse();
    assertThat(texts(out.at("/unmet/BASIC"))).isEqualTo(ids("B", 3, 40));
    assertThat(texts(out.at("/unmet/ADVANCED"))).isEqualTo(ids("A", 2, 20));
    assertThat(out.get("unmet").size()).isEqualTo(2);
  }

  @Test
  void certifiedWithAllBasicAndTenAdvanced() throws Exception {
    List<String> met = new ArrayList<>(ids("A", 11, 20));
    met.addAll(ids("B", 1, 40));
    JsonNode out = CliRunner.run("evaluate", request(met)).json();
    assertThat(out.get("certified").asBoolean()).isTrue();
    assertThat(out.get("outcome").asText()).isEqualTo("CERTIFIED");
    assertThat(out.get("points").asInt()).isEqualTo(60);
    assertThat(out.get("selfAssessmentPassed").asBoolean()).isTrue();
    assertThat(texts(out.at("/unmet/BASIC"))).isEmpty();
    assertThat(texts(out.at("/unmet/ADVANCED"))).isEqualTo(ids("A", 1, 10));
  }

  @Test
  void sixtyPointsPassTheGateWithoutCertification() throws Exception {
    List<String> met = new ArrayList<>(ids("B", 1, 36));
    met.addAll(ids("A", 1, 12));
    JsonNode out = CliRunner.run("evaluate", request(met)).json();
    assertThat(out.get("points").asInt()).isEqualTo(60);
    assertThat(out.get("selfAssessmentPassed").asBoolean()).isTrue();
    assertThat(out.get("certified").asBoolean()).isFalse();
    assertThat(out.at("/reasons/0/code").asText()).isEqualTo("LEVEL_NOT_ALL_MET");
    assertThat(texts(out.at("/reasons/0/criteria"))).containsExactly("B37", "B38", "B39", "B40");
    assertThat(out.at("/reasons/0/message/th").asText()).contains("ขั้นพื้นฐาน");
    assertThat(out.at("/fewestFurther/0/count").asInt()).isEqualTo(4);
  }

  @Test
  void nineAdvancedFallOneShort() throws Exception {
    List<String> met = new ArrayList<>(ids("B", 1, 40));
    met.addAll(ids("A", 1, 9));
    JsonNode out = CliRunner.run("evaluate", request(met)).json();
    assertThat(out.get("outcome").asText()).isEqualTo("NOT_CERTIFIED");
    assertThat(out.at("/reasons/0/code").asText()).isEqualTo("LEVEL_COUNT_TOO_LOW");
    assertThat(out.at("/reasons/0/required").asInt()).isEqualTo(10);
    assertThat(out.at("/reasons/0/actual").asInt()).isEqualTo(9);
    assertThat(out.at("/reasons/0/shortfall").asInt()).isEqualTo(1);
    assertThat(out.at("/reasons/1/code").asText()).isEqualTo("SELF_ASSESSMENT_BELOW_GATE");
    assertThat(out.get("libraryVersion").asText()).isNotEmpty();
  }

  @Test
  void anEmptyMetListScoresZero() {
    JsonNode out = CliRunner.run("evaluate", "{\"rulebook\":\"GECC-2560\",\"met\":[]}").json();
    assertThat(out.get("points").asInt()).isZero();
    assertThat(out.at("/unmet/BASIC").size()).isEqualTo(40);
    assertThat(out.at("/unmet/ADVANCED").size()).isEqualTo(20);
  }

  @Test
  void aWholeRulebookDocumentIsEvaluated() {
    String rulebook =
        GeccJson.mapper()
            .valueToTree(BundledRulebooks.gecc2560())
            .toString()
            .replace("GECC-2560", "MY-COPY");
    JsonNode out =
        CliRunner.run("evaluate", "{\"rulebook\":" + rulebook + ",\"met\":[\"B01\"]}").json();
    assertThat(out.get("rulebook").asText()).isEqualTo("MY-COPY");
    assertThat(out.get("points").asInt()).isEqualTo(1);
  }

  @Test
  void aThreeLevelRulebookIsKeyedByItsLevels() {
    String rulebook =
        "{\"id\":\"FICTIONAL\",\"firstRound\":2566,\"selfAssessmentGate\":3,\"criteria\":["
            + "{\"id\":\"X1\",\"level\":\"BASIC\",\"points\":1},{\"id\":\"Y1\",\"level\":\"ADVANCED\",\"points\":2},"
            + "{\"id\":\"Z1\",\"level\":\"EXCELLENT\",\"points\":3}],\"outcomes\":["
            + "{\"name\":\"EXCELLENT\",\"requirements\":[{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"EXCELLENT\"},{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"ADVANCED\"}]},"
            + "{\"name\":\"ADVANCED\",\"requirements\":[{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"ADVANCED\"}]},"
            + "{\"name\":\"BASIC\",\"requirements\":[{\"kind\":\"ALL_OF_LEVEL\",\"level\":\"BASIC\"}]}]}";
    JsonNode out =
        CliRunner.run("evaluate", "{\"rulebook\":" + rulebook + ",\"met\":[\"Y1\"]}").json();
    assertThat(out.get("outcome").asText()).isEqualTo("ADVANCED");
    assertThat(out.get("certified").asBoolean()).isTrue();
    assertThat(texts(out.at("/unmet/BASIC"))).containsExactly("X1");
    assertThat(texts(out.at("/unmet/EXCELLENT"))).containsExactly("Z1");
    assertThat(out.at("/fewestFurther/0/outcome").asText()).isEqualTo("EXCELLENT");
  }

  @Test
  void aRoundChoosesTheRulebook() {
    JsonNode out = CliRunner.run("evaluate", "{\"round\":2567,\"met\":[\"B01\"]}").json();
    assertThat(out.get("rulebook").asText()).isEqualTo("GECC-2560");
  }

  @Test
  void whatIfAddsTheEvaluationAfterMoreCriteria() {
    JsonNode out =
        CliRunner.run(
                "evaluate",
                "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"],\"whatIf\":[\"B02\",\"A01\"]}")
            .json();
    assertThat(out.get("points").asInt()).isEqualTo(1);
    assertThat(out.at("/whatIf/points").asInt()).isEqualTo(4);
  }

  // --- bad input

  @Test
  void anUnknownIdIsBadInputAtItsElement() {
    CliRunner.Result result =
        badInput("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\",\"A21\"]}");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/met/3");
    assertThat(result.error().at("/error/message").asText())
        .contains("'A21'")
        .contains("GECC-2560");
  }

  @Test
  void aRepeatedIdIsBadInputAtItsElement() {
    CliRunner.Result result = badInput("{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B01\"]}");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/met/1");
    assertThat(result.error().at("/error/message").asText()).contains("listed twice");
  }

  @Test
  void anUnknownRulebookIsBadInput() {
    CliRunner.Result result = badInput("{\"rulebook\":\"GECC-2599\",\"met\":[]}");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/rulebook");
    assertThat(result.error().at("/error/message").asText())
        .contains("unknown rulebook 'GECC-2599'");
  }

  @Test
  void aLowerCaseIdIsBadInput() {
    CliRunner.Result result = badInput("{\"rulebook\":\"GECC-2560\",\"met\":[\"b01\"]}");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/met/0");
  }

  @Test
  void aBrokenInlineRulebookIsBadInput() {
    String rulebook =
        "{\"id\":\"BROKEN\",\"firstRound\":2566,\"selfAssessmentGate\":0,\"criteria\":["
            + "{\"id\":\"X1\",\"level\":\"BASIC\",\"points\":1}],\"outcomes\":["
            + "{\"name\":\"OK\",\"requirements\":[{\"kind\":\"AT_LEAST_POINTS\",\"minimum\":2}]}]}";
    CliRunner.Result result = badInput("{\"rulebook\":" + rulebook + ",\"met\":[]}");
    assertThat(result.error().at("/error/path").asText())
        .isEqualTo("/rulebook/outcomes/0/requirements/0/minimum");
    assertThat(result.error().at("/error/message").asText())
        .contains("outcome OK cannot be reached");
  }

  @Test
  void aMissingMetIsBadInput() {
    CliRunner.Result result = badInput("{\"rulebook\":\"GECC-2560\"}");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/met");
  }

  @Test
  void aMissingRulebookIsBadInput() {
    CliRunner.Result result = badInput("{\"met\":[]}");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/rulebook");
  }

  @Test
  void metAsAStringIsBadInput() {
    CliRunner.Result result = badInput("{\"rulebook\":\"GECC-2560\",\"met\":\"B01\"}");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/met");
    assertThat(result.error().at("/error/message").asText()).contains("expected a JSON array");
  }

  @Test
  void anUnknownFieldIsBadInput() {
    CliRunner.Result result = badInput("{\"rulebook\":\"GECC-2560\",\"met\":[],\"unmet\":[]}");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/unmet");
  }

  @Test
  void bothRulebookAndRoundIsBadInput() {
    CliRunner.Result result = badInput("{\"rulebook\":\"GECC-2560\",\"round\":2567,\"met\":[]}");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/round");
  }

  @Test
  void aRoundBeforeEveryRulebookIsBadInput() {
    CliRunner.Result result = badInput("{\"round\":2559,\"met\":[]}");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/round");
    assertThat(result.error().at("/error/message").asText())
        .contains("no registered rulebook applies to round 2559");
    assertThat(result.error().at("/error/rule").asText()).isEqualTo("3.14");
  }

  @Test
  void aCommonEraRoundIsBadInputWithTheConversion() {
    CliRunner.Result result = badInput("{\"round\":2024,\"met\":[]}");
    assertThat(result.error().at("/error/message").asText()).contains("did you mean 2567?");
  }

  // --- for all met lists

  @Property(tries = 60)
  void unmetIsSortedAndComplementsMet(
      @ForAll @IntRange(min = 0, max = 40) int basic,
      @ForAll @IntRange(min = 0, max = 20) int advanced,
      @ForAll long seed)
      throws Exception {
    List<String> b = ids("B", 1, 40);
    List<String> a = ids("A", 1, 20);
    Random random = new Random(seed);
    Collections.shuffle(b, random);
    Collections.shuffle(a, random);
    List<String> met = new ArrayList<>(b.subList(0, basic));
    met.addAll(a.subList(0, advanced));
    Collections.shuffle(met, random);
    JsonNode out = CliRunner.run("evaluate", request(met)).json();
    assertThat(out.get("points").asInt()).isEqualTo(basic + 2 * advanced);
    assertThat(texts(out.at("/unmet/BASIC")))
        .isSorted()
        .hasSize(40 - basic)
        .noneMatch(met::contains);
    assertThat(texts(out.at("/unmet/ADVANCED")))
        .isSorted()
        .hasSize(20 - advanced)
        .noneMatch(met::contains);
    assertThat(out.get("certified").asBoolean()).isEqualTo(basic == 40 && advanced >= 10);
    assertThat(out.get("outcome").asText())
        .isEqualTo(basic == 40 && advanced >= 10 ? "CERTIFIED" : "NOT_CERTIFIED");
    assertThat(out.get("selfAssessmentPassed").asBoolean()).isEqualTo(basic + 2 * advanced >= 60);
  }
}
