package io.github.gecc.spring.sample;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.GeccVersion;
import io.github.gecc.application.Rounds;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.json.jackson3.GeccJsonException;
import io.github.gecc.time.FiscalYear;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class SampleApplicationTest {

  @Autowired private JsonMapper mapper;

  @Autowired private Rounds rounds;

  @Value("${local.server.port}")
  private int port;

  @Test
  void readsAPortfolioThroughBootsJsonMapper() throws IOException {
    Portfolio portfolio;
    try (InputStream in = getClass().getResourceAsStream("/portfolio.json")) {
      portfolio = mapper.readValue(in, Portfolio.class);
    }
    assertThat(portfolio.centres()).hasSize(2);
    // amphoe-1 (round 2565) and amphoe-3 (round 2564) are both within their three years.
    assertThat(portfolio.underCertification(LocalDate.of(2024, 1, 15)))
        .containsExactly("amphoe-1", "amphoe-3");
    assertThat(mapper.readValue(mapper.writeValueAsString(portfolio), Portfolio.class))
        .isEqualTo(portfolio);
  }

  @Test
  void bootsJsonMapperRefusesAPortfolioWithTheLibrarysMessage() {
    String twice =
        "{\"centres\":[{\"id\":\"a\",\"certifications\":[]},"
            + "{\"id\":\"a\",\"certifications\":[]}]}";
    assertThatThrownBy(() -> mapper.readValue(twice, Portfolio.class))
        .isInstanceOf(GeccJsonException.class)
        .hasMessageContaining("centre id 'a' appears twice in the portfolio")
        .extracting(e -> ((GeccJsonException) e).pointer())
        .isEqualTo("/centres/1/id");
  }

  @Test
  void roundsHoldTheBundledRoundsAndTheRegister() {
    assertThat(rounds.isRegistered(FiscalYear.of(2570))).isTrue();
    assertThat(rounds.rounds()).containsAll(Rounds.bundled().rounds());
  }

  @Test
  void infoEndpointNamesTheLibraryItsRulebooksAndRounds() throws Exception {
    JsonNode gecc = get("/actuator/info").get("gecc");
    assertThat(gecc.get("version").asString()).isEqualTo(GeccVersion.version());
    assertThat(gecc.get("rulebooks").toString()).contains("\"GECC-2560\"");
    assertThat(gecc.get("rounds").toString()).contains("2567", "2570");
    assertThat(gecc.get("registeredRounds").toString()).isEqualTo("[2570]");
  }

  @Test
  void healthEndpointShowsTheRoundsKnown() throws Exception {
    JsonNode health = get("/actuator/health");
    assertThat(health.get("status").asString()).isEqualTo("UP");
    JsonNode gecc = health.get("components").get("gecc");
    assertThat(gecc.get("status").asString()).isEqualTo("UP");
    assertThat(gecc.get("details").get("latestRound").asInt()).isEqualTo(2570);
    assertThat(gecc.get("details").get("rounds").asInt()).isEqualTo(rounds.rounds().size());
  }

  @Test
  void endpointReadsAPortfolioBodyThroughTheStarter() throws Exception {
    String body;
    try (InputStream in = getClass().getResourceAsStream("/portfolio.json")) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    HttpResponse<String> answer = post("/portfolio/under-certification?asOf=2024-01-15", body);
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(mapper.readTree(answer.body()).toString()).isEqualTo("[\"amphoe-1\",\"amphoe-3\"]");
  }

  @Test
  void endpointRefusesAPortfolioTheLibraryRefuses() throws Exception {
    HttpResponse<String> answer =
        post(
            "/portfolio/under-certification?asOf=2024-01-15",
            "{\"centres\":[{\"id\":\"a\"},{\"id\":\"a\"}]}");
    assertThat(answer.statusCode()).isEqualTo(400);
  }

  private HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode get(String path) throws IOException, InterruptedException {
    HttpResponse<String> response =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return mapper.readTree(response.body());
  }
}
