package io.github.gecc.cli;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import io.github.gecc.GeccVersion;
import io.github.gecc.RefusalException;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.Invoker;
import io.github.gecc.time.ThaiTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The OpenAPI 3.1 document of {@code gecc serve}, written to stand alone for a client generator:
 * one {@code POST /v1/<command>} per document command, whose bodies reference the JSON Schemas
 * gecc-json publishes (served beside it under {@code /v1/schemas/}; their {@code $id}s are
 * relative, so every reference resolves against the service), each with an example request, the
 * answer the service gives it and a bad-input problem it gives, all computed by the same command
 * when the document is built; every operation lists its problem responses with an example; the
 * limits are stated in {@code info} and in the schemas ({@code maxLength}).
 */
final class OpenApi {

  /** The problem responses every POST operation may give, besides its own 400. */
  private static final List<String> POST_PROBLEMS =
      List.of("405", "413", "415", "431", "500", "503");

  /** The problem responses every GET operation may give. */
  private static final List<String> GET_PROBLEMS = List.of("405", "431", "500", "503");

  private OpenApi() {}

  /** The limits every request is read with: the body's, and those of the mapper that reads it. */
  private static ObjectNode limits(ObjectMapper mapper) {
    StreamReadConstraints json = mapper.getFactory().streamReadConstraints();
    ObjectNode limits = mapper.createObjectNode();
    limits.put("defaultMaxBodyBytes", GeccServer.DEFAULT_MAX_BODY_BYTES);
    limits.put("maxNestingDepth", json.getMaxNestingDepth());
    limits.put("maxStringLength", json.getMaxStringLength());
    limits.put("maxNumberLength", json.getMaxNumberLength());
    return limits;
  }

  private static String limitsText(ObjectNode limits) {
    return "a request body of at most "
        + limits.get("defaultMaxBodyBytes")
        + " bytes unless the operator set another (413 beyond); JSON nested at most "
        + limits.get("maxNestingDepth")
        + " levels deep, strings of at most "
        + limits.get("maxStringLength")
        + " characters and numbers of at most "
        + limits.get("maxNumberLength")
        + " characters (400 beyond). The schemas state the length of strings as maxLength; an"
        + " array has no length limit of its own, the body limit bounds it.";
  }

