package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;
import java.util.Optional;

/**
 * The answer to one request, however it came (a command line, a batch line, an HTTP request):
 * the command's output document, or a refusal with the message and pointer the command line
 * prints. The command line, {@code batch} and {@code serve} each turn it into their own framing.
 */
final class Answer {

  /** What kind of answer it is; each transport maps it to an exit status or an HTTP status. */
  enum Kind {
    /** The command answered: exit 0, HTTP 200. */
    OK(Main.OK),
    /** The input is refused: exit 2, HTTP 400. */
    BAD_INPUT(Main.BAD_INPUT),
    /** The input is larger than a limit: exit 2, HTTP 413. */
    TOO_LARGE(Main.BAD_INPUT),
    /** The heap could not hold the input: exit 1, HTTP 503 (another copy or a retry may). */
    OUT_OF_MEMORY(Main.FAILURE),
    /** Anything else: exit 1, HTTP 500. */
    FAILURE(Main.FAILURE);

    private final int exitStatus;

    Kind(int exitStatus) {
      this.exitStatus = exitStatus;
    }

    int exitStatus() {
      return exitStatus;
    }
  }

  private final Kind kind;
  private final JsonNode output;
  private final String message;
  private final String pointer;
  private final String rulebook;

  private Answer(Kind kind, JsonNode output, String message, String pointer, String rulebook) {
    this.kind = kind;
    this.output = output;
    this.message = message;
    this.pointer = pointer;
    this.rulebook = rulebook;
  }

  private Answer(Kind kind, JsonNode output, String message, String pointer) {
    this(kind, output, message, pointer, null);
  }

  static Answer ok(JsonNode output) {
    return new Answer(Kind.OK, Objects.requireNonNull(output, "output"), null, null);
  }

  /** The output of a decision by the rulebook of id {@code rulebook}. */
  static Answer ok(JsonNode output, String rulebook) {
    return new Answer(
        Kind.OK, Objects.requireNonNull(output, "output"), null, null, Objects.requireNonNull(rulebook));
  }

  /** A refusal of the input; {@code pointer} is null when no field is to blame. */
  static Answer badInput(String message, String pointer) {
    return new Answer(Kind.BAD_INPUT, null, message, pointer);
  }

  static Answer tooLarge(String message) {
    return new Answer(Kind.TOO_LARGE, null, message, null);
  }

  static Answer outOfMemory(String message) {
    return new Answer(Kind.OUT_OF_MEMORY, null, message, null);
  }

  static Answer failure(String message) {
    return new Answer(Kind.FAILURE, null, message, null);
  }

  Kind kind() {
    return kind;
  }

  boolean isOk() {
    return kind == Kind.OK;
  }

  int exitStatus() {
    return kind.exitStatus();
  }

  /** The output document; only for an {@link Kind#OK} answer. */
  JsonNode output() {
    if (output == null) {
      throw new IllegalStateException("a " + kind + " answer has no output");
    }
    return output;
  }

  /** The refusal's message; only for an answer that is not {@link Kind#OK}. */
  String message() {
    if (message == null) {
      throw new IllegalStateException("an OK answer has no message");
    }
    return message;
  }

  /** The JSON Pointer of the field to blame, when one is. */
  Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /** The id of the rulebook that decided, when one did. */
  Optional<String> rulebook() {
    return Optional.ofNullable(rulebook);
  }

  /** The command line's error document, {@code {"error":{"message":…,"path":…}}}. */
  ObjectNode errorDocument(ObjectMapper mapper) {
    ObjectNode document = mapper.createObjectNode();
    document.set("error", error(mapper));
    return document;
  }

  /** The inner {@code {"message":…,"path":…}} object. */
  ObjectNode error(ObjectMapper mapper) {
    ObjectNode error = mapper.createObjectNode();
    error.put("message", message());
    if (pointer != null) {
      error.put("path", pointer);
    }
    return error;
  }
}
