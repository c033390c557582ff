package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.GeccVersion;
import io.github.gecc.commands.Commands;
import io.github.gecc.commands.Invoker;
import io.github.gecc.commands.RoundsOption;
import io.github.gecc.json.GeccJson;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The service, started on an ephemeral port and called with the JDK's HTTP client. */
class GeccServerTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private static final int MAX_BODY = 64 * 1024;

  private static GeccServer server;

  @BeforeAll
  static void start() throws IOException {
    server = startServer(() -> {});
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static GeccServer startServer(Runnable whileInFlight) throws IOException {
    return GeccServer.start(
        new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0),
        ServiceLimits.defaults().withThreads(4).withMaxBodyBytes(MAX_BODY),
        new Invoker(GeccJson.mapper(), CliRunner.CLOCK),
        whileInFlight);
  }

  static HttpResponse<String> post(GeccServer on, String path, String body) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(on.uri().resolve(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static HttpResponse<String> get(String path) throws Exception {
    return get(server, path);
  }

  static HttpResponse<String> get(GeccServer on, String path) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(on.uri().resolve(path)).GET().build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  static JsonNode json(HttpResponse<String> response) throws IOException {
    return MAPPER.readTree(response.body());
  }

  /** The body as JSON, or as text when the answer is not JSON (a calendar). */
  static String body(HttpResponse<String> response) throws IOException {
    return response.headers().firstValue("Content-Type").orElse("").startsWith("text/")
        ? response.body()
        : json(response).toString();
  }

  static List<Golden.Case> goldenCases() {
    return Golden.documentCases();
  }

  // --- the same answers as the command line

  @ParameterizedTest
  @MethodSource("goldenCases")
  void everyGoldenCaseThroughHttpGivesTheCommandLinesAnswer(Golden.Case c) throws Exception {
    CliRunner.Result cli = CliRunner.run(c.command(), c.text());
    HttpResponse<String> http = post(server, "/v1/" + c.command(), c.text());

    assertThat(http.statusCode())
        .isEqualTo(cli.status() == 0 ? 200 : cli.status() == 2 ? 400 : 500);
    if (cli.status() == 0 && Golden.isText(c.command())) {
      assertThat(http.headers().firstValue("Content-Type"))
          .hasValue("text/calendar; charset=utf-8");
      assertThat(http.body()).isEqualTo(cli.stdout());
    } else if (cli.status() == 0) {
      assertThat(http.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(json(http)).isEqualTo(cli.json());
    } else {
      JsonNode problem = json(http);
      JsonNode error = cli.error().path("error");
      assertThat(http.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(problem.path("status").asInt()).isEqualTo(http.statusCode());
      assertThat(problem.path("detail")).isEqualTo(error.path("message"));
      assertThat(problem.path("pointer")).isEqualTo(error.path("path"));
    }
  }

  @Test
  void thereAreGoldenCasesOfEveryServedCommand() {
    assertThat(goldenCases().stream().map(Golden.Case::command).distinct())
        .containsExactlyInAnyOrderElementsOf(Commands.documents().keySet());
  }

  // --- headers

  @Test
  void everyResponseNamesTheLibraryVersion() throws Exception {
    assertThat(get("/health").headers().firstValue(GeccServer.VERSION_HEADER))
        .hasValue(GeccVersion.version());
    assertThat(get("/nowhere").headers().firstValue(GeccServer.VERSION_HEADER))
        .hasValue(GeccVersion.version());
  }

  @Test
  void anEvaluationNamesTheRulebookThatDecided() throws Exception {
    HttpResponse<String> response =
        post(server, "/v1/evaluate", "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]}");
    assertThat(response.headers().firstValue(GeccServer.RULEBOOK_HEADER)).hasValue("GECC-2560");
  }

  @Test
  void anApplicationCheckNamesTheRulebookOfItsSelfAssessment() throws Exception {
    HttpResponse<String> response =
        post(
            server,
            "/v1/check-application",
            Catalog.example(new ObjectMapper(), "check-application").toString());
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue(GeccServer.RULEBOOK_HEADER)).hasValue("GECC-2560");
  }

  @Test
  void aFiscalYearNamesNoRulebook() throws Exception {
    HttpResponse<String> response = post(server, "/v1/fiscal-year", "{\"date\":\"2024-02-29\"}");
    assertThat(response.headers().firstValue(GeccServer.RULEBOOK_HEADER)).isEmpty();
  }

  // --- every error maps to its status

  @Test
  void badInputIsAProblemWithTheMessageAndPointer() throws Exception {
    HttpResponse<String> response = post(server, "/v1/fiscal-year", "{\"date\":\"2024-02-30\"}");
    JsonNode problem = json(response);
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(problem.path("type").asText()).isEqualTo(GeccServer.PROBLEM_BASE + "bad-input");
    assertThat(problem.path("title").asText()).isEqualTo("Bad input");
    assertThat(problem.path("status").asInt()).isEqualTo(400);
    assertThat(problem.path("detail").asText()).contains("2024-02-30");
    assertThat(problem.path("pointer").asText()).isEqualTo("/date");
  }

  @Test
  void malformedJsonIsBadInputAtTheRoot() throws Exception {
    HttpResponse<String> response = post(server, "/v1/evaluate", "{\"rulebook\":");
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("detail").asText()).startsWith("malformed JSON");
    assertThat(json(response).path("pointer").asText()).isEmpty();
  }

  @Test
  void aBodyThatIsNotUtf8IsBadInputSayingSo() throws Exception {
    byte[] latin1 = "{\"text\":\"caf\u00e9\"}".getBytes(StandardCharsets.ISO_8859_1);
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/thai-date"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(latin1))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).path("detail").asText()).contains("not UTF-8");
  }

  @Test
  void anUnknownPathIs404() throws Exception {
    HttpResponse<String> response = post(server, "/v1/generate", "{}");
    assertThat(response.statusCode()).isEqualTo(404);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(json(response).path("status").asInt()).isEqualTo(404);
  }

  @Test
  void aWrongMethodIs405WithAllow() throws Exception {
    HttpResponse<String> response = get("/v1/evaluate");
    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
    HttpResponse<String> health = post(server, "/health", "{}");
    assertThat(health.statusCode()).isEqualTo(405);
    assertThat(health.headers().firstValue("Allow")).hasValue("GET");
  }

  @Test
  void aBodyOverTheLimitIs413() throws Exception {
    String big = "{\"text\":\"" + "x".repeat(MAX_BODY) + "\"}";
    HttpResponse<String> response = post(server, "/v1/thai-date", big);
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(json(response).path("detail").asText()).contains(Integer.toString(MAX_BODY));
  }

  @Test
  void aBodyOverTheLimitWithoutALengthIs413() throws Exception {
    byte[] big = ("{\"text\":\"" + "x".repeat(MAX_BODY) + "\"}").getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/thai-date"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big)))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(413);
  }

  @Test
  void aWrongContentTypeIs415() throws Exception {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/fiscal-year"))
                .header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2024-02-29\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(415);
    assertThat(json(response).path("detail").asText()).contains("text/plain");
  }

  @Test
  void aCharsetOtherThanUtf8Is415() throws Exception {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/fiscal-year"))
                .header("Content-Type", "application/json; charset=ISO-8859-1")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2024-02-29\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(415);
  }

  @Test
  void jsonWithAUtf8CharsetIsAccepted() throws Exception {
    HttpResponse<String> response =
        CLIENT.send(
            HttpRequest.newBuilder(server.uri().resolve("/v1/fiscal-year"))
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString("{\"date\":\"2024-02-29\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
  }

  @Test
  void anInstantAtTheEndOfTimeIsBadInputNotAnInternalError() throws Exception {
    HttpResponse<String> response =
        post(
            server,
            "/v1/window",
            "{\"round\":2567,\"at\":\"+999999999-12-31T23:59:59.999999999-18:00\"}");
    assertThat(response.statusCode()).isEqualTo(400);
  }

  // --- health, schemas

  @Test
  void healthIsUpWithTheKnownRounds() throws Exception {
    HttpResponse<String> response = get("/health");
    JsonNode health = json(response);
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(health.path("status").asText()).isEqualTo("UP");
    assertThat(health.path("rounds")).extracting(JsonNode::asInt).contains(2560, 2567);
  }

  @Test
  void theSchemasAreServed() throws Exception {
    HttpResponse<String> response = get("/v1/schemas/evaluate-request.schema.json");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).path("$id").asText()).endsWith("evaluate-request.schema.json");
    assertThat(get("/v1/schemas/no-such.schema.json").statusCode()).isEqualTo(404);
    assertThat(get("/v1/schemas/..%2Fjson%2FGeccJson.class").statusCode()).isEqualTo(404);
  }

  // --- concurrency and stopping

  @Test
  void concurrentClientsGetTheSameAnswersAsSerialOnes() throws Exception {
    List<Golden.Case> cases = goldenCases();
    List<String> serial = new ArrayList<>();
    for (Golden.Case c : cases) {
      HttpResponse<String> response = post(server, "/v1/" + c.command(), c.text());
      serial.add(response.statusCode() + " " + body(response));
    }
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<List<Future<String>>> rounds = new ArrayList<>();
      for (int round = 0; round < 4; round++) {
        List<Future<String>> answers = new ArrayList<>();
        for (Golden.Case c : cases) {
          answers.add(
              clients.submit(
                  () -> {
                    HttpResponse<String> response = post(server, "/v1/" + c.command(), c.text());
                    return response.statusCode() + " " + body(response);
                  }));
        }
        rounds.add(answers);
      }
      for (List<Future<String>> answers : rounds) {
        List<String> concurrent = new ArrayList<>();
        for (Future<String> answer : answers) {
          concurrent.add(answer.get(60, TimeUnit.SECONDS));
        }
        assertThat(concurrent).isEqualTo(serial);
      }
    } finally {
      clients.shutdownNow();
    }
  }

  @Test
  void aStopWithRequestsInFlightLosesNoAnswer() throws Exception {
    int inFlight = 3;
    Semaphore entered = new Semaphore(0);
    CountDownLatch release = new CountDownLatch(1);
    GeccServer stopping =
        startServer(
            () -> {
              entered.release();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            });
    String request = "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]}";
    String expected = CliRunner.run("evaluate", request).json().toString();
    List<CompletableFuture<HttpResponse<String>>> answers = new ArrayList<>();
    for (int i = 0; i < inFlight; i++) {
      answers.add(
          CLIENT.sendAsync(
              HttpRequest.newBuilder(stopping.uri().resolve("/v1/evaluate"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(request))
                  .build(),
              HttpResponse.BodyHandlers.ofString()));
    }
    assertThat(entered.tryAcquire(inFlight, 30, TimeUnit.SECONDS)).isTrue();
    CompletableFuture<Void> stop = CompletableFuture.runAsync(stopping::close);
    while (!stopping.isStopping()) {
      Thread.onSpinWait();
    }
    // A new request is refused while those in flight are still being answered.
    HttpResponse<String> refused = post(stopping, "/v1/evaluate", request);
    assertThat(refused.statusCode()).isEqualTo(503);
    assertThat(stop).isNotDone();

    release.countDown();
    for (CompletableFuture<HttpResponse<String>> answer : answers) {
      HttpResponse<String> response = answer.get(30, TimeUnit.SECONDS);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(json(response).toString()).isEqualTo(expected);
    }
    stop.get(30, TimeUnit.SECONDS);
    assertThatThrownBy(() -> post(stopping, "/v1/evaluate", request))
        .isInstanceOf(IOException.class);
  }

  @Test
  void theOpenApiDocumentNamesTheUrlItWasRequestedAt() throws Exception {
    JsonNode servers = json(get("/v1/openapi.json")).path("servers");

    assertThat(servers).hasSize(1);
    assertThat(servers.get(0).path("url").asText()).isEqualTo(server.uri().toString());
  }

  @Test
  void aPublicUrlIsTheServerTheOpenApiDocumentNames() throws Exception {
    GeccServer behindAProxy =
        GeccServer.start(
            new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0),
            ServiceLimits.defaults().withPublicUrl(URI.create("https://gecc.example.go.th/")),
            new Invoker(GeccJson.mapper(), CliRunner.CLOCK),
            () -> {});
    try {
      JsonNode servers = json(get(behindAProxy, "/v1/openapi.json")).path("servers");
      assertThat(servers.get(0).path("url").asText()).isEqualTo("https://gecc.example.go.th/");
    } finally {
      behindAProxy.close();
    }
  }

  @Test
  void uriNamesTheLoopbackAddressAndPort() {
    assertThat(server.uri()).isEqualTo(URI.create("http://127.0.0.1:" + server.port() + "/"));
  }

  // --- a round register given at start

  @Test
  void aServiceStartedWithARoundRegisterKnowsItsRounds() throws Exception {
    Invoker invoker =
        new Invoker(
            GeccJson.mapper(),
            CliRunner.CLOCK,
            RoundsOption.load(
                "../docs/rounds-2570.json",
                GeccJson.mapper(),
                io.github.gecc.application.Rounds.bundled()));
    GeccServer registered =
        GeccServer.start(
            new InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0),
            ServiceLimits.defaults().withThreads(2).withMaxBodyBytes(MAX_BODY),
            invoker,
            () -> {});
    try {
      JsonNode health = json(get(registered, "/health"));
      assertThat(health.path("rounds")).extracting(JsonNode::asInt).contains(2567, 2570);
      HttpResponse<String> window = post(registered, "/v1/window", "{\"round\":2570}");
      assertThat(window.statusCode()).isEqualTo(200);
      assertThat(json(window).path("round").asInt()).isEqualTo(2570);
    } finally {
      registered.close();
    }
    HttpResponse<String> unknown = post(server, "/v1/window", "{\"round\":2570}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).path("pointer").asText()).isEqualTo("/round");
    assertThat(json(get("/health")).path("rounds"))
        .extracting(JsonNode::asInt)
        .doesNotContain(2570);
  }
}