  /**
   * The document; {@code serverUrl} is the absolute URL of the service it names in {@code servers},
   * for example {@code http://127.0.0.1:8080/}.
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
        "The GECC (Government Easy Contact Center, Thailand) certification rules over HTTP,"
            + " stateless. Each POST /v1/<name> takes one JSON document (UTF-8,"
            + " Content-Type: application/json) described by the JSON Schema its requestBody"
            + " references, and answers 200 with one JSON document described by its response"
            + " schema; the schemas are served under /v1/schemas/. Dates are ISO 8601 in the"
            + " Common Era; fiscal years and rounds are Buddhist Era years (CE + 543); a local time"
            + " without an offset is Bangkok time (UTC+7).\n\nEvery refusal is"
            + " application/problem+json (RFC 9457) with type, title, status and detail. Bad input"
            + " is 400; its detail says what is wrong, rule is the code of the rule it breaks (a"
            + " row of the library's RULES.md, such as 4.12), thai the message in Thai where the"
            + " rule gives one, and pointer is the JSON Pointer of the field to blame (\"\" for the"
            + " whole document); a body over the limit (413) names rule 11.4.\n\nLimits: "
            + limitsText(limits(mapper)));
    info.set("x-limits", limits(mapper));
    info.putObject("license").put("name", "Apache-2.0").put("identifier", "Apache-2.0");
    doc.putArray("servers").addObject().put("url", serverUrl);
    ObjectNode paths = doc.putObject("paths");
    for (Command command : invoker.commands().values()) {
      paths.set("/v1/" + command.name(), operation(invoker, command));
    }
    paths.set("/v1/" + ImpactCommand.NAME, impact(invoker));
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
      throw new IllegalStateException(
          "the example of " + name + " is refused: " + answer.message());
    }
    ObjectNode post = mapper.createObjectNode();
    ObjectNode operation = post.putObject("post");
    operation.put("operationId", camel(name));
    operation.put("summary", command.description());
    operation.put(
        "description",
        command.description()
            + ". Send one JSON document described by "
            + Catalog.requestSchema(name)
            + " (an example is given); the answer is one JSON"
            + " document described by "
            + Catalog.responseSchema(name)
            + ". Bad input (a field"
            + " missing, unknown or of the wrong type, an impossible value, a broken rule) is 400"
            + " with the JSON Pointer of the field to blame. The same document given to the"
            + " command `gecc "
            + name
            + "` gets the same answer.");
    operation.putArray("parameters").addObject().put("$ref", "#/components/parameters/Receipt");
    ObjectNode body = operation.putObject("requestBody").put("required", true);
    ObjectNode requestJson = body.putObject("content").putObject("application/json");
    requestJson.putObject("schema").put("$ref", "schemas/" + Catalog.requestSchema(name));
    requestJson.set("example", example);
    ObjectNode responses = operation.putObject("responses");
    ObjectNode ok = responses.putObject("200");
    ok.put(
        "description",
        answer.isText()
            ? "the command's answer as "
                + answer.mediaType()
                + " text, the bytes the command line prints"
            : "the command's output document");
    ObjectNode headers = ok.putObject("headers");
    headers.putObject(GeccServer.VERSION_HEADER).put("$ref", "#/components/headers/LibraryVersion");
    headers.putObject(GeccServer.RULEBOOK_HEADER).put("$ref", "#/components/headers/Rulebook");
    if (answer.isText()) {
      headers.putObject(GeccServer.RECEIPT_HEADER).put("$ref", "#/components/headers/Receipt");
    }
    // A text answer (calendar) is its own media type; the key leaves out the charset parameter.
    String mediaType = answer.mediaType().split(";", 2)[0].trim();
    ObjectNode responseJson = ok.putObject("content").putObject(mediaType);
    responseJson.putObject("schema").put("$ref", "schemas/" + Catalog.responseSchema(name));
    responseJson.set("example", answer.output());
    responses.set("400", badInput(invoker, command));
    for (String status : POST_PROBLEMS) {
      responses.putObject(status).put("$ref", "#/components/responses/Problem" + status);
    }
    return post;
  }

  /**
   * {@code POST /v1/impact}: its request and answer described by the schemas served beside the
   * others ({@link #impactSchema}), its example a portfolio under two validity policies, answered
   * by the service's own code when the document is built.
   */
  private static ObjectNode impact(Invoker invoker) {
    ObjectMapper mapper = invoker.mapper();
    ObjectNode example = mapper.createObjectNode();
    example.put("population", "portfolio");
    example.put("configuration", "policy");
    example.putObject("a").put("validity", "YEARS_FROM_DATE");
    example.putObject("b").put("validity", "FISCAL_YEARS");
    ObjectNode portfolio = example.putObject("portfolio");
    portfolio.put("asOf", "2024-01-15");
    ObjectNode centre = portfolio.putArray("centres").addObject();
    centre.put("id", "amphoe-1");
    centre
        .putArray("certifications")
        .addObject()
        .put("round", 2564)
        .put("certifiedOn", "2021-09-30");
    Answer answer = invoker.answer(ImpactCommand.DOCUMENT, example);
    if (!answer.isOk()) {
      throw new IllegalStateException("the example of impact is refused: " + answer.message());
    }
    ObjectNode post = mapper.createObjectNode();
    ObjectNode operation = post.putObject("post");
    operation.put("operationId", "impact");
    operation.put("summary", ImpactCommand.DESCRIPTION);
    operation.put(
        "description",
        ImpactCommand.DESCRIPTION
            + ". Send a population (\"subjects\","
            + " an array of assessments or of check-application requests, or \"portfolio\", a portfolio"
            + " document) and two configurations \"a\" and \"b\" (two rulebooks, two round registers or"
            + " two lifecycle policies); the answer is the summary (subjects, changed, refused, each"
            + " transition with its count and its causes) and one entry per subject whose answer"
            + " changes or that is refused, with the JSON Pointer of the subject (\"at\"). A refused"
            + " subject does not refuse the request; a bad request is 400 with the JSON Pointer of the"
            + " field to blame. The command `gecc impact` gives the same summary and lines.");
    ObjectNode requestJson =
        operation
            .putObject("requestBody")
            .put("required", true)
            .putObject("content")
            .putObject("application/json");
    requestJson.putObject("schema").put("$ref", "schemas/" + IMPACT_REQUEST);
    requestJson.set("example", example);
    ObjectNode responses = operation.putObject("responses");
    ObjectNode ok = responses.putObject("200");
    ok.put("description", "the summary and the changed or refused subjects");
    ok.putObject("headers")
        .putObject(GeccServer.VERSION_HEADER)
        .put("$ref", "#/components/headers/LibraryVersion");
    ObjectNode responseJson = ok.putObject("content").putObject("application/json");
    responseJson.putObject("schema").put("$ref", "schemas/" + IMPACT_RESPONSE);
    responseJson.set("example", answer.output());
    responses.set("400", badInput(invoker, ImpactCommand.DOCUMENT));
    for (String status : POST_PROBLEMS) {
      responses.putObject(status).put("$ref", "#/components/responses/Problem" + status);
    }
    return post;
  }

