package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.Invoker;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccModule;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Every entry parses a request once and reads its GECC values from its tokens: a {@code batch}
 * line's input, an {@code impact} request's subjects and centres, a {@code progress} request's
 * events. A host mapper whose trees keep one of two keys and round decimals to doubles shows it:
 * the readers still see both keys and every digit.
 */
class ParsedOnceTest {

  /** A host mapper with the module and Jackson's defaults: its trees keep one key and doubles. */
  private static final ObjectMapper HOST = JsonMapper.builder().addModule(new GeccModule()).build();

  private static final String ORGANISATION =
      "{\"kind\":\"CITY_MUNICIPALITY\",\"kind\":\"DISTRICT_OFFICE\",\"id\":\"o-1\"}";

  /** A round of 25 digits, which a double would read as 2567. */
  private static final String ROUND = "2567.000000000000000000001";

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static Answer line(ObjectMapper mapper, String line) {
    return BatchCommand.answerLine(utf8(line), mapper, new Invoker(mapper, CliRunner.CLOCK)).answer;
  }

  @Test
  void aBatchLinesInputIsReadFromTheLinesTokens() {
    Answer repeated =
        line(
            HOST,
            "{\"id\":1,\"command\":\"deadlines\",\"input\":"
                + "{\"round\":2567,\"organisation\":"
                + ORGANISATION
                + "}}");
    assertThat(repeated.isOk()).isFalse();
    assertThat(repeated.pointer()).contains("/organisation/kind");
    assertThat(repeated.message()).contains("'kind'").contains("twice");
    Answer decimal =
        line(HOST, "{\"id\":2,\"command\":\"window\",\"input\":{\"round\":" + ROUND + "}}");
    assertThat(decimal.isOk()).isFalse();
    assertThat(decimal.pointer()).contains("/round");
    assertThat(decimal.message()).contains(ROUND);
  }

  @Test
  void aBatchLineIsAnsweredAsTheSameInputOnTheCommandLine() {
    ObjectMapper mapper = GeccJson.mapper();
    for (String input :
        new String[] {
          "{\"round\":" + ROUND + "}",
          "{\"round\":2567,\"organisation\":" + ORGANISATION + "}",
          "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\",\"informationOnly\":1}}"
        }) {
      for (String command : new String[] {"window", "deadlines"}) {
        Answer batch =
            line(mapper, "{\"id\":1,\"command\":\"" + command + "\",\"input\":" + input + "}");
        Answer cli =
            new Invoker(mapper, CliRunner.CLOCK)
                .answer(new Invoker(mapper, CliRunner.CLOCK).commands().get(command), utf8(input));
        assertThat(batch.message()).as(command + " " + input).isEqualTo(cli.message());
        assertThat(batch.pointer()).as(command + " " + input).isEqualTo(cli.pointer());
        assertThat(batch.rule()).as(command + " " + input).isEqualTo(cli.rule());
      }
    }
  }

  @Test
  void impactReadsEachCentreAndEachApplicationFromTheRequestsTokens() {
    Invoker invoker = new Invoker(HOST, CliRunner.CLOCK);
    Answer portfolio =
        invoker.answer(
            ImpactCommand.DOCUMENT,
            utf8(
                "{\"population\":\"portfolio\","
                    + "\"configuration\":\"policy\",\"a\":{},\"b\":{\"dueDays\":15},\"portfolio\":"
                    + "{\"asOf\":\"2024-06-01\",\"centres\":[{\"id\":\"c-1\",\"id\":\"c-2\","
                    + "\"certifications\":[],\"reports\":[]}]}}"));
    assertThat(portfolio.isOk()).as(() -> portfolio.message()).isTrue();
    JsonNode centre = portfolio.output().get("changes").get(0);
    assertThat(centre.get("at").asText()).isEqualTo("/portfolio/centres/0");
    assertThat(centre.get("error").get("path").asText()).isEqualTo("/portfolio/centres/0/id");
    assertThat(centre.get("error").get("message").asText()).contains("twice");

    Answer applications =
        invoker.answer(
            ImpactCommand.DOCUMENT,
            utf8(
                "{\"population\":"
                    + "\"applications\",\"configuration\":\"rounds\",\"a\":[],\"b\":[],\"subjects\":"
                    + "[{\"id\":\"x\",\"round\":2567,\"organisation\":"
                    + ORGANISATION
                    + "}]}"));
    assertThat(applications.isOk()).as(() -> applications.message()).isTrue();
    JsonNode application = applications.output().get("changes").get(0);
    assertThat(application.get("error").get("path").asText())
        .isEqualTo("/subjects/0/organisation/kind");
  }

  @Test
  void progressReadsEachEventFromItsOwnTokensAndBlamesItsPlaceInTheRequest() {
    Invoker invoker = new Invoker(HOST, CliRunner.CLOCK);
    Answer progress =
        invoker.answer(
            invoker.commands().get("progress"),
            utf8(
                "{\"round\":2567,\"organisation\":{\"kind\":\"CITY_MUNICIPALITY\"},\"events\":["
                    + "{\"action\":\"BRIEFING\"},"
                    + "{\"action\":\"SELF_ASSESSMENT\",\"selfAssessment\":"
                    + "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"],\"met\":[\"B02\"]}}]}"));
    assertThat(progress.isOk()).isFalse();
    assertThat(progress.pointer()).contains("/events/1/selfAssessment/met");
    assertThat(progress.message()).contains("'met'").contains("twice");
  }
}
