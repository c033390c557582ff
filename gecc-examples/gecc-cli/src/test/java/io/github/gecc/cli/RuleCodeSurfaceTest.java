package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.commands.Commands;
import io.github.gecc.commands.Invoker;
import io.github.gecc.golden.GoldenCase;
import io.github.gecc.golden.GoldenCases;
import io.github.gecc.json.GeccJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every row of RULES.md that the code enforces by refusing ({@code **refuses**} at the end of its
 * "in the code" cell) has a golden case whose error names the row's code, and that case's refusal
 * carries the same code, message and pointer on the command line, in a batch line and over HTTP.
 */
class RuleCodeSurfaceTest {

  /** The rules reference, from this module's folder. */
  static final Path RULES = Path.of("../../gecc-core/RULES.md");

  /** A row of a RULES.md table whose last cell ends with the refusing marker. */
  private static final Pattern REFUSING_ROW =
      Pattern.compile("^\\| (\\d+\\.\\d+) \\|.*\\*\\*refuses\\*\\*\\s*\\|\\s*$");

  private static final ObjectMapper MAPPER = GeccJson.mapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static GeccServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        GeccServer.start(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
            ServiceLimits.defaults().withThreads(2),
            new Invoker(MAPPER, CliRunner.CLOCK),
            () -> {});
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  /** The rows of RULES.md marked as refusing, in order. */
  static List<String> refusingRows() throws IOException {
    List<String> rows = new ArrayList<>();
    for (String line : Files.readAllLines(RULES, StandardCharsets.UTF_8)) {
      Matcher row = REFUSING_ROW.matcher(line);
      if (row.matches()) {
        rows.add(row.group(1));
      }
    }
    return rows;
  }

  /** The golden cases whose error names a rule code. */
  static List<GoldenCase> casesNamingARule() {
    return GoldenCases.load(Path.of("src/test/resources/golden")).stream()
        .filter(c -> c.expectedRule().isPresent())
        .toList();
  }

  @Test
  void theRowsOfInputDocumentsAndOfDatesAreMarkedRefusing() throws IOException {
    assertThat(refusingRows())
        .contains("4.11", "4.12", "4.19", "8.2", "11.1", "11.2", "11.3", "11.4", "11.5");
  }

  @Test
  void everyRefusingRowHasAGoldenCaseExpectingItsCode() throws IOException {
    List<String> expected =
        casesNamingARule().stream().map(c -> c.expectedRule().orElseThrow()).toList();
    for (String row : refusingRows()) {
      assertThat(expected).as("a golden case whose expect.error names rule " + row).contains(row);
    }
  }

  @Test
  void everyCodeACaseExpectsIsARowMarkedRefusing() throws IOException {
    List<String> rows = refusingRows();
    for (GoldenCase c : casesNamingARule()) {
      assertThat(rows)
          .as(
              c
                  + " expects rule "
                  + c.expectedRule().orElseThrow()
                  + ", a row whose \"in the code\" cell ends with **refuses**")
          .contains(c.expectedRule().orElseThrow());
    }
  }

  @ParameterizedTest
  @MethodSource("casesNamingARule")
  void theCommandLineBatchAndHttpGiveTheSameRuleCode(GoldenCase golden) throws Exception {
    String rule = golden.expectedRule().orElseThrow();
    String text = golden.input().isMissingNode() ? "" : golden.input().toString();

    CliRunner.Result cli = CliRunner.run(golden.command(), text);
    assertThat(cli.status()).as("exit status").isEqualTo(2);
    assertThat(cli.stdout()).isEmpty();
    JsonNode error = cli.error().path("error");
    assertThat(error.path("rule").asText()).as("command line").isEqualTo(rule);

    if (!Commands.documents().containsKey(golden.command()) || golden.input().isMissingNode()) {
      return; // batch and the service answer document commands, each line or body a document
    }
    ObjectNode line = MAPPER.createObjectNode();
    line.put("id", 1).put("command", golden.command()).set("input", golden.input());
    JsonNode batch = MAPPER.readTree(CliRunner.runArgs(line + "\n", "batch").stdout());
    assertThat(batch.path("status").asInt()).isEqualTo(2);
    JsonNode batchError = batch.path("error");
    assertThat(batchError.path("rule").asText()).as("batch").isEqualTo(rule);
    assertThat(batchError.path("message")).isEqualTo(error.path("message"));
    assertThat(batchError.path("thai")).isEqualTo(error.path("thai"));
    if (batchError.has("path") || !error.path("path").asText().isEmpty()) {
      // A fault of the line as a whole (a limit) has no path inside the input.
      assertThat(batchError.path("path")).isEqualTo(error.path("path"));
    }

    HttpResponse<String> http =
        CLIENT.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/" + golden.command()))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(text, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(http.statusCode()).isEqualTo(400);
    assertThat(http.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode problem = MAPPER.readTree(http.body());
    assertThat(problem.path("rule").asText()).as("HTTP").isEqualTo(rule);
    assertThat(problem.path("detail")).isEqualTo(error.path("message"));
    assertThat(problem.path("pointer")).isEqualTo(error.path("path"));
    assertThat(problem.path("thai")).isEqualTo(error.path("thai"));
  }
}