  /** The schema of an impact request, served as {@code /v1/schemas/impact-request.schema.json}. */
  static final String IMPACT_REQUEST = "impact-request.schema.json";

  /** The schema of an impact answer, served as {@code /v1/schemas/impact-response.schema.json}. */
  static final String IMPACT_RESPONSE = "impact-response.schema.json";

  /**
   * The schema of an impact request or answer, by file name ({@link #IMPACT_REQUEST}, {@link
   * #IMPACT_RESPONSE}); null for any other name.
   */
  static @Nullable ObjectNode impactSchema(ObjectMapper mapper, String name) {
    ObjectNode schemas = mapper.createObjectNode();
    impactSchemas(schemas);
    ObjectNode schema = (ObjectNode) schemas.get(name);
    if (schema == null) {
      return null;
    }
    ObjectNode document = mapper.createObjectNode();
    document.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    document.put("$id", name);
    document.setAll(schema);
    return document;
  }

  /** The schemas of an impact request and its answer, by file name. */
  private static void impactSchemas(ObjectNode schemas) {
    ObjectNode request = schemas.putObject(IMPACT_REQUEST);
    request.put("title", "impact request");
    request.put("type", "object");
    request.put(
        "description",
        "a population and two configurations; \"subjects\" for assessments"
            + " and applications, \"portfolio\" for a portfolio");
    request.putArray("required").add("a").add("b");
    request.put("additionalProperties", false);
    ObjectNode props = request.putObject("properties");
    props
        .putObject("population")
        .put("default", "assessments")
        .putArray("enum")
        .add("assessments")
        .add("applications")
        .add("portfolio");
    props
        .putObject("configuration")
        .put("description", "default rulebook; policy for a portfolio")
        .putArray("enum")
        .add("rulebook")
        .add("rounds")
        .add("policy");
    for (String side : List.of("a", "b")) {
      ObjectNode config = props.putObject(side);
      config.put(
          "description",
          "configuration "
              + side.toUpperCase(Locale.ROOT)
              + ": a bundled rulebook id or a rulebook document (rulebook), an array of round"
              + " definitions (rounds), a lifecycle policy document (policy)");
      ArrayNode types = config.putArray("type");
      types.add("string").add("object").add("array");
    }
    props
        .putObject("subjects")
        .put("type", "array")
        .put(
            "description",
            "assessments {id, met, kind} or check-application requests with an" + " optional id")
        .putObject("items")
        .put("type", "object");
    props
        .putObject("portfolio")
        .put("type", "object")
        .put(
            "description",
            "a portfolio document: asOf, optional round and policy fields, then" + " centres");
    ObjectNode answer = schemas.putObject(IMPACT_RESPONSE);
    answer.put("title", "impact response");
    answer.put("type", "object");
    answer.putArray("required").add("summary").add("changes");
    ObjectNode answerProps = answer.putObject("properties");
    ObjectNode summary = answerProps.putObject("summary");
    summary.put("type", "object");
    summary
        .putArray("required")
        .add("population")
        .add("configuration")
        .add("a")
        .add("b")
        .add("subjects")
        .add("changed")
        .add("refused")
        .add("transitions");
    ObjectNode summaryProps = summary.putObject("properties");
    for (String text : List.of("population", "configuration", "a", "b")) {
      summaryProps.putObject(text).put("type", "string");
    }
    summaryProps.putObject("asOf").put("type", "string").put("format", "date");
    summaryProps.putObject("round").put("type", "integer");
    for (String count : List.of("subjects", "changed", "refused")) {
      summaryProps.putObject(count).put("type", "integer").put("minimum", 0);
    }
    ObjectNode transition =
        summaryProps.putObject("transitions").put("type", "array").putObject("items");
    transition.put("type", "object");
    transition.putArray("required").add("from").add("to").add("count").add("causes");
    ObjectNode transitionProps = transition.putObject("properties");
    transitionProps.putObject("from").put("type", "string");
    transitionProps.putObject("to").put("type", "string");
    transitionProps.putObject("count").put("type", "integer").put("minimum", 1);
    ObjectNode cause = transitionProps.putObject("causes").put("type", "array").putObject("items");
    cause.put("type", "object");
    cause.putArray("required").add("onlyA").add("onlyB").add("count");
    ObjectNode causeProps = cause.putObject("properties");
    causeProps.putObject("onlyA").put("type", "array").putObject("items").put("type", "string");
    causeProps.putObject("onlyB").put("type", "array").putObject("items").put("type", "string");
    causeProps.putObject("count").put("type", "integer").put("minimum", 1);
    ObjectNode change = answerProps.putObject("changes").put("type", "array").putObject("items");
    change.put("type", "object");
    change.put(
        "description",
        "a subject whose answer changes (from, to, causes) or that is refused"
            + " (error), at the JSON Pointer \"at\" of the request");
    change.putArray("required").add("at").add("id");
    ObjectNode changeProps = change.putObject("properties");
    changeProps.putObject("at").put("type", "string");
    changeProps.putObject("id");
    changeProps.putObject("from").put("type", "string");
    changeProps.putObject("to").put("type", "string");
    changeProps.putObject("causes").put("type", "object");
    ObjectNode error = changeProps.putObject("error");
    error.put("type", "object");
    error.putArray("required").add("message").add("path");
    error.putObject("properties").putObject("message").put("type", "string");
    ((ObjectNode) error.get("properties")).putObject("path").put("type", "string");
  }

