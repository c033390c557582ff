package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.base.Splitter;
import io.github.gecc.commands.Canonical;
import io.github.gecc.commands.Commands;
import io.github.gecc.commands.ICalendarText;
import io.github.gecc.commands.Invoker;
import io.github.gecc.json.GeccJson;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Receipts: the same request gives the same receipt on the command line, in batch and by HTTP. */
class ReceiptTest {

  private static final ObjectMapper MAPPER = GeccJson.mapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static GeccServer server;

  @BeforeAll
  static void start() throws Exception {
    server =
        GeccServer.start(
            new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0),
            ServiceLimits.defaults().withThreads(2),
            new Invoker(MAPPER, CliRunner.CLOCK),
            () -> {});
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static List<Golden.Case> answeredCases() {
    return Golden.documentCases().stream()
        .filter(
            c ->
                new Invoker(MAPPER, CliRunner.CLOCK)
                    .answer(Commands.documents().get(c.command()), c.input())
                    .isOk())
        .toList();
  }

  @ParameterizedTest
  @MethodSource("answeredCases")
  void everySurfaceGivesTheSameReceiptForAGoldenCase(Golden.Case golden) throws Exception {
    ObjectNode batchLine = MAPPER.createObjectNode();
    batchLine.put("id", 1).put("command", golden.command()).set("input", golden.input());
    batchLine.put("receipt", true);
    JsonNode batch = MAPPER.readTree(CliRunner.runArgs(batchLine + "\n", "batch").stdout());
    HttpResponse<String> http =
        CLIENT.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/" + golden.command()))
                .header("Content-Type", "application/json")
                .header(GeccServer.RECEIPT_HEADER, "true")
                .POST(HttpRequest.BodyPublishers.ofString(golden.text(), StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    JsonNode batchReceipt;
    JsonNode httpReceipt;
    if (Golden.isText(golden.command())) {
      batchReceipt = batch.get("receipt");
      httpReceipt =
          MAPPER.readTree(http.headers().firstValue(GeccServer.RECEIPT_HEADER).orElseThrow());
      // The calendar carries the same receipt inside its text, on every surface.
      CliRunner.Result cli = CliRunner.runArgs(golden.text(), golden.command(), "--receipt");
      assertThat(cli.status()).isZero();
      for (String text : List.of(cli.stdout(), batch.get("output").asText(), http.body())) {
        assertThat(text).isEqualTo(cli.stdout());
        assertThat(MAPPER.readTree(ICalendarText.receiptOf(text).orElseThrow()))
            .isEqualTo(batchReceipt);
      }
    } else {
      CliRunner.Result cli = CliRunner.runArgs(golden.text(), golden.command(), "--receipt");
      assertThat(cli.status()).isZero();
      JsonNode cliReceipt = cli.json().get("receipt");
      batchReceipt = batch.path("output").get("receipt");
      httpReceipt = MAPPER.readTree(http.body()).get("receipt");
      assertThat(batchReceipt).isEqualTo(cliReceipt);
    }
    assertThat(batchReceipt).isNotNull();
    assertThat(httpReceipt).isEqualTo(batchReceipt);
    assertThat(batchReceipt.path("input").asText()).isEqualTo(Canonical.sha256(golden.input()));
  }

  @Test
  void theAnswerDigestCoversTheAnswerWithoutItsReceipt() {
    String request = "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\"]}";
    JsonNode plain = CliRunner.run("evaluate", request).json();
    JsonNode withReceipt = CliRunner.runArgs(request, "evaluate", "--receipt").json();
    JsonNode receipt = withReceipt.get("receipt");
    JsonNode without = withReceipt.deepCopy();
    ((ObjectNode) without).remove("receipt");
    assertThat(without).isEqualTo(plain);
    assertThat(receipt.path("answer").asText()).isEqualTo(Canonical.sha256(plain));
    assertThat(receipt.path("rulebook").path("id").asText()).isEqualTo("GECC-2560");
    assertThat(receipt.path("rulebook").path("parts").has("/criteria/B01")).isTrue();
  }

  @Test
  void theRulebookDigestIsOfItsContentNotItsId() {
    String criteria = "\"criteria\":[{\"id\":\"X1\",\"level\":\"BASIC\",\"points\":%d}]";
    String rulebook =
        "{\"rulebook\":{\"id\":\"MINE\",\"firstRound\":2566,\"selfAssessmentGate\":0,"
            + criteria
            + ",\"outcomes\":[{\"name\":\"OK\",\"requirements\":[{\"kind\":"
            + "\"ALL_OF_LEVEL\",\"level\":\"BASIC\"}]}]},\"met\":[\"X1\"]}";
    JsonNode one = CliRunner.runArgs(String.format(rulebook, 1), "evaluate", "--receipt").json();
    JsonNode two = CliRunner.runArgs(String.format(rulebook, 2), "evaluate", "--receipt").json();
    assertThat(one.path("receipt").path("rulebook").path("sha256"))
        .isNotEqualTo(two.path("receipt").path("rulebook").path("sha256"));
  }

  /** A calendar request the golden cases answer. */
  private static Golden.Case calendarCase() {
    return Golden.documentCases().stream()
        .filter(
            c ->
                c.command().equals("calendar")
                    && new Invoker(MAPPER, CliRunner.CLOCK)
                        .answer(Commands.documents().get("calendar"), c.input())
                        .isOk())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void aCalendarCarriesItsReceiptInsideTheTextWhichItDoesNotDigest() throws Exception {
    Golden.Case calendar = calendarCase();
    String plain = CliRunner.run("calendar", calendar.text()).stdout();
    String withReceipt = CliRunner.runArgs(calendar.text(), "calendar", "--receipt").stdout();
    assertThat(withReceipt).contains("\r\nX-GECC-RECEIPT:{\"answer\":\"");
    assertThat(ICalendarText.withoutReceipt(withReceipt)).isEqualTo(plain);
    JsonNode receipt = MAPPER.readTree(ICalendarText.receiptOf(withReceipt).orElseThrow());
    assertThat(receipt.path("answer").asText())
        .isEqualTo(Canonical.sha256(MAPPER.getNodeFactory().textNode(plain)));
    // An independent RFC 5545 parser reads the file, and the receipt as the calendar's property.
    net.fortuna.ical4j.model.Calendar parsed =
        new net.fortuna.ical4j.data.CalendarBuilder().build(new java.io.StringReader(withReceipt));
    String property =
        parsed
            .<net.fortuna.ical4j.model.Property>getProperty("X-GECC-RECEIPT")
            .orElseThrow()
            .getValue();
    assertThat(MAPPER.readTree(property.replace("\\,", ",").replace("\\;", ";")))
        .isEqualTo(receipt);
    assertThat(parsed.getComponents("VEVENT")).isNotEmpty();
    for (String physical : Splitter.on("\r\n").split(withReceipt)) {
      assertThat(physical.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(75);
    }
  }

  @Test
  void aStoredIcsFileVerifiesByTheReceiptInsideIt() {
    Golden.Case calendar = calendarCase();
    String ics = CliRunner.runArgs(calendar.text(), "calendar", "--receipt").stdout();
    ObjectNode stored = MAPPER.createObjectNode().put("command", "calendar");
    stored.set("input", calendar.input());
    stored.put("answer", ics);
    JsonNode verified = CliRunner.runArgs(stored.toString(), "verify").json();
    assertThat(verified.path("verdict").asText()).isEqualTo("SAME_ANSWER");
    assertThat(verified.path("differences")).isEmpty();

    stored.put("answer", ics.replace("BEGIN:VEVENT", "BEGIN:VEVENT "));
    JsonNode altered = CliRunner.runArgs(stored.toString(), "verify").json();
    assertThat(altered.path("verdict").asText()).isEqualTo("DIFFERENT_ANSWER");
    assertThat(altered.path("differences").get(0).path("what").asText()).isEqualTo("storedAnswer");
  }

  @Test
  void aCalendarWhoseReceiptPropertyIsNotJsonIsRefusedAtItsAnswer() {
    Golden.Case calendar = calendarCase();
    String ics = CliRunner.run("calendar", calendar.text()).stdout();
    ObjectNode stored = MAPPER.createObjectNode().put("command", "calendar");
    stored.set("input", calendar.input());
    stored.put("answer", ICalendarText.withReceipt(ics, "{not json"));
    CliRunner.Result result = CliRunner.runArgs(stored.toString(), "verify");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().path("error").path("path").asText()).isEqualTo("/answer");
    assertThat(result.error().path("error").path("message").asText()).contains("X-GECC-RECEIPT");
  }

  @Test
  void aCalendarReceiptFromBatchVerifiesOverHttp() throws Exception {
    Golden.Case calendar = calendarCase();
    ObjectNode batchLine = MAPPER.createObjectNode();
    batchLine.put("id", 1).put("command", "calendar").set("input", calendar.input());
    batchLine.put("receipt", true);
    JsonNode line = MAPPER.readTree(CliRunner.runArgs(batchLine + "\n", "batch").stdout());
    ObjectNode stored = MAPPER.createObjectNode().put("command", "calendar");
    stored.set("input", calendar.input());
    stored.set("answer", line.get("output"));
    stored.set("receipt", line.get("receipt"));
    HttpResponse<String> verified =
        CLIENT.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/verify"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(stored.toString(), StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(verified.statusCode()).isEqualTo(200);
    JsonNode answer = MAPPER.readTree(verified.body());
    assertThat(answer.path("verdict").asText()).isEqualTo("SAME_ANSWER");
    assertThat(answer.path("differences")).isEmpty();

    stored.put("answer", line.get("output").asText().replace("BEGIN:VEVENT", "BEGIN:VEVENT "));
    JsonNode altered = CliRunner.runArgs(stored.toString(), "verify").json();
    assertThat(altered.path("verdict").asText()).isEqualTo("DIFFERENT_ANSWER");
    assertThat(altered.path("differences").get(0).path("what").asText()).isEqualTo("storedAnswer");
  }

  @Test
  void verifyRefusesADocumentWithoutAReceipt() {
    CliRunner.Result result =
        CliRunner.runArgs("{\"command\":\"evaluate\",\"input\":{},\"answer\":{}}", "verify");
    assertThat(result.status()).isEqualTo(2);
    assertThat(result.error().path("error").path("path").asText()).isEqualTo("/receipt");
  }
}
