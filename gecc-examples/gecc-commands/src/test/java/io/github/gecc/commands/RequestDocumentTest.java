package io.github.gecc.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.gecc.application.Organisation;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.GeccModule;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The commands parse a request once and read its GECC values from its tokens, so a reader sees
 * repeated keys and every digit as written, whatever the mapper's tree features.
 */
class RequestDocumentTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2024-06-01T00:00:00Z"), ZoneOffset.UTC);

  /** A host mapper with the module and Jackson's defaults: its trees keep one key and doubles. */
  private static final ObjectMapper HOST = JsonMapper.builder().addModule(new GeccModule()).build();

  private static byte[] utf8(String json) {
    return json.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void aKeyRepeatedInsideAGeccValueIsRefusedAtItsPointerWhateverTheTreeKeeps() {
    Invoker invoker = new Invoker(HOST, CLOCK);
    Answer answer =
        invoker.answer(
            invoker.commands().get("progress"),
            utf8(
                "{\"round\":2560,\"organisation\":"
                    + "{\"kind\":\"CITY_MUNICIPALITY\",\"kind\":\"DISTRICT_OFFICE\"},\"events\":[]}"));
    assertThat(answer.isOk()).isFalse();
    assertThat(answer.pointer()).contains("/organisation/kind");
    assertThat(answer.message()).contains("'kind'").contains("twice");
  }

  @Test
  void aDecimalADoubleWouldRoundReachesTheReaderAsWritten() {
    Invoker invoker = new Invoker(HOST, CLOCK);
    Answer answer =
        invoker.answer(
            invoker.commands().get("fiscal-year"),
            utf8("{\"fiscalYear\":2567.0000000000000000001}"));
    assertThat(answer.isOk()).isFalse();
    assertThat(answer.message()).contains("2567.0000000000000000001");
  }

  @Test
  void aRefusalFromTheTokensNamesTheSameRuleMessageAndWholePointerAsFromTheTree() throws Exception {
    ObjectMapper mapper = GeccJson.mapper();
    byte[] json = utf8("{\"o\":[{\"kind\":\"CITY_MUNICIPALITY\"},{\"kind\":\"NO_SUCH_KIND\"}]}");
    GeccDocument document = GeccDocument.parse(mapper, json);
    JsonNode tree = GeccJson.read(mapper, json, JsonNode.class);
    for (String at : List.of("/o/1", "/o/2", "/p")) {
      GeccJsonException fromTokens =
          catchThrowableOfType(
              GeccJsonException.class, () -> document.read(at, Organisation.class));
      GeccJsonException fromTree =
          catchThrowableOfType(
              GeccJsonException.class, () -> GeccJson.read(mapper, tree, at, Organisation.class));
      assertThat(fromTokens.pointer()).as(at).isEqualTo(fromTree.pointer()).startsWith(at);
      assertThat(fromTokens.rule()).as(at).isEqualTo(fromTree.rule());
      assertThat(fromTokens.getOriginalMessage()).as(at).isEqualTo(fromTree.getOriginalMessage());
    }
  }

  @Test
  void everyCommandReadsItsGeccValuesFromTheTokens() {
    Invoker invoker = new Invoker(HOST, CLOCK);
    String organisation =
        "{\"kind\":\"CITY_MUNICIPALITY\",\"kind\":\"DISTRICT_OFFICE\",\"id\":\"o-1\"}";
    for (String[] request :
        new String[][] {
          {"deadlines", "{\"round\":2567,\"organisation\":" + organisation + "}"},
          {
            "check-application",
            "{\"round\":2567,\"organisation\":" + organisation + ",\"rounds\":[]}"
          },
          {
            "check-applications",
            "{\"applications\":[{\"round\":2567,\"organisation\":" + organisation + "}]}"
          },
          {"window", "{\"round\":2567.0000000000000000000001}"},
          {"evaluate", "{\"round\":2567.0000000000000000000001,\"met\":[]}"},
          {
            "certification",
            "{\"round\":2567.0000000000000000000001,"
                + "\"certifiedOn\":\"2024-09-30\",\"validity\":\"YEARS_FROM_DATE\"}"
          },
        }) {
      Answer answer = invoker.answer(invoker.commands().get(request[0]), utf8(request[1]));
      assertThat(answer.isOk()).as(request[0]).isFalse();
      if (request[1].contains("\"kind\"")) {
        assertThat(answer.pointer())
            .as(request[0])
            .hasValueSatisfying(p -> assertThat(p).endsWith("/organisation/kind"));
        assertThat(answer.message()).as(request[0]).contains("'kind'").contains("twice");
      } else {
        assertThat(answer.pointer()).as(request[0]).contains("/round");
        assertThat(answer.message()).as(request[0]).contains("2567.0000000000000000000001");
      }
    }
  }

  @Test
  void aDocumentParsedOnceIsAnsweredAsItsBytes() throws Exception {
    Invoker invoker = new Invoker(HOST, CLOCK);
    byte[] json = utf8("{\"fiscalYear\":2567.0000000000000000000001}");
    Command command = invoker.commands().get("fiscal-year");
    Answer fromBytes = invoker.answer(command, json);
    Answer fromDocument = invoker.answer(command, GeccDocument.parse(HOST, json), false);
    assertThat(fromDocument.message())
        .isEqualTo(fromBytes.message())
        .contains("2567.0000000000000000000001");
    assertThat(fromDocument.pointer()).isEqualTo(fromBytes.pointer());
  }
}
