package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.GeccVersion;

/**
 * The OpenAPI 3.1 document of {@code gecc serve}: one {@code POST /v1/<command>} per document
 * command, whose bodies reference the JSON Schemas gecc-json publishes (served beside it under
 * {@code /v1/schemas/}, so the relative references resolve), each with an example request and
 * the answer the service gives it, computed by the same command when the document is built.
 */
final class OpenApi {

  private OpenApi() {}

  /**
   * The document; {@code serverUrl} is the absolute URL of the service it names in {@code
   * servers}, for example {@code http://127.0.0.1:8080/}.
   */
  static ObjectNode document(Invoker invoker, String serverUrl) {
    ObjectMapper mapper = invoker.mapper();
    ObjectNode doc = mapper.createObjectNode();
    doc.put("openapi", "3.1.0");
    doc.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
    ObjectNode info = doc.putObject("info");
    info.put("title", "GECC rules service");
    info.put("version", GeccVersion.version());
    info.put(
        "description",
        "The GECC (Government Easy Contact Center) certification rules over HTTP: each endpoint"
            + " takes exactly the input document of the gecc command of its name and returns"
            + " exactly its output document. Bad input is 400 application/problem+json (RFC 9457)"
            + " whose detail is the command line's message and pointer its JSON Pointer.");
    info.putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");
    doc.putArray("servers").addObject().put("url", serverUrl);
    ObjectNode paths = doc.putObject("paths");
    for (Command command : invoker.commands().values()) {
      paths.set("/v1/" + command.name(), operation(invoker, command));
    }
    paths.set("/health", health(mapper));
    paths.set("/v1/openapi.json", openApi(mapper));
    paths.set("/v1/schemas/{name}", schemas(mapper));
    doc.set("components", components(mapper));
    return doc;
  }

  private static ObjectNode operation(Invoker invoker, Command command) {
    ObjectMapper mapper = invoker.mapper();
    String name = command.name();
    JsonNode example = Catalog.example(mapper, name);
    Answer answer = invoker.answer(command, example);
    if (!answer.isOk()) {
      throw new IllegalStateException("the example of " + name + " is refused: " + answer.message());
    }
    ObjectNode post = mapper.createObjectNode();
    ObjectNode operation = post.putObject("post");
    operation.put("operationId", camel(name));
    operation.put("summary", command.description());
    operation.put(
        "description",
        "Same input and output as `java -jar gecc.jar " + name + "`; `gecc " + name
            + " --help` describes it.");
    ObjectNode body = operation.putObject("requestBody").put("required", true);
    ObjectNode requestJson = body.putObject("content").putObject("application/json");
    requestJson.putObject("schema").put("$ref", "schemas/" + Catalog.requestSchema(name));
    requestJson.set("example", example);
    ObjectNode responses = operation.putObject("responses");
    ObjectNode ok = responses.putObject("200");
    ok.put("description", "the command's output document");
    ObjectNode headers = ok.putObject("headers");
    headers.putObject(GeccServer.VERSION_HEADER).put("$ref", "#/components/headers/LibraryVersion");
    headers.putObject(GeccServer.RULEBOOK_HEADER).put("$ref", "#/components/headers/Rulebook");
    ObjectNode responseJson = ok.putObject("content").putObject("application/json");
    responseJson.putObject("schema").put("$ref", "schemas/" + Catalog.responseSchema(name));
    responseJson.set("example", answer.output());
    for (String status : new String[] {"400", "413", "415", "500", "503"}) {
      responses.putObject(status).put("$ref", "#/components/responses/Problem" + status);
    }
    return post;
  }

  private static ObjectNode health(ObjectMapper mapper) {
    ObjectNode path = mapper.createObjectNode();
    ok(get(path, "health", "whether the service is up, its version, commands and known rounds"),
        "the service is up", "application/json")
        .put("$ref", "#/components/schemas/Health");
    return path;
  }

