package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code gecc deadlines}: the national window and the reports down a chain, in date order. */
class DeadlinesCommandTest {

  @Test
  void theDeadlinesOfASakonNakhonDistrictOfficeAreInDateOrder() {
    JsonNode out =
        CliRunner.run(
                "deadlines",
                "{\"round\":2567,\"organisation\":{\"kind\":"
                    + "\"DISTRICT_OFFICE\"},\"chain\":[\"DOPA\",\"SAKON_NAKHON\"]}")
            .json();
    List<OffsetDateTime> dues = new ArrayList<>();
    out.path("deadlines").forEach(d -> dues.add(OffsetDateTime.parse(d.path("due").asText())));
    assertThat(dues)
        .hasSize(5)
        .isSortedAccordingTo((a, b) -> a.toInstant().compareTo(b.toInstant()));
    assertThat(out.path("deadlines").get(4).path("kind").asText()).isEqualTo("WINDOW_CLOSES");
  }

  @Test
  void aDistrictOfficeMakesSakonNakhonsReportItselfAndDopasAreItsProvinces() {
    JsonNode out =
        CliRunner.run(
                "deadlines",
                "{\"round\":2567,\"organisation\":{\"kind\":"
                    + "\"DISTRICT_OFFICE\"},\"chain\":[\"DOPA\",\"SAKON_NAKHON\"]}")
            .json();
    List<String> rows = new ArrayList<>();
    for (JsonNode deadline : out.path("deadlines")) {
      if (deadline.path("kind").asText().equals("REPORT")) {
        rows.add(
            deadline.path("day").asText()
                + " "
                + deadline.path("reportedBy").asText()
                + " -> "
                + deadline.path("reportsTo").asText()
                + " "
                + deadline.path("owedBy").asText());
      }
    }
    assertThat(rows)
        .containsExactly(
            "2024-01-19 PROVINCE -> DOPA CHAIN",
            "2024-02-27 DISTRICT_OFFICE -> SAKON_NAKHON SELF",
            "2024-02-28 PROVINCE -> DOPA CHAIN");
    // Another kind under the same chain makes none of them itself.
    JsonNode other =
        CliRunner.run(
                "deadlines",
                "{\"round\":2567,\"organisation\":{\"kind\":"
                    + "\"BANGKOK_AGENCY\"},\"chain\":[\"DOPA\",\"SAKON_NAKHON\"]}")
            .json();
    assertThat(other.path("deadlines").findValuesAsText("owedBy")).containsOnly("CHAIN");
  }

  @Test
  void aBodyOutsideTheChainAsksNothing() {
    JsonNode out =
        CliRunner.run(
                "deadlines",
                "{\"round\":2567,\"organisation\":{\"kind\":"
                    + "\"DISTRICT_OFFICE\"},\"chain\":[\"SAKON_NAKHON\"]}")
            .json();
    assertThat(out.path("deadlines").findValuesAsText("reportsTo")).containsExactly("SAKON_NAKHON");
  }

  @Test
  void aRegisteredRoundsWindowIsOwed() {
    JsonNode out =
        CliRunner.run(
                "deadlines",
                "{\"round\":2570,\"organisation\":{\"kind\":"
                    + "\"DISTRICT_OFFICE\"},\"rounds\":[{\"round\":2570,\"thaiText\":\"๗ มกราคม (เวลา ๐๘.๓๐ น.)"
                    + " - ๒๖ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๗๐\",\"channels\":[\"ONLINE\"],\"source\":"
                    + "\"FICTIONAL test data: an invented round 2570 circular, not a fact\"}]}")
            .json();
    assertThat(out.path("deadlines").get(1).path("due").asText())
        .isEqualTo("2027-02-26T16:30+07:00");
  }

  @Test
  void aChainThatIsNotAnArrayIsBadInputAtTheChain() {
    CliRunner.Result result =
        CliRunner.run(
            "deadlines",
            "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\"},\"chain\":\"DOPA\"}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().path("error").path("path").asText()).isEqualTo("/chain");
  }
}