  /**
   * The 400 answer of an operation, with the problem the service really gives to an empty document
   * (or, where an empty document is accepted, to an array) as its example.
   */
  private static ObjectNode badInput(Invoker invoker, Command command) {
    ObjectMapper mapper = invoker.mapper();
    Answer answer = invoker.answer(command, mapper.createObjectNode());
    if (answer.isOk()) {
      answer = invoker.answer(command, mapper.createArrayNode());
    }
    if (answer.isOk()) {
      throw new IllegalStateException("no bad-input example for " + command.name());
    }
    ObjectNode response = mapper.createObjectNode();
    response.put("description", BAD_INPUT.description());
    ObjectNode json = response.putObject("content").putObject("application/problem+json");
    json.putObject("schema").put("$ref", "#/components/schemas/Problem");
    ObjectNode example = json.putObject("example");
    example.put("type", GeccServer.PROBLEM_BASE + "bad-input");
    example.put("title", "Bad input");
    example.put("status", 400);
    example.put("detail", answer.message());
    answer.pointer().ifPresent(pointer -> example.put("pointer", pointer));
    answer.rule().ifPresent(rule -> example.put("rule", rule));
    answer.thai().ifPresent(thai -> example.put("thai", thai));
    return response;
  }

  private static ObjectNode health(ObjectMapper mapper) {
    ObjectNode path = mapper.createObjectNode();
    ok(
            get(
                path,
                "health",
                "whether the service is up, its version, commands and known rounds"),
            "the service is up",
            "application/json")
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
    ObjectNode get =
        get(
            path,
            "schema",
            "a JSON Schema this document references, for example evaluate-request.schema.json");
    ObjectNode parameter = get.putArray("parameters").addObject();
    parameter.put("name", "name").put("in", "path").put("required", true);
    parameter.putObject("schema").put("type", "string").put("pattern", "^[a-z-]+\\.schema\\.json$");
    ok(get, "the schema (JSON Schema draft 2020-12)", "application/schema+json")
        .put("type", "object");
    ((ObjectNode) get.get("responses"))
        .putObject("404")
        .put("$ref", "#/components/responses/Problem404");
    return path;
  }