  private static ObjectNode openApi(ObjectMapper mapper) {
    ObjectNode path = mapper.createObjectNode();
    ok(get(path, "openApi", "this document"), "the OpenAPI document", "application/json")
        .put("type", "object");
    return path;
  }

  private static ObjectNode schemas(ObjectMapper mapper) {
    ObjectNode path = mapper.createObjectNode();
    ObjectNode get = get(path, "schema",
        "a JSON Schema this document references, for example evaluate-request.schema.json");
    ObjectNode parameter = get.putArray("parameters").addObject();
    parameter.put("name", "name").put("in", "path").put("required", true);
    parameter.putObject("schema").put("type", "string").put("pattern", "^[a-z-]+\\.schema\\.json$");
    ok(get, "the schema (JSON Schema draft 2020-12)", "application/schema+json")
        .put("type", "object");
    ((ObjectNode) get.get("responses")).putObject("404")
        .put("$ref", "#/components/responses/Problem404");
    return path;
  }

  /** Adds a GET operation to a path and returns it. */
  private static ObjectNode get(ObjectNode path, String operationId, String summary) {
    ObjectNode get = path.putObject("get");
    get.put("operationId", operationId);
    get.put("summary", summary);
    return get;
  }

  /** Adds an operation's 200 answer of one media type and returns the answer's schema. */
  private static ObjectNode ok(ObjectNode operation, String description, String mediaType) {
    return operation.putObject("responses").putObject("200").put("description", description)
        .putObject("content").putObject(mediaType).putObject("schema");
  }

  private static ObjectNode components(ObjectMapper mapper) {
    ObjectNode components = mapper.createObjectNode();
    ObjectNode schemas = components.putObject("schemas");
    ObjectNode problem = schemas.putObject("Problem");
    problem.put("type", "object");
    problem.put("description", "RFC 9457 problem details; pointer is the JSON Pointer of the field to blame");
    problem.putArray("required").add("type").add("title").add("status").add("detail");
    ObjectNode props = problem.putObject("properties");
    props.putObject("type").put("type", "string").put("format", "uri");
    props.putObject("title").put("type", "string");
    props.putObject("status").put("type", "integer");
    props.putObject("detail").put("type", "string");
    props.putObject("pointer").put("type", "string");
    ObjectNode health = schemas.putObject("Health");
    health.put("type", "object");
    health.putArray("required").add("status").add("version").add("commands").add("rounds");
    ObjectNode healthProps = health.putObject("properties");
    healthProps.putObject("status").putArray("enum").add("UP");
    healthProps.putObject("version").put("type", "string");
    healthProps.putObject("commands").put("type", "array").putObject("items").put("type", "string");
    healthProps.putObject("rounds").put("type", "array").putObject("items").put("type", "integer");

    ObjectNode headers = components.putObject("headers");
    headers
        .putObject("LibraryVersion")
        .put("description", "the version of the GECC library that answered")
        .putObject("schema")
        .put("type", "string");
    headers
        .putObject("Rulebook")
        .put("description", "the id of the rulebook that decided, when one did")
        .putObject("schema")
        .put("type", "string");

    ObjectNode responses = components.putObject("responses");
    problem(responses, "400", "bad input: the command line's message, and the pointer of the field to blame");
    problem(responses, "404", "no such resource");
    problem(responses, "413", "the request body is over the service's limit");
    problem(responses, "415", "the request is not application/json in UTF-8");
    problem(responses, "500", "an internal error (no stack trace is sent)");
    problem(responses, "503", "the service is stopping, or the input is too large for its memory now");
    return components;
  }

  private static void problem(ObjectNode responses, String status, String description) {
    responses
        .putObject("Problem" + status)
        .put("description", description)
        .putObject("content")
        .putObject("application/problem+json")
        .putObject("schema")
        .put("$ref", "#/components/schemas/Problem");
  }

  private static String camel(String name) {
    StringBuilder camel = new StringBuilder();
    boolean upper = false;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c == '-') {
        upper = true;
      } else {
        camel.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return camel.toString();
  }
}
