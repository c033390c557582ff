package io.github.gecc.commands;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.gecc.application.Organisation;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.GeccModule;
import java.math.BigDecimal;
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
  void tokensKeepEveryDigitAndEveryExponentAsWritten() throws Exception {
    ObjectMapper mapper = GeccJson.mapper();
    TokenBuffer tokens = GeccJson.tokens(mapper, utf8("[79.99999999999999999999, 1e400, -1e-400]"));
    try (JsonParser parser = tokens.asParser(mapper)) {
      assertThat(parser.nextToken()).isEqualTo(JsonToken.START_ARRAY);
      parser.nextToken();
      assertThat(parser.getDecimalValue()).isEqualTo(new BigDecimal("79.99999999999999999999"));
      parser.nextToken();
      assertThat(parser.getDecimalValue()).isEqualTo(new BigDecimal("1e400"));
      parser.nextToken();
      assertThat(parser.getDecimalValue()).isEqualTo(new BigDecimal("-1e-400"));
    }
  }

  @Test
  void readsTheValueAtAPointerSkippingItsSiblings() throws Exception {
    ObjectMapper mapper = GeccJson.mapper();
    TokenBuffer tokens = GeccJson.tokens(mapper,
        utf8("{\"a\":{\"x\":[1,{\"y\":2}]},\"b\":[{\"c\":3},{\"c\":79.99999999999999999999}]}"));
    assertThat(GeccJson.read(mapper, tokens, "/b/1/c", BigDecimal.class))
        .isEqualTo(new BigDecimal("79.99999999999999999999"));
    assertThat(GeccJson.read(mapper, tokens, "/a/x/1/y", Integer.class)).isEqualTo(2);
  }

  @Test
  void aKeyRepeatedInsideAGeccValueIsRefusedAtItsPointerWhateverTheTreeKeeps() {
    Invoker invoker = new Invoker(HOST, CLOCK);
    Answer answer = invoker.answer(invoker.commands().get("progress"), utf8(
        "{\"round\":2560,\"organisation\":"
            + "{\"kind\":\"CITY_MUNICIPALITY\",\"kind\":\"DISTRICT_OFFICE\"},\"events\":[]}"));
    assertThat(answer.isOk()).isFalse();
    assertThat(answer.pointer()).contains("/organisation/kind");
    assertThat(answer.message()).contains("'kind'").contains("twice");
  }

  @Test
  void aDecimalADoubleWouldRoundReachesTheReaderAsWritten() {
    Invoker invoker = new Invoker(HOST, CLOCK);
    Answer answer = invoker.answer(invoker.commands().get("fiscal-year"),
        utf8("{\"fiscalYear\":2567.0000000000000000001}"));
    assertThat(answer.isOk()).isFalse();
    assertThat(answer.message()).contains("2567.0000000000000000001");
  }

  @Test
  void aRefusalFromTheTokensNamesTheSameRuleMessageAndWholePointerAsFromTheTree() throws Exception {
    ObjectMapper mapper = GeccJson.mapper();
    byte[] json = utf8("{\"o\":[{\"kind\":\"CITY_MUNICIPALITY\"},{\"kind\":\"NO_SUCH_KIND\"}]}");
    TokenBuffer tokens = GeccJson.tokens(mapper, json);
    JsonNode tree = GeccJson.read(mapper, json, JsonNode.class);
    for (String at : List.of("/o/1", "/o/2", "/p")) {
      GeccJsonException fromTokens = catchThrowableOfType(GeccJsonException.class,
          () -> GeccJson.read(mapper, tokens, at, Organisation.class));
      GeccJsonException fromTree = catchThrowableOfType(GeccJsonException.class,
          () -> GeccJson.read(mapper, tree, at, Organisation.class));
      assertThat(fromTokens.pointer()).as(at).isEqualTo(fromTree.pointer()).startsWith(at);
      assertThat(fromTokens.rule()).as(at).isEqualTo(fromTree.rule());
      assertThat(fromTokens.getOriginalMessage()).as(at).isEqualTo(fromTree.getOriginalMessage());
    }
  }

  @Test
  void theDocumentNullIsTokensHoldingNull() throws Exception {
    ObjectMapper mapper = GeccJson.mapper();
    TokenBuffer tokens = GeccJson.tokens(mapper, utf8("null"));
    assertThat(GeccJson.read(mapper, tokens, "", JsonNode.class).isNull()).isTrue();
  }
}