  /** Adds a GET operation to a path, with its problem responses, and returns it. */
  private static ObjectNode get(ObjectNode path, String operationId, String summary) {
    ObjectNode get = path.putObject("get");
    get.put("operationId", operationId);
    get.put("summary", summary);
    get.put("description", summary + ".");
    ObjectNode responses = get.putObject("responses");
    for (String status : GET_PROBLEMS) {
      responses.putObject(status).put("$ref", "#/components/responses/Problem" + status);
    }
    return get;
  }

  /** Adds an operation's 200 answer of one media type and returns the answer's schema. */
  private static ObjectNode ok(ObjectNode operation, String description, String mediaType) {
    return ((ObjectNode) operation.get("responses"))
        .putObject("200")
        .put("description", description)
        .putObject("content")
        .putObject(mediaType)
        .putObject("schema");
  }

  private static ObjectNode components(ObjectMapper mapper) {
    ObjectNode components = mapper.createObjectNode();
    ObjectNode schemas = components.putObject("schemas");
    ObjectNode problem = schemas.putObject("Problem");
    problem.put("type", "object");
    problem.put(
        "description",
        "RFC 9457 problem details; pointer is the JSON Pointer of the field"
            + " to blame; rule, on every refused input (400, 413), is the code of the rule broken, a"
            + " row of the library's RULES.md; thai is the message in Thai where the rule gives one");
    problem.putArray("required").add("type").add("title").add("status").add("detail");
    ObjectNode props = problem.putObject("properties");
    props.putObject("type").put("type", "string").put("format", "uri");
    props.putObject("title").put("type", "string");
    props.putObject("status").put("type", "integer");
    props.putObject("detail").put("type", "string");
    props.putObject("pointer").put("type", "string");
    props
        .putObject("rule")
        .put("type", "string")
        .put("pattern", "^[1-9][0-9]*\\.[1-9][0-9]*$")
        .put(
            "description",
            "the code of the rule the input breaks: a row of RULES.md, such as"
                + " 11.3 (a field of the wrong JSON type) or 4.12 (a Buddhist Era year in an ISO date)");
    props
        .putObject("thai")
        .put("type", "string")
        .put("description", "the refusal's message in Thai, where the rule gives one");
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

    headers
        .putObject("Receipt")
        .put(
            "description",
            "the receipt of a text answer, as canonical JSON (receipt.schema.json),"
                + " when the request asked for it with Gecc-Receipt: true")
        .putObject("schema")
        .put("type", "string");
    components
        .putObject("parameters")
        .putObject("Receipt")
        .put("name", GeccServer.RECEIPT_HEADER)
        .put("in", "header")
        .put("required", false)
        .put(
            "description",
            "true asks for the answer's receipt (receipt.schema.json): a JSON"
                + " answer gains the member receipt, digests of the canonical request, of the rulebook"
                + " and register that decided and of the answer without it; a text answer carries it"
                + " in the response header Gecc-Receipt. POST /v1/verify checks a stored answer"
                + " against its receipt.")
        .putObject("schema")
        .put("type", "boolean");

    ObjectNode responses = components.putObject("responses");
    PROBLEMS.forEach((status, answer) -> problem(responses, status, answer));
    return components;
  }

  /**
   * One problem response: what it means and an example of what the service sends; {@code rule},
   * {@code thai} and {@code pointer} where the example names them.
   */
  private record Problem(
      String description,
      String type,
      String title,
      String detail,
      @Nullable String rule,
      @Nullable String thai,
      @Nullable String pointer) {

    Problem(String description, String type, String title, String detail) {
      this(description, type, title, detail, null, null, null);
    }
  }

