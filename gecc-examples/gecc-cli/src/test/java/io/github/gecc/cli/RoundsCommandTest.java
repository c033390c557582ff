package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code gecc rounds}, {@code --rounds FILE} and inline registers on the command line. */
class RoundsCommandTest {

  static final String FICTIONAL =
      "FICTIONAL test data: an invented round 2570 circular, not a fact";

  static final String ROUND_2570 =
      "{\"round\":2570,\"thaiText\":\"๗ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๖ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๗๐\","
          + "\"channels\":[\"ONLINE\"],\"eligibleKinds\":[\"DISTRICT_OFFICE\"],\"source\":\""
          + FICTIONAL
          + "\"}";

  @TempDir Path dir;

  private Path file(String name, String content) throws IOException {
    Path path = dir.resolve(name);
    Files.writeString(path, content, StandardCharsets.UTF_8);
    return path;
  }

  @Test
  void roundsListsTheBundledRoundsInBangkokTime() {
    CliRunner.Result result = CliRunner.runArgs("", "rounds");
    assertThat(result.status()).isZero();
    JsonNode rounds = result.json().get("rounds");
    assertThat(rounds).hasSize(4);
    JsonNode r2567 = rounds.get(3);
    assertThat(r2567.get("round").asInt()).isEqualTo(2567);
    assertThat(r2567.get("opensAt").asText()).isEqualTo("2024-01-08T08:30:00+07:00");
    assertThat(r2567.get("rulebook").asText()).isEqualTo("GECC-2560");
    assertThat(r2567.get("deadlines")).hasSize(3);
    assertThat(r2567.get("registered").asBoolean()).isFalse();
    assertThat(rounds.get(0).get("eligibleKinds").toString())
        .doesNotContain("SUBDISTRICT_MUNICIPALITY");
  }

  @Test
  void roundsWithAFileListsTheRegisteredRound() throws IOException {
    Path file = file("rounds.json", "[" + ROUND_2570 + "]");
    CliRunner.Result result = CliRunner.runArgs("", "rounds", "--rounds", file.toString());
    assertThat(result.status()).as(result.stderr()).isZero();
    JsonNode last = result.json().get("rounds").get(4);
    assertThat(last.get("round").asInt()).isEqualTo(2570);
    assertThat(last.get("opensAt").asText()).isEqualTo("2027-01-07T08:30:00+07:00");
    assertThat(last.get("closesAt").asText()).isEqualTo("2027-02-26T16:30:00+07:00");
    assertThat(last.get("eligibleKinds").toString()).isEqualTo("[\"DISTRICT_OFFICE\"]");
    assertThat(last.get("source").asText()).isEqualTo(FICTIONAL);
    assertThat(last.get("registered").asBoolean()).isTrue();
  }

  @Test
  void windowReadsTheRoundsFileWithEitherSpelling() throws IOException {
    Path file = file("rounds.json", "{\"rounds\":[" + ROUND_2570 + "]}");
    String request = "{\"round\":2570,\"at\":\"2027-01-07T08:30:00+07:00\"}";
    assertThat(
            CliRunner.runArgs(request, "window", "--rounds", file.toString())
                .json()
                .get("open")
                .asBoolean())
        .isTrue();
    assertThat(
            CliRunner.runArgs(request, "window", "--rounds=" + file).json().get("open").asBoolean())
        .isTrue();
    Path input = file("request.json", request);
    assertThat(
            CliRunner.runArgs("", "window", input.toString(), "--rounds", file.toString())
                .json()
                .get("open")
                .asBoolean())
        .isTrue();
  }

