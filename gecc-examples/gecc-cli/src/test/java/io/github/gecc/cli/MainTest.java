package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MainTest {

  // --- calling convention ---

  @Test
  void helpListsEveryCommandOnStandardOutput() {
    CliRunner.Result result = CliRunner.runArgs("", "--help");
    assertThat(result.status()).isZero();
    for (String name : ToolCommands.all().keySet()) {
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
    assertThat(result.error().at("/error/message").asText())
        .contains("too many arguments [b.json]");
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
    assertThat(result.error().at("/error/message").asText())
        .startsWith("malformed JSON")
        .contains("line 1");
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

  // --- files that cannot be read

  @Test
  void aDirectoryIsBadInput(@TempDir Path dir) {
    CliRunner.Result result = CliRunner.runArgs("", "fiscal-year", dir.toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    assertThat(result.error().at("/error/message").asText()).contains("is a directory");
  }

  @Test
  void anEmptyFileNameIsBadInput() {
    CliRunner.Result result = CliRunner.runArgs("", "fiscal-year", "");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("file name is empty");
  }

  @Test
  void aFileNameWithANulCharacterIsBadInput() {
    CliRunner.Result result = CliRunner.runArgs("", "fiscal-year", "a\u0000b.json");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("not a valid path");
  }

  @Test
  void aDirectoryIsBadInputForBatchToo(@TempDir Path dir) {
    CliRunner.Result result = CliRunner.runArgs("", "batch", dir.toString());
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText()).contains("is a directory");
  }

  // --- encodings

  @Test
  void inputThatIsNotUtf8IsRefusedSayingSo() {
    byte[] latin1 = "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status =
        Main.run(
            new String[] {"thai-date"},
            new java.io.ByteArrayInputStream(latin1),
            new java.io.PrintStream(out, true, StandardCharsets.UTF_8),
            new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
            CliRunner.CLOCK);
    assertThat(status).isEqualTo(2);
    assertThat(out.size()).isZero();
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("not UTF-8")
        .contains("byte offset 12");
  }

  @Test
  void utf16InputIsRefusedAsNotUtf8() {
    byte[] utf16 = "{\"date\":\"2024-02-29\"}".getBytes(StandardCharsets.UTF_16);
    java.io.ByteArrayOutputStream err = new java.io.ByteArrayOutputStream();
    int status =
        Main.run(
            new String[] {"fiscal-year"},
            new java.io.ByteArrayInputStream(utf16),
            new java.io.PrintStream(
                new java.io.ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
            new java.io.PrintStream(err, true, StandardCharsets.UTF_8),
            CliRunner.CLOCK);
    assertThat(status).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("not UTF-8");
  }

  // --- version and help

  @Test
  void versionPrintsTheLibraryVersion() {
    CliRunner.Result result = CliRunner.runArgs("", "--version");
    assertThat(result.status()).isZero();
    assertThat(result.stdout().strip()).isEqualTo("gecc " + io.github.gecc.GeccVersion.version());
  }

  @Test
  void helpWordListsEveryCommandIncludingBatchAndServe() {
    CliRunner.Result result = CliRunner.runArgs("", "help");
    assertThat(result.status()).isZero();
    for (String command : ToolCommands.all().keySet()) {
      assertThat(result.stdout()).contains(command);
    }
    assertThat(result.stdout()).contains("batch").contains("serve").contains("--version");
  }

  @Test
  void commandHelpSaysWhatItReadsAndPrintsWithAnAnsweredExample() {
    CliRunner.Result result = CliRunner.runArgs("", "evaluate", "--help");
    assertThat(result.status()).isZero();
    assertThat(result.stdout())
        .contains("evaluate-request.schema.json")
        .contains("evaluate-response.schema.json")
        .contains("\"met\":[\"B01\",\"B02\",\"A01\"]")
        .contains("\"points\":4");
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : ToolCommands.all().keySet()) {
      CliRunner.Result result = CliRunner.runArgs("", "help", command);
      assertThat(result.status()).as(command).isZero();
      assertThat(result.stdout()).as(command).contains("usage: java -jar gecc.jar " + command);
    }
    assertThat(CliRunner.runArgs("", "batch", "--help").stdout()).contains("one request a line");
    assertThat(CliRunner.runArgs("", "serve", "--help").stdout()).contains("POST /v1/<command>");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "--min-data-rate=-1", "--idle-timeout=0", "--header-timeout=x", "--max-header-bytes=100",
        "--stop-timeout=-5", "--public-url=ftp://example.org/", "--public-url=/relative",
            "--colour=red"
      })
  void aServeOptionOutsideItsRangeIsBadInputNamingIt(String option) {
    CliRunner.Result result = CliRunner.runArgs("", "serve", "--port", "0", option);

    assertThat(result.status()).isEqualTo(2);
    assertThat(result.stdout()).isEmpty();
    String name = option.substring(2, option.indexOf('='));
    assertThat(result.error().path("error").path("message").asText()).contains("--" + name);
  }

  @Test
  void serveHelpNamesEveryLimitWithItsDefault() {
    String help = CliRunner.runArgs("", "serve", "--help").stdout();

    assertThat(help)
        .contains(
            "--max-body-bytes N",
            "[8388608, 8 MiB]",
            "--max-header-bytes N",
            "[8192]",
            "--idle-timeout S",
            "[30]",
            "--header-timeout S",
            "[10]",
            "--min-data-rate N",
            "[1024]",
            "--stop-timeout S",
            "[60]",
            "--threads N",
            "--public-url URL");
  }

  @Test
  void helpForAnUnknownCommandIsBadInput() {
    CliRunner.Result result = CliRunner.runArgs("", "help", "nope");
    assertThat(result.status()).isEqualTo(2);
  }

  // --- the ends of java.time

  @Test
  void anInstantAtTheLastMomentOfJavaTimeIsBadInput() {
    CliRunner.Result result =
        CliRunner.run(
            "window", "{\"round\":2567,\"at\":\"+999999999-12-31T23:59:59.999999999-18:00\"}");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().at("/error/message").asText())
        .contains("writes its year with a sign");
  }

  @Test
  void anInstantAtTheFirstMomentOfJavaTimeIsBadInput() {
    CliRunner.Result result =
        CliRunner.run("window", "{\"round\":2567,\"at\":\"-999999999-01-01T00:00:00+18:00\"}");
    assertThat(result.status()).isEqualTo(2);
  }

  @Test
  void anApplicationSubmittedAtTheEndOfJavaTimeIsBadInput() {
    CliRunner.Result result =
        CliRunner.run(
            "check-application",
            "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\",\"informationOnly\":false},"
                + "\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]},"
                + "\"submittedAt\":\"+999999999-12-31T23:59:59.999999999-18:00\",\"channels\":[\"ONLINE\"],"
                + "\"documents\":[]}");
    assertThat(result.status()).isEqualTo(2);
  }
}
