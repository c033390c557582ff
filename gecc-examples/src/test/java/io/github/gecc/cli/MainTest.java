package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

  // --- calling convention ---

  @Test
  void helpListsEveryCommandOnStandardOutput() {
    CliRunner.Result result = CliRunner.runArgs("", "--help");
    assertThat(result.status()).isZero();
    for (String name : Commands.all().keySet()) {
      assertThat(result.stdout()).contains(name);
    }
  }

  @Test
  void noCommandIsBadInputWithTheUsage() {
    CliRunner.Result result = CliRunner.runArgs("");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.stderr()).contains("usage:");
  }

  @Test
  void anUnknownCommandIsBadInput() {
    CliRunner.Result result = CliRunner.run("fiscal-yaer", "{}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/message").asText())
        .contains("unknown command 'fiscal-yaer'")
        .contains("fiscal-year");
  }

  @Test
  void tooManyArgumentsAreBadInput() {
    CliRunner.Result result = CliRunner.runArgs("", "fiscal-year", "a.json", "b.json");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("too many arguments [b.json]");
  }

  @Test
  void inputIsReadFromAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("in.json");
    Files.writeString(file, "{\"date\":\"2024-02-29\"}", StandardCharsets.UTF_8);
    CliRunner.Result result = CliRunner.runArgs("", "fiscal-year", file.toString());
    assertThat(result.status()).isZero();
    assertThat(result.json().get("fiscalYear").asInt()).isEqualTo(2567);
  }

  @Test
  void aDashReadsStandardInput() {
    CliRunner.Result result = CliRunner.runArgs("{\"date\":\"2024-02-29\"}", "fiscal-year", "-");
    assertThat(result.status()).isZero();
    assertThat(result.json().get("fiscalYear").asInt()).isEqualTo(2567);
  }

  @Test
  void aMissingFileIsBadInput(@TempDir Path dir) {
    CliRunner.Result result =
        CliRunner.runArgs("", "fiscal-year", dir.resolve("missing.json").toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("does not exist");
  }

  @Test
  void emptyInputIsBadInput() {
    CliRunner.Result result = CliRunner.run("fiscal-year", "  \n");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("no JSON document");
  }

  @Test
  void malformedJsonIsBadInputWithItsLocation() {
    CliRunner.Result result = CliRunner.run("fiscal-year", "{\"date\":");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/message").asText()).startsWith("malformed JSON").contains("line 1");
    assertThat(result.stderr()).doesNotContain("\tat ");
  }

  @Test
  void duplicateKeysAreBadInput() {
    CliRunner.Result result =
        CliRunner.run("fiscal-year", "{\"date\":\"2024-02-29\",\"date\":\"2024-01-01\"}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("field 'date' appears twice");
    assertThat(result.error().at("/error/path").asText()).isEqualTo("/date");
  }

  @Test
  void trailingContentIsBadInput() {
    CliRunner.Result result = CliRunner.run("fiscal-year", "{\"date\":\"2024-02-29\"} {}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("Trailing token");
  }

  @Test
  void deepNestingIsBadInput() {
    CliRunner.Result result =
        CliRunner.run("fiscal-year", "{\"date\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("nesting depth");
  }

  @Test
  void demoReadsNoFile() {
    CliRunner.Result result = CliRunner.runArgs("", "demo", "x.json");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("reads no input file");
  }
}
