package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** SIGTERM to the built jar's service under load: every request sent gets an answer. */
class ServiceStopIT {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** A portfolio of about 5.6 MB, under the 8 MiB body limit. */
  private static String largePortfolio() {
    StringBuilder body = new StringBuilder("{\"asOf\":\"2024-01-15\",\"round\":2567,\"centres\":[");
    for (int i = 0; body.length() < 5_600_000; i++) {
      body.append(i == 0 ? "" : ",")
          .append("{\"id\":\"centre-")
          .append(i)
          .append("\",\"certifications\":[{\"round\":2564,\"certifiedOn\":\"2021-09-30\"}]}");
    }
    return body.append("]}").toString();
  }

  @Test
  void sigtermUnderLoadAnswersEveryRequestSentOrRefusesItWith503() throws Exception {
    String small = "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\"]}";
    String large = largePortfolio();
    Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
    List<String> faults = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService clients = Executors.newFixedThreadPool(20);
    try (JarService service = JarService.serve()) {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        boolean posting = i < 4;
        running.add(
            clients.submit(
                () ->
                    client(
                        service,
                        posting ? "/v1/portfolio" : "/v1/evaluate",
                        posting ? large : small,
                        outcomes,
                        faults)));
      }
      Thread.sleep(3_000);
      service.terminate();
      for (Future<?> client : running) {
        client.get(60, TimeUnit.SECONDS);
      }
    } finally {
      clients.shutdownNow();
    }

    assertThat(faults).isEmpty();
    assertThat(outcomes.get("200").get()).isPositive();
    assertThat(outcomes.get("503").get()).isPositive();
  }

  /** Posts in a loop until refused with 503 or the port is closed; records every outcome. */
  private static void client(
      JarService service,
      String path,
      String body,
      Map<String, AtomicLong> outcomes,
      List<String> faults) {
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpRequest request =
        HttpRequest.newBuilder(service.uri().resolve(path))
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    while (true) {
      HttpResponse<String> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      } catch (ConnectException refused) {
        outcomes.computeIfAbsent("refused", k -> new AtomicLong()).incrementAndGet();
        return;
      } catch (IOException | InterruptedException e) {
        faults.add(path + ": " + e);
        return;
      }
      outcomes
          .computeIfAbsent(Integer.toString(response.statusCode()), k -> new AtomicLong())
          .incrementAndGet();
      if (response.statusCode() == 503) {
        try {
          String type = MAPPER.readTree(response.body()).path("type").asText();
          if (!type.startsWith(GeccServer.PROBLEM_BASE)
              || response.headers().firstValue("Retry-After").isEmpty()) {
            faults.add(path + ": a 503 without its problem document or Retry-After: " + type);
          }
        } catch (IOException e) {
          faults.add(path + ": a 503 whose body is not JSON");
        }
        return;
      }
      if (response.statusCode() != 200) {
        faults.add(path + ": status " + response.statusCode());
        return;
      }
    }
  }
}