  /** The 400 answer: its example is the bad-input problem each operation documents itself. */
  private static final Problem BAD_INPUT = badInputProblem();

  /**
   * The shared 400 answer, whose example is the core's refusal of {@code "date":"2560-06-01"}: the
   * message, rule and Thai message the service sends for it.
   */
  private static Problem badInputProblem() {
    try {
      ThaiTime.parseIsoDate("2560-06-01");
    } catch (RefusalException e) {
      return new Problem(
          "bad input: detail says what is wrong; rule is the code of the rule it breaks, a row of"
              + " RULES.md; thai the message in Thai where the rule gives one; pointer is the JSON"
              + " Pointer of the field to blame (\"\" for the whole document, absent when no"
              + " field is); also a body that is not UTF-8 or not JSON, or beyond the JSON limits",
          "bad-input",
          "Bad input",
          e.english(),
          e.rule(),
          e.thai(),
          "/date");
    }
    throw new IllegalStateException("2560-06-01 is no longer refused as a Buddhist Era date");
  }

  /** The problem responses, by status; their examples are what the service sends. */
  private static final Map<String, Problem> PROBLEMS =
      ImmutableMap.<String, Problem>builder()
          .put("400", BAD_INPUT)
          .put(
              "404",
              new Problem(
                  "no such resource: a path the service does not have, or a schema it does not publish",
                  "not-found",
                  "Not found",
                  "no resource at /v1/schemas/no-such.schema.json; the service answers POST"
                      + " /v1/{evaluate,…}, GET /v1/openapi.json, GET /v1/schemas/NAME and GET /health"))
          .put(
              "405",
              new Problem(
                  "a method the path does not take; the Allow header names the one it does",
                  "method-not-allowed",
                  "Method not allowed",
                  "GET is not allowed on /v1/evaluate; use POST with a JSON document"))
          .put(
              "413",
              new Problem(
                  "the request body is over the service's limit (see info.x-limits); the connection is"
                      + " closed after the answer",
                  "too-large",
                  "Request body too large",
                  "the request body is larger than "
                      + GeccServer.DEFAULT_MAX_BODY_BYTES
                      + " bytes, the most"
                      + " the service reads; split the request, or run the command line or batch on it",
                  Answer.LIMITS,
                  null,
                  null))
          .put(
              "415",
              new Problem(
                  "a Content-Type other than application/json, or a charset other than UTF-8; the"
                      + " Accept-Post header says what to send",
                  "unsupported-media-type",
                  "Unsupported media type",
                  "Content-Type 'text/plain' is not supported; send the JSON document as application/json"))
          .put(
              "431",
              new Problem(
                  "the request's header fields are too large", "headers-too-large",
                  "Request header fields too large", "the request's header fields are too large"))
          .put(
              "500",
              new Problem(
                  "an internal error (a bug): detail names the exception class only, never a stack trace",
                  "internal-error",
                  "Internal error",
                  "internal error: java.lang.IllegalStateException"))
          .put(
              "503",
              new Problem(
                  "the service is stopping (retry on another copy), or its memory cannot hold this input"
                      + " now (Retry-After says when to try again)",
                  "stopping",
                  "Service stopping",
                  "the service is stopping; retry on another copy"))
          .buildOrThrow();

  private static void problem(ObjectNode responses, String status, Problem problem) {
    ObjectNode json =
        responses
            .putObject("Problem" + status)
            .put("description", problem.description())
            .putObject("content")
            .putObject("application/problem+json");
    json.putObject("schema").put("$ref", "#/components/schemas/Problem");
    ObjectNode example = json.putObject("example");
    example.put("type", GeccServer.PROBLEM_BASE + problem.type());
    example.put("title", problem.title());
    example.put("status", Integer.parseInt(status));
    example.put("detail", problem.detail());
    if (problem.pointer() != null) {
      example.put("pointer", problem.pointer());
    }
    if (problem.rule() != null) {
      example.put("rule", problem.rule());
    }
    if (problem.thai() != null) {
      example.put("thai", problem.thai());
    }
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
