package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built jar's service attacked as an attacker would, on loopback, with real clients: raw
 * sockets for the slow and the deaf, the JDK's HTTP client for the rest. Each test holds one
 * defence and checks that an ordinary client is served meanwhile.
 */
class ServiceAttackIT {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final HttpClient CLIENT =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .build();
  private static final String EVALUATE =
      "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\"]}";
  private static final int HEADER_TIMEOUT_SECONDS = 3;

  private static JarService service;
  private static String expected;

  @BeforeAll
  static void start() throws Exception {
    service = JarService.serve("--header-timeout", Integer.toString(HEADER_TIMEOUT_SECONDS));
    expected = CliRunner.run("evaluate", EVALUATE).json().toString();
  }

  @AfterAll
  static void stop() {
    service.close();
  }

  private static HttpResponse<String> post(String path, String body) throws Exception {
    return CLIENT.send(
        HttpRequest.newBuilder(service.uri().resolve(path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Sends {@code count} evaluate requests one after another; returns each one's milliseconds. */
  private static List<Double> ordinaryClient(int count) throws Exception {
    List<Double> millis = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      long start = System.nanoTime();
      HttpResponse<String> response = post("/v1/evaluate", EVALUATE);
      millis.add((System.nanoTime() - start) / 1e6);
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(MAPPER.readTree(response.body()).toString()).isEqualTo(expected);
    }
    return millis;
  }

  private static double p99(List<Double> millis) {
    List<Double> sorted = new ArrayList<>(millis);
    Collections.sort(sorted);
    return sorted.get((int) Math.ceil(0.99 * sorted.size()) - 1);
  }

  private static JsonNode problem(String body) throws IOException {
    JsonNode problem = MAPPER.readTree(body);
    assertThat(problem.path("type").asText()).startsWith(GeccServer.PROBLEM_BASE);
    return problem;
  }

  // --- clients that never read

  @Test
  void connectionsThatPipelineAndNeverReadLeaveOthersServedAndAreClosed() throws Exception {
    byte[] requests = new byte[0];
    for (int i = 0; i < 100; i++) {
      byte[] one = RawHttp.post("/v1/evaluate", EVALUATE);
      int at = requests.length;
      requests = Arrays.copyOf(requests, at + one.length);
      System.arraycopy(one, 0, requests, at, one.length);
    }
    byte[] batch = requests;
    List<CompletableFuture<Long>> deaf = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      deaf.add(
          CompletableFuture.supplyAsync(
              () -> {
                long start = System.nanoTime();
                try (Socket socket = new Socket()) {
                  socket.setReceiveBufferSize(4096);
                  socket.connect(
                      new java.net.InetSocketAddress(
                          java.net.InetAddress.getLoopbackAddress(), service.port()));
                  OutputStream out = socket.getOutputStream();
                  while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(90)) {
                    out.write(batch);
                  }
                  return -1L; // never closed
                } catch (IOException closed) {
                  return TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
                }
              },
              Executors.newSingleThreadExecutor()));
    }
    Thread.sleep(1_000);

    List<Double> served = ordinaryClient(200);

    assertThat(p99(served)).isLessThan(2_000);
    for (CompletableFuture<Long> connection : deaf) {
      assertThat(connection.get(120, TimeUnit.SECONDS)).isBetween(0L, 60L);
    }
  }

  // --- slow senders

  @Test
  void slowSendersLeaveOthersServedAndAreCutOffByTheDataRate() throws Exception {
    List<Double> unattacked = ordinaryClient(300);
    List<Socket> slowHeaders = new ArrayList<>();
    List<Socket> slowBodies = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      Socket headers = RawHttp.connect(service.port());
      headers
          .getOutputStream()
          .write("POST /v1/evaluate HTTP/1.1\r\n".getBytes(StandardCharsets.US_ASCII));
      slowHeaders.add(headers);
      Socket body = RawHttp.connect(service.port());
      body.getOutputStream()
          .write(
              String.join(
                      "\r\n",
                      "POST /v1/evaluate HTTP/1.1",
                      "Host: 127.0.0.1",
                      "Content-Type: application/json",
                      "Transfer-Encoding: chunked",
                      "",
                      "")
                  .getBytes(StandardCharsets.US_ASCII));
      slowBodies.add(body);
    }
    ScheduledExecutorService trickle = Executors.newSingleThreadScheduledExecutor();
    try {
      ScheduledFuture<?> trickling =
          trickle.scheduleAtFixedRate(
              () -> {
                for (Socket socket : slowHeaders) {
                  send(socket, "X");
                }
                for (Socket socket : slowBodies) {
                  send(socket, "1\r\n \r\n");
                }
              },
              0,
              1,
              TimeUnit.SECONDS);

      List<Double> attacked = ordinaryClient(300);

      assertThat(trickling.isDone()).as("the slow senders still trickling").isFalse();
      assertThat(p99(attacked)).isLessThanOrEqualTo(Math.max(2 * p99(unattacked), 250));
      for (Socket socket : slowBodies) {
        RawHttp.Response cut = RawHttp.read(socket.getInputStream());
        assertThat(cut.status()).isEqualTo(408);
        assertThat(problem(cut.body()).path("status").asInt()).isEqualTo(408);
      }
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(HEADER_TIMEOUT_SECONDS + 10);
      for (Socket socket : slowHeaders) {
        socket.setSoTimeout(
            (int) Math.max(1, TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime())));
        assertThat(closedByPeer(socket.getInputStream())).isTrue();
      }
    } finally {
      trickle.shutdownNow();
      for (Socket socket : slowHeaders) {
        socket.close();
      }
      for (Socket socket : slowBodies) {
        socket.close();
      }
    }
  }

  private static void send(Socket socket, String text) {
    try {
      socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
    } catch (IOException closed) {
      // The service cut it off: what the test waits for.
    }
  }

  private static boolean closedByPeer(InputStream in) {
    try {
      return in.read() == -1;
    } catch (java.net.SocketTimeoutException stillOpen) {
      return false;
    } catch (IOException reset) {
      return true;
    }
  }

  // --- a body over the limit from a client that writes it all before reading

  @Test
  void aClientThatWritesAnOversizeBodyBeforeReadingReadsThe413() throws Exception {
    byte[] body = new byte[16 << 20];
    Arrays.fill(body, (byte) ' ');
    try (Socket socket = RawHttp.connect(service.port())) {
      OutputStream out = socket.getOutputStream();
      out.write(
          ("POST /v1/portfolio HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.write(body);
      out.flush();
      RawHttp.Response response = RawHttp.read(socket.getInputStream());
      assertThat(response.status()).isEqualTo(413);
      assertThat(response.headers().get("content-type")).isEqualTo("application/problem+json");
      assertThat(problem(response.body()).path("type").asText()).endsWith("too-large");
    }
  }

  @Test
  void theJdkClientSendingAnOversizeBodyReadsThe413() throws Exception {
    byte[] body = new byte[24 << 20];
    Arrays.fill(body, (byte) ' ');
    HttpResponse<String> sized =
        CLIENT.send(
            HttpRequest.newBuilder(service.uri().resolve("/v1/portfolio"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> chunked =
        CLIENT.send(
            HttpRequest.newBuilder(service.uri().resolve("/v1/portfolio"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body)))
                .build(),
            HttpResponse.BodyHandlers.ofString());

    for (HttpResponse<String> response : List.of(sized, chunked)) {
      assertThat(response.statusCode()).isEqualTo(413);
      assertThat(problem(response.body()).path("status").asInt()).isEqualTo(413);
    }
  }

  // --- malformed requests

  @Test
  void twoContentLengthsAreAProblem400() throws Exception {
    try (Socket socket = RawHttp.connect(service.port())) {
      socket
          .getOutputStream()
          .write(
              String.join(
                      "\r\n",
                      "POST /v1/fiscal-year HTTP/1.1",
                      "Host: 127.0.0.1",
                      "Content-Type: application/json",
                      "Content-Length: 21",
                      "Content-Length: 21",
                      "",
                      "{\"date\":\"2024-02-29\"}")
                  .getBytes(StandardCharsets.US_ASCII));
      RawHttp.Response response = RawHttp.read(socket.getInputStream());
      assertThat(response.status()).isEqualTo(400);
      assertThat(response.headers().get("content-type")).isEqualTo("application/problem+json");
      assertThat(problem(response.body()).path("detail").asText()).contains("Content-Length");
    }
  }

  @Test
  void headersOverTheLimitAreAProblem431() throws Exception {
    try (Socket socket = RawHttp.connect(service.port())) {
      socket
          .getOutputStream()
          .write(
              ("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: "
                      + "a".repeat(20_000)
                      + "\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      RawHttp.Response response = RawHttp.read(socket.getInputStream());
      assertThat(response.status()).isEqualTo(431);
      assertThat(response.headers().get("content-type")).isEqualTo("application/problem+json");
      assertThat(problem(response.body()).path("status").asInt()).isEqualTo(431);
    }
  }

  // --- numbers and encodings

  static Stream<Arguments> overflowingExponents() {
    String big = "1e2147483648";
    return Stream.of(
        Arguments.of("fiscal-year", "{\"date\":\"2024-02-29\",\"x\":" + big + "}", "/x"),
        Arguments.of("evaluate", "{\"rulebook\":\"GECC-2560\",\"met\":[" + big + "]}", "/met/0"),
        Arguments.of(
            "portfolio",
            "{\"asOf\":\"2024-01-15\",\"round\":2567,\"satisfactionThreshold\":"
                + big
                + ",\"centres\":[]}",
            "/satisfactionThreshold"),
        Arguments.of("window", "{\"round\":-" + big + "}", "/round"));
  }

  @ParameterizedTest
  @MethodSource("overflowingExponents")
  void anOverflowingExponentAnywhereInABodyIsBadInputAtItsPointer(
      String command, String body, String pointer) throws Exception {
    HttpResponse<String> response = post("/v1/" + command, body);

    assertThat(response.statusCode()).isEqualTo(400);
    JsonNode problem = problem(response.body());
    assertThat(problem.path("pointer").asText()).isEqualTo(pointer);
    assertThat(problem.path("detail").asText()).contains("1e2147483648");
  }

  @Test
  void aUtf16BodyWithoutAByteOrderMarkIsRefused() throws Exception {
    String thai = "{\"text\":\"วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗\"}";
    for (java.nio.charset.Charset charset :
        List.of(
            StandardCharsets.UTF_16LE,
            StandardCharsets.UTF_16BE,
            java.nio.charset.Charset.forName("UTF-32LE"))) {
      HttpResponse<String> response =
          CLIENT.send(
              HttpRequest.newBuilder(service.uri().resolve("/v1/thai-date"))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofByteArray(thai.getBytes(charset)))
                  .build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(response.statusCode()).as("%s", charset).isEqualTo(400);
      assertThat(problem(response.body()).path("detail").asText()).contains("not UTF-8");
    }
  }
}