  @Test
  void checkApplicationReadsTheRoundsFile() throws IOException {
    Path file = file("rounds.json", "[" + ROUND_2570 + "]");
    String request =
        "{\"round\":2570,\"organisation\":{\"kind\":\"BANGKOK_AGENCY\"},"
            + "\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":[]},"
            + "\"submittedAt\":\"2027-02-01T10:00:00+07:00\",\"channels\":[\"ONLINE\"]}";
    CliRunner.Result result =
        CliRunner.runArgs(request, "check-application", "--rounds", file.toString());
    assertThat(result.status()).as(result.stderr()).isZero();
    assertThat(result.json().get("violations").toString()).contains("INELIGIBLE_ORGANISATION");
  }

  @Test
  void anInlineRegisterMayRestateTheFilesRoundIdentically() throws IOException {
    Path file = file("rounds.json", "[" + ROUND_2570 + "]");
    String request = "{\"round\":2570,\"rounds\":[" + ROUND_2570 + "]}";
    assertThat(CliRunner.runArgs(request, "window", "--rounds", file.toString()).status()).isZero();
    String differing =
        "{\"round\":2570,\"rounds\":["
            + ROUND_2570.replace("DISTRICT_OFFICE", "STATE_ENTERPRISE")
            + "]}";
    CliRunner.Result refused = CliRunner.runArgs(differing, "window", "--rounds", file.toString());
    assertThat(refused.status()).isEqualTo(2);
    assertThat(refused.error().at("/error/path").asText()).isEqualTo("/rounds/0");
  }

  @Test
  void aBrokenRoundsFileIsBadInputNamingTheFileAndThePointInIt() throws IOException {
    Path file = file("rounds.json", "[" + ROUND_2570 + "," + ROUND_2570 + "]");
    CliRunner.Result result = CliRunner.runArgs("", "rounds", "--rounds", file.toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/message").asText())
        .contains(file.toString())
        .contains("listed twice");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/1/round");
  }

  @Test
  void aMissingRoundsFileIsBadInput() {
    CliRunner.Result result =
        CliRunner.runArgs("", "rounds", "--rounds", dir.resolve("nope.json").toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("does not exist");
  }

  @Test
  void aDirectoryAsRoundsFileIsBadInput() {
    CliRunner.Result result = CliRunner.runArgs("", "rounds", "--rounds", dir.toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("is a directory");
  }

  @Test
  void aMalformedRoundsFileIsBadInput() throws IOException {
    Path file = file("rounds.json", "[{");
    CliRunner.Result result = CliRunner.runArgs("", "rounds", "--rounds", file.toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("malformed JSON");
  }

  @Test
  void theOptionWithoutAFileIsBadInput() {
    CliRunner.Result result = CliRunner.runArgs("", "rounds", "--rounds");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("has no value");
  }

  @Test
  void theOptionGivenTwiceIsBadInput() throws IOException {
    Path file = file("rounds.json", "[]");
    CliRunner.Result result =
        CliRunner.runArgs("", "rounds", "--rounds", file.toString(), "--rounds", file.toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("given twice");
  }

  @Test
  void roundsReadsNoInputFile() throws IOException {
    Path file = file("rounds.json", "[]");
    assertThat(CliRunner.runArgs("", "rounds", file.toString()).status()).isEqualTo(2);
  }

  @Test
  void anUnknownRoundSaysHowToSupplyIt() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            "{\"round\":2570,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\"},"
                + "\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":[]},"
                + "\"submittedAt\":\"2027-02-01T10:00:00+07:00\",\"channels\":[\"ONLINE\"]}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/round");
    assertThat(result.error().at("/error/message").asText())
        .contains("no application window is known for round 2570")
        .contains("\"rounds\"")
        .contains("--rounds FILE");
  }

  @Test
  void theDemoToursTheNewestRegisteredRoundAsABundledOne() throws IOException {
    Path file = file("rounds.json", "[" + ROUND_2570 + "]");
    CliRunner.Result result = CliRunner.runArgs("", "demo", "--rounds", file.toString());
    assertThat(result.status()).as(result.stderr()).isZero();
    String steps = result.json().get("steps").toString();
    assertThat(steps)
        .contains("Round 2570, from the round register, cites " + FICTIONAL)
        .contains("from 2027-01-07T08:30+07:00 to 2027-02-26T16:30+07:00 inclusive")
        .contains("Submitted at 2027-02-26T16:45+07:00: refused. WINDOW_CLOSED")
        .contains("Submitted at 2027-01-29T10:00+07:00: accepted, no rule broken")
        .contains("outcome CERTIFIED: certified.");
  }

  @Test
  void theDemoWithoutRegisterToursRound2567() {
    String steps = CliRunner.runArgs("", "demo").json().get("steps").toString();
    assertThat(steps).contains("exactly the window the library bundles").doesNotContain("2570");
  }
}
