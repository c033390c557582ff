package io.github.gecc.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import io.github.gecc.commands.Commands;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The service's OpenAPI document, read from a running service by a real OpenAPI parser, its
 * examples validated against the published schemas it references, and every golden output against
 * its command's response schema.
 */
class OpenApiTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Any base will do: the schemas' $ids are relative, so their references follow it. */
  private static final String BASE = "https://gecc.github.io/schema/";

  private static final SchemaRegistry REGISTRY =
      SchemaRegistry.withDefaultDialect(
          SpecificationVersion.DRAFT_2020_12,
          builder ->
              builder
                  .schemaRegistryConfig(
                      SchemaRegistryConfig.builder().formatAssertionsEnabled(true).build())
                  .schemaIdResolvers(
                      r -> r.mapPrefix(BASE, "classpath:io/github/gecc/json/schema/")));

  private static GeccServer server;
  private static JsonNode document;

  @BeforeAll
  static void start() throws Exception {
    server = GeccServerTest.startServer(() -> {});
    HttpResponse<String> response =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(server.uri().resolve("/v1/openapi.json"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).isEqualTo(200);
    document = MAPPER.readTree(response.body());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static Schema schema(String reference) {
    String name = reference.substring(reference.lastIndexOf('/') + 1);
    return REGISTRY.getSchema(SchemaLocation.of(BASE + name));
  }

  static List<String> commands() {
    return new ArrayList<>(Commands.documents().keySet());
  }

  @Test
  void anOpenApiParserReadsTheDocumentWithoutAMessage() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result =
        new OpenAPIV3Parser()
            .readLocation(server.uri().resolve("/v1/openapi.json").toString(), null, options);
    assertThat(result.getMessages()).isEmpty();
    OpenAPI api = result.getOpenAPI();
    assertThat(api.getOpenapi()).isEqualTo("3.1.0");
    for (String command : commands()) {
      PathItem path = api.getPaths().get("/v1/" + command);
      assertThat(path).as(command).isNotNull();
      Operation post = path.getPost();
      assertThat(post.getRequestBody().getContent().get("application/json").getExample())
          .as(command)
          .isNotNull();
      assertThat(
              post.getResponses().get("200").getContent().get(responseType(command)).getExample())
          .as(command)
          .isNotNull();
      assertThat(post.getResponses()).containsKeys("400", "405", "413", "415", "431", "500", "503");
    }
    assertThat(api.getPaths()).containsKeys("/health", "/v1/openapi.json");
  }

  @Test
  void everyCommandIsAnEndpoint() {
    List<String> paths = new ArrayList<>();
    document.path("paths").fieldNames().forEachRemaining(paths::add);
    for (String command : commands()) {
      assertThat(paths).contains("/v1/" + command);
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theExampleRequestIsValidAgainstItsSchema(String command) {
    JsonNode json = operation(command).path("requestBody").path("content").path("application/json");
    List<Error> errors =
        schema(json.path("schema").path("$ref").asText()).validate(json.path("example"));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theExampleResponseIsValidAgainstItsSchema(String command) {
    JsonNode json = response200(command);
    List<Error> errors =
        schema(json.path("schema").path("$ref").asText()).validate(json.path("example"));
    assertThat(errors).isEmpty();
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theExampleResponseIsWhatTheServiceAnswersTheExampleRequest(String command) throws Exception {
    JsonNode request =
        operation(command)
            .path("requestBody")
            .path("content")
            .path("application/json")
            .path("example");
    HttpResponse<String> answer = GeccServerTest.post(server, "/v1/" + command, request.toString());
    assertThat(answer.statusCode()).isEqualTo(200);
    if (Golden.isText(command)) {
      assertThat(answer.body()).isEqualTo(response200(command).path("example").textValue());
    } else {
      assertThat(MAPPER.readTree(answer.body())).isEqualTo(response200(command).path("example"));
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void everySchemaReferencedIsServed(String command) throws Exception {
    for (String ref :
        List.of(
            operation(command)
                .path("requestBody")
                .path("content")
                .path("application/json")
                .path("schema")
                .path("$ref")
                .asText(),
            response200(command).path("schema").path("$ref").asText())) {
      assertThat(ref).startsWith("schemas/");
      HttpResponse<String> schema = GeccServerTest.get(server, "/v1/" + ref);
      assertThat(schema.statusCode()).as(ref).isEqualTo(200);
    }
  }

  @Test
  void everyGoldenOutputIsValidAgainstItsCommandsResponseSchema() {
    int checked = 0;
    for (Golden.Case c : Golden.documentCases()) {
      CliRunner.Result result = CliRunner.run(c.command(), c.text());
      if (result.status() == 0) {
        List<Error> errors =
            schema(Catalog.responseSchema(c.command()))
                .validate(
                    Golden.isText(c.command()) ? TextNode.valueOf(result.stdout()) : result.json());
        assertThat(errors).as(c.toString()).isEmpty();
        checked++;
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(40);
  }

  @Test
  void aResponseSchemaRefusesAnOutputMissingARequiredField() {
    JsonNode output = CliRunner.run("fiscal-year", "{\"date\":\"2024-02-29\"}").json();
    ((com.fasterxml.jackson.databind.node.ObjectNode) output).remove("start");
    assertThat(schema(Catalog.responseSchema("fiscal-year")).validate(output)).isNotEmpty();
  }

  @Test
  void everyProblemResponseReferencesTheProblemSchema() {
    JsonNode responses = document.path("components").path("responses");
    for (Map.Entry<String, JsonNode> entry : responses.properties()) {
      assertThat(
              entry
                  .getValue()
                  .path("content")
                  .path("application/problem+json")
                  .path("schema")
                  .path("$ref")
                  .asText())
          .as(entry.getKey())
          .isEqualTo("#/components/schemas/Problem");
    }
  }

  @ParameterizedTest
  @MethodSource("commands")
  void theBadInputExampleIsWhatTheServiceAnswersAnEmptyDocument(String command) throws Exception {
    JsonNode example =
        operation(command)
            .path("responses")
            .path("400")
            .path("content")
            .path("application/problem+json")
            .path("example");
    HttpResponse<String> answer = GeccServerTest.post(server, "/v1/" + command, "{}");
    if (answer.statusCode() == 200) {
      answer = GeccServerTest.post(server, "/v1/" + command, "[]");
    }
    assertThat(answer.statusCode()).isEqualTo(400);
    assertThat(MAPPER.readTree(answer.body())).isEqualTo(example);
  }

  @Test
  void everyOperationListsItsProblemsWithAnExampleAndADescriptionThatNeedsNoCommandLine() {
    for (Map.Entry<String, JsonNode> path : document.path("paths").properties()) {
      for (Map.Entry<String, JsonNode> operation : path.getValue().properties()) {
        String where = operation.getKey() + " " + path.getKey();
        JsonNode responses = operation.getValue().path("responses");
        assertThat(responses.has("405") && responses.has("431") && responses.has("503"))
            .as(where)
            .isTrue();
        assertThat(operation.getValue().path("description").asText())
            .as(where)
            .isNotEmpty()
            .doesNotContain("--help");
      }
    }
    for (Map.Entry<String, JsonNode> response :
        document.path("components").path("responses").properties()) {
      JsonNode example =
          response.getValue().path("content").path("application/problem+json").path("example");
      assertThat(example.path("status").asText())
          .as(response.getKey())
          .isEqualTo(response.getKey().substring("Problem".length()));
      assertThat(example.path("type").asText()).startsWith(GeccServer.PROBLEM_BASE);
    }
    assertThat(document.at("/paths/~1v1~1schemas~1{name}/get/responses/404/$ref").asText())
        .isEqualTo("#/components/responses/Problem404");
  }

  @Test
  void theLimitsAreStatedInInfoAndInTheSchemas() throws Exception {
    assertThat(document.at("/info/x-limits/maxStringLength").asInt()).isEqualTo(100_000);
    assertThat(document.at("/info/x-limits/defaultMaxBodyBytes").asInt())
        .isEqualTo(GeccServer.DEFAULT_MAX_BODY_BYTES);
    assertThat(document.at("/info/description").asText())
        .contains("Limits: a request body of at most");
    JsonNode evaluate =
        MAPPER.readTree(
            GeccServerTest.get(server, "/v1/schemas/evaluate-request.schema.json").body());
    assertThat(evaluate.at("/properties/met/maxItems").isMissingNode())
        .as("an array has no length limit of its own, so the schema states none")
        .isTrue();
    assertThat(evaluate.at("/properties/met/items/maxLength").asInt()).isEqualTo(100_000);
  }

  /**
   * Python jsonschema, with no registry of its own, validates every example of the document against
   * the schema it references, fetching the schemas from the service. Runs where python3 with
   * jsonschema is installed (CI runs the same script against the built jar).
   */
  @Test
  void pythonJsonschemaValidatesEveryExampleAgainstTheServedSchemas() throws Exception {
    boolean python;
    try {
      python = new ProcessBuilder("python3", "-c", "import jsonschema").start().waitFor() == 0;
    } catch (java.io.IOException e) {
      python = false;
    }
    org.junit.jupiter.api.Assumptions.assumeTrue(
        python, "python3 with jsonschema is not installed");
    Process check =
        new ProcessBuilder("python3", "src/test/python/check_openapi.py", server.uri().toString())
            .redirectErrorStream(true)
            .start();
    String out =
        new String(check.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(check.waitFor()).as(out).isZero();
    assertThat(out).contains(" 0 invalid").doesNotContain("INVALID");
  }

  private static JsonNode operation(String command) {
    return document.path("paths").path("/v1/" + command).path("post");
  }

  private static JsonNode response200(String command) {
    return operation(command)
        .path("responses")
        .path("200")
        .path("content")
        .path(responseType(command));
  }

  /** The media type of a command's answer: JSON, or text/calendar for the calendar. */
  private static String responseType(String command) {
    return Golden.isText(command) ? "text/calendar" : "application/json";
  }
}
