package io.github.gecc.json.deser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableList;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Violation;
import io.github.gecc.application.ViolationCode;
import io.github.gecc.json.GeccJson;
import io.github.gecc.json.GeccJsonException;
import org.junit.jupiter.api.Test;

class CheckResultDeserializerTest {

  private static final ObjectMapper MAPPER = GeccJson.mapper();

  private static final CheckResult REFUSED = CheckResult.of(ImmutableList.of(
      Violation.of(ViolationCode.WINDOW_CLOSED, "ส่งหลังปิดรับสมัคร", "submitted after the window closed", "DOPA มท 0305.1/ว 1660, 18 Jan 2567; RULES.md §4"),
      Violation.of(ViolationCode.CHANNEL_MISSING, "ยังไม่ได้ส่งทาง e-mail", "missing EMAIL")));

  @Test
  void writesCodeMessagesAndSource() {
    JsonNode node = MAPPER.valueToTree(REFUSED);
    assertThat(node.get("accepted").booleanValue()).isFalse();
    JsonNode first = node.get("violations").get(0);
    assertThat(first.get("code").textValue()).isEqualTo("WINDOW_CLOSED");
    assertThat(first.get("message").textValue()).isEqualTo("submitted after the window closed");
    assertThat(first.get("messageTh").textValue()).isEqualTo("ส่งหลังปิดรับสมัคร");
    assertThat(first.get("source").textValue()).isEqualTo("DOPA มท 0305.1/ว 1660, 18 Jan 2567; RULES.md §4");
  }

  @Test
  void roundTrips() throws Exception {
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(REFUSED), CheckResult.class)).isEqualTo(REFUSED);
    CheckResult accepted = CheckResult.of(ImmutableList.of());
    assertThat(MAPPER.readValue(MAPPER.writeValueAsString(accepted), CheckResult.class)).isEqualTo(accepted);
  }

  @Test
  void acceptedWithViolationsIsRefused() {
    assertThatThrownBy(() -> MAPPER.readValue(
            "{\"accepted\":true,\"violations\":[{\"code\":\"WINDOW_CLOSED\",\"message\":\"late\",\"messageTh\":\"ช้า\",\"source\":\"s\"}]}",
            CheckResult.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("accepted is true but there are 1 violations")
        .satisfies(e -> assertThat(((GeccJsonException) e).pointer()).isEqualTo("/accepted"));
  }

  @Test
  void anUnknownCodeIsRefused() {
    assertThatThrownBy(() -> MAPPER.readValue(
            "{\"accepted\":false,\"violations\":[{\"code\":\"TOO_LATE\",\"message\":\"late\",\"messageTh\":\"ช้า\",\"source\":\"s\"}]}",
            CheckResult.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("'TOO_LATE' is not one of WINDOW_CLOSED")
        .satisfies(e -> assertThat(((GeccJsonException) e).pointer()).isEqualTo("/violations/0/code"));
  }
}
