package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/** {@code gecc check-applications}: a batch of applications, duplicates naming the first. */
class CheckApplicationsCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private static ObjectNode application(String id, int minute) {
    ObjectNode application =
        (ObjectNode)
            Catalog.example(MAPPER, "check-applications").path("applications").get(0).deepCopy();
    ((ObjectNode) application.path("organisation")).put("id", id);
    application.put("submittedAt", String.format("2024-02-01T10:%02d:00+07:00", minute));
    return application;
  }

  @Test
  void theDuplicateNamesTheFirstApplicationAndWhenItWasSent() {
    JsonNode out =
        CliRunner.run(
                "check-applications", Catalog.example(MAPPER, "check-applications").toString())
            .json();
    JsonNode duplicate = out.path("results").get(2).path("violations").get(0);
    assertThat(duplicate.path("code").asText()).isEqualTo("DUPLICATE_APPLICATION");
    assertThat(duplicate.path("message").asText())
        .contains("district-a")
        .contains("2024-02-01T10:00+07:00");
  }

  @Property(tries = 20)
  void exactlyEveryRepeatOfAnIdIsRefused(
      @ForAll @IntRange(min = 1, max = 6) int distinct,
      @ForAll @IntRange(min = 1, max = 30) int total) {
    ObjectNode request = MAPPER.createObjectNode();
    ArrayNode applications = request.putArray("applications");
    for (int i = 0; i < total; i++) {
      applications.add(application("unit-" + (i % distinct), i % 60));
    }
    JsonNode out = CliRunner.run("check-applications", request.toString()).json();
    assertThat(out.path("accepted").asInt()).isEqualTo(Math.min(distinct, total));
    assertThat(out.path("refused").asInt()).isEqualTo(total - Math.min(distinct, total));
  }

  @Test
  void anEmptyBatchAcceptsNothing() {
    JsonNode out = CliRunner.run("check-applications", "{\"applications\":[]}").json();
    assertThat(out.path("accepted").asInt()).isZero();
    assertThat(out.path("results")).isEmpty();
  }
}
