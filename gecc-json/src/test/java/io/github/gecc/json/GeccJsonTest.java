package io.github.gecc.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class GeccJsonTest {

  private final ObjectMapper mapper = GeccJson.mapper();

  @Test
  void duplicateKeysAreRefused() {
    assertThatThrownBy(() -> mapper.readTree("{\"a\":1,\"a\":2}"))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Duplicate field 'a'");
  }

  @Test
  void trailingContentIsRefused() {
    assertThatThrownBy(() -> mapper.readValue("{} {}", Object.class))
        .isInstanceOf(JsonProcessingException.class)
        .hasMessageContaining("Trailing token");
  }

  @Test
  void nestingDeeperThanTheLimitIsRefused() {
    String deep = "[".repeat(GeccJson.MAX_NESTING_DEPTH + 1) + "]".repeat(GeccJson.MAX_NESTING_DEPTH + 1);
    assertThatThrownBy(() -> mapper.readTree(deep))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("nesting depth");
  }

  @Test
  void nestingAtTheLimitIsRead() throws Exception {
    String deep = "[".repeat(GeccJson.MAX_NESTING_DEPTH) + "]".repeat(GeccJson.MAX_NESTING_DEPTH);
    assertThat(mapper.readTree(deep).isArray()).isTrue();
  }

  @Test
  void hugeNumbersAreRefused() {
    String huge = "1".repeat(GeccJson.MAX_NUMBER_LENGTH + 1);
    assertThatThrownBy(() -> mapper.readTree("[" + huge + "]"))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("Number value length");
  }

  @Test
  void longStringsAreRefused() {
    String text = "x".repeat(GeccJson.MAX_STRING_LENGTH + 1);
    assertThatThrownBy(() -> mapper.readTree("[\"" + text + "\"]"))
        .isInstanceOf(StreamConstraintsException.class)
        .hasMessageContaining("String value length");
  }

  @Test
  void eachCallGivesItsOwnMapper() {
    assertThat(GeccJson.mapper()).isNotSameAs(GeccJson.mapper());
  }
}
