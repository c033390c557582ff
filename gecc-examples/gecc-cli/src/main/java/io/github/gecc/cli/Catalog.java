package io.github.gecc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableMap;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.Commands;
import io.github.gecc.commands.Invoker;
import io.github.gecc.json.GeccJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What each document command reads and prints: the published JSON Schemas of its request and
 * response (in gecc-json, under {@value #SCHEMA_RESOURCES}) and one example request. The help text,
 * the OpenAPI document and its examples all come from here.
 */
final class Catalog {

  /** Where gecc-json publishes its schemas on the class path. */
  static final String SCHEMA_RESOURCES = "/io/github/gecc/json/schema/";

  private static final ImmutableMap<String, String> EXAMPLES =
      ImmutableMap.<String, String>builder()
          .put("fiscal-year", "{\"date\":\"2024-02-29\"}")
          .put("thai-date", "{\"text\":\"วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗ เวลา ๑๒.๐๐ น.\"}")
          .put("evaluate", "{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\",\"A01\"]}")
          .put("window", "{\"round\":2567,\"at\":\"2024-02-29T16:30:00+07:00\"}")
          .put(
              "check-application",
              "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\",\"informationOnly\":false},"
                  + "\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",\"B02\"]},"
                  + "\"submittedAt\":\"2024-02-01T10:00:00+07:00\",\"channels\":[\"ONLINE\"],"
                  + "\"documents\":[]}")
          .put(
              "certification",
              "{\"round\":2560,\"certifiedOn\":\"2017-09-21\",\"asOf\":\"2019-06-01\","
                  + "\"validity\":\"YEARS_FROM_DATE\",\"reports\":[{\"fiscalYear\":2561,"
                  + "\"period\":\"H1\",\"submittedOn\":\"2018-04-20\"}]}")
          .put(
              "portfolio",
              "{\"asOf\":\"2024-01-15\",\"round\":2567,\"centres\":["
                  + "{\"id\":\"district-a\",\"kind\":\"DISTRICT_OFFICE\",\"certifications\":[{\"round\":2564,"
                  + "\"certifiedOn\":\"2021-09-30\"}],\"reports\":[]},"
                  + "{\"id\":\"district-b\",\"kind\":\"DISTRICT_OFFICE\",\"certifications\":[],\"reports\":[]}]}")
          .put(
              "progress",
              "{\"round\":2560,\"organisation\":{\"kind\":\"CITY_MUNICIPALITY\"},\"events\":["
                  + "{\"action\":\"BRIEFING\"},"
                  + "{\"action\":\"SELF_ASSESSMENT\",\"selfAssessment\":{\"rulebook\":\"GECC-2560\","
                  + "\"met\":"
                  + criteria(40, 10)
                  + "}},"
                  + "{\"action\":\"GOVERNOR_APPROVAL\"},"
                  + "{\"action\":\"SELF_ASSESSMENT_GATE\"}]}")
          .put(
              "deadlines",
              "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\"},"
                  + "\"chain\":[\"DOPA\",\"SAKON_NAKHON\"]}")
          .put(
              "check-applications",
              "{\"applications\":["
                  + application("district-a", "2024-02-01T10:00:00+07:00")
                  + ","
                  + application("district-b", "2024-02-02T09:00:00+07:00")
                  + ","
                  + application("district-a", "2024-02-05T14:00:00+07:00")
                  + "]}")
          .put(
              "calendar",
              "{\"from\":\"2023-10-01\",\"to\":\"2024-09-30\",\"asOf\":\"2024-05-01\","
                  + "\"chain\":[\"DOPA\",\"SAKON_NAKHON\"],\"centre\":{\"id\":\"district-a\","
                  + "\"kind\":\"DISTRICT_OFFICE\",\"certifications\":[{\"round\":2564,\"certifiedOn\":\"2021-09-30\"}],"
                  + "\"reports\":[{\"fiscalYear\":2567,\"period\":\"H1\","
                  + "\"submittedOn\":\"2024-04-20\"}]}}")
          .build();

  private Catalog() {}

  /** A JSON array of the first {@code basic} basic and {@code advanced} advanced criterion ids. */
  private static String criteria(int basic, int advanced) {
    StringBuilder ids = new StringBuilder("[");
    for (int i = 1; i <= basic; i++) {
      ids.append(ids.length() > 1 ? "," : "").append(String.format(Locale.ROOT, "\"B%02d\"", i));
    }
    for (int i = 1; i <= advanced; i++) {
      ids.append(",").append(String.format(Locale.ROOT, "\"A%02d\"", i));
    }
    return ids.append("]").toString();
  }

  /** A round-2567 district office's application that meets the application requirement. */
  private static String application(String id, String submittedAt) {
    return "{\"round\":2567,\"organisation\":{\"kind\":\"DISTRICT_OFFICE\",\"id\":\""
        + id
        + "\"},\"selfAssessment\":{\"rulebook\":\"GECC-2560\",\"met\":"
        + criteria(40, 10)
        + "},\"submittedAt\":\""
        + submittedAt
        + "\",\"channels\":[\"ONLINE\"]}";
  }

  /** The file name of the command's request schema. */
  static String requestSchema(String command) {
    return command + "-request.schema.json";
  }

  /** The file name of the command's response schema. */
  static String responseSchema(String command) {
    return command + "-response.schema.json";
  }

  /** The example request of a document command. */
  static JsonNode example(ObjectMapper mapper, String command) {
    if (command.equals("verify")) {
      return verifyExample(mapper);
    }
    String json = EXAMPLES.get(command);
    if (json == null) {
      throw new IllegalArgumentException("no example for command '" + command + "'");
    }
    try {
      return mapper.readTree(json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The example of {@code verify}: the example of {@code evaluate}, stored with its answer and
   * receipt as this library gives them.
   */
  private static JsonNode verifyExample(ObjectMapper mapper) {
    JsonNode request = example(mapper, "evaluate");
    Command evaluate = Objects.requireNonNull(Commands.documents().get("evaluate"), "evaluate");
    Answer answer =
        new Invoker(mapper, Clock.fixed(Instant.EPOCH, ZoneOffset.UTC))
            .answer(evaluate, request, true);
    ObjectNode example = mapper.createObjectNode();
    example.put("command", "evaluate");
    example.set("input", request);
    example.set("answer", answer.output());
    return example;
  }

  /** Reads a published schema by file name, or returns null if there is none of that name. */
  static byte @Nullable [] schema(String fileName) {
    if (!fileName.matches("[a-z-]+\\.schema\\.json")) {
      return null;
    }
    ObjectMapper mapper = GeccJson.mapper();
    ObjectNode impact = OpenApi.impactSchema(mapper, fileName);
    if (impact != null) {
      try {
        return mapper.writerWithDefaultPrettyPrinter().writeValueAsBytes(impact);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException("a schema this class built", e);
      }
    }
    try (InputStream in = Catalog.class.getResourceAsStream(SCHEMA_RESOURCES + fileName)) {
      return in == null ? null : in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The help text of a document command: what it reads and prints, with an example. */
  static String help(Command command, ObjectMapper mapper, Answer exampleAnswer) {
    StringBuilder help =
        new StringBuilder("usage: java -jar gecc.jar ")
            .append(command.name())
            .append(" [FILE]\n")
            .append(command.description())
            .append(
                ".\n\nReads one JSON document from FILE or standard input (UTF-8), described by ")
            .append("the JSON Schema ")
            .append(requestSchema(command.name()))
            .append(",\nfor example:\n  ")
            .append(EXAMPLES.get(command.name()))
            .append(
                exampleAnswer.isText()
                    ? "\n\nPrints "
                        + exampleAnswer.mediaType()
                        + " text on standard output (`gecc "
                        + command.name()
                        + " FILE > gecc.ics`), described by "
                    : "\n\nPrints one JSON document on standard output, described by ")
            .append(responseSchema(command.name()))
            .append(",\nfor that example:\n  ");
    if (!exampleAnswer.isOk()) {
      help.append("(no answer)");
    } else if (exampleAnswer.isText()) {
      // The text's first lines: enough to show its shape.
      String[] lines = exampleAnswer.output().textValue().split("\r\n", -1);
      help.append(String.join("\n  ", Arrays.asList(lines).subList(0, Math.min(lines.length, 40))))
          .append(
              "\n  …\nIn batch, output is that text as a JSON string; over HTTP it is the body.");
    } else {
      help.append(exampleAnswer.output().toString());
    }
    help.append(
        "\n\nExit status: 0 ok; 2 bad input, with {\"error\":{\"message\":…,\"path\":…}} on standard"
            + " error;\n1 any other failure. The schemas ship in gecc.jar under"
            + " io/github/gecc/json/schema/\nand `gecc serve` publishes them under"
            + " /v1/schemas/.");
    return help.toString();
  }
}
