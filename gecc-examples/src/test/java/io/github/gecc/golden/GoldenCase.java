package io.github.gecc.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One golden decision case, read from a JSON file of {@code src/test/resources/golden/}.
 *
 * <p>The format (see the README, "Golden decision cases"):
 *
 * <pre>{@code
 * {"name": "...", "rule": "RULES.md §4 FACT ...", "source": "DOPA มท 0305.1/ว 1660, 18 Jan 2567" or "policy": "...",
 *  "command": "fiscal-year", "input": {...},
 *  "expect": {"status": 0, "output": {... subset ...}}
 *        or {"status": 2, "error": {"path": "/date", "messageContains": "..."}}}
 * }</pre>
 */
record GoldenCase(
    String file,
    String name,
    String rule,
    String citation,
    String command,
    JsonNode input,
    int status,
    JsonNode output,
    String errorPath,
    String errorMessageContains) {

  GoldenCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(command, "command");
  }

  /** Reads one case of a file, refusing a case without a rule or a citation. */
  static GoldenCase read(String file, JsonNode node) {
    String name = text(file, node, "name");
    String rule = text(file, node, "rule");
    String citation =
        node.hasNonNull("source")
            ? "source " + node.get("source").asText()
            : node.hasNonNull("policy") ? "policy " + node.get("policy").asText() : null;
    if (citation == null) {
      throw new IllegalArgumentException(
          file + ": case '" + name + "' cites neither a seed \"source\" nor a \"policy\"");
    }
    JsonNode expect = node.path("expect");
    if (!expect.has("status")) {
      throw new IllegalArgumentException(file + ": case '" + name + "' has no expect.status");
    }
    JsonNode error = expect.path("error");
    return new GoldenCase(
        file,
        name,
        rule,
        citation,
        text(file, node, "command"),
        node.path("input"),
        expect.get("status").asInt(),
        expect.get("output"),
        error.hasNonNull("path") ? error.get("path").asText() : null,
        error.hasNonNull("messageContains") ? error.get("messageContains").asText() : null);
  }

  private static String text(String file, JsonNode node, String field) {
    if (!node.hasNonNull(field)) {
      throw new IllegalArgumentException(file + ": a case has no \"" + field + "\"");
    }
    return node.get(field).asText();
  }

  /** The display name of the dynamic test. */
  String displayName() {
    return name + " [" + rule + "; " + citation + "]";
  }
}
