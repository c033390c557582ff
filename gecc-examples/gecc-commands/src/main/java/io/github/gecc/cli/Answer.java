package io.github.gecc.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The answer to one request, however it came (a command line, a batch line, an HTTP request):
 * the command's output document, or a refusal with the message and pointer the command line
 * prints. The command line, {@code batch} and {@code serve} each turn it into their own framing.
 */
final class Answer {

  /** The media type of a JSON answer. */
  static final String JSON = "application/json";

  /** Exit status of a successful run. */
  static final int EXIT_OK = 0;

  /** Exit status of an unexpected failure. */
  static final int EXIT_FAILURE = 1;

  /** Exit status of bad input. */
  static final int EXIT_BAD_INPUT = 2;

  /** The rule of a document within the limits (RULES.md 11.4). */
  static final String LIMITS = "11.4";

  /**
   * The rule of a command line or a batch line that names a known command with the arguments,
   * options and files its usage lists (RULES.md 11.5).
   */
  static final String USAGE = "11.5";

  /** What kind of answer it is; each transport maps it to an exit status or an HTTP status. */
  enum Kind {
    /** The command answered: exit 0, HTTP 200. */
    OK(EXIT_OK),
    /** The input is refused: exit 2, HTTP 400. */
    BAD_INPUT(EXIT_BAD_INPUT),
    /** The input is larger than a limit: exit 2, HTTP 413. */
    TOO_LARGE(EXIT_BAD_INPUT),
    /** The heap could not hold the input: exit 1, HTTP 503 (another copy or a retry may). */
    OUT_OF_MEMORY(EXIT_FAILURE),
    /** Anything else: exit 1, HTTP 500. */
    FAILURE(EXIT_FAILURE);

    private final int exitStatus;

    Kind(int exitStatus) {
      this.exitStatus = exitStatus;
    }

    int exitStatus() {
      return exitStatus;
    }
  }

  private final Kind kind;
  private final @Nullable JsonNode output;
  private final @Nullable String message;
  private final @Nullable String pointer;
  /** The code of the rule that refused the input, a row of RULES.md; null unless refused. */
  private final @Nullable String rule;
  /** The refusal's message in Thai, where the rule that refused gives one. */
  private final @Nullable String thai;
  private final @Nullable String rulebook;
  private final String mediaType;
  private final @Nullable ObjectNode receipt;

  private Answer(
      Kind kind,
      @Nullable JsonNode output,
      @Nullable String message,
      @Nullable String pointer,
      @Nullable String rule,
      @Nullable String thai,
      @Nullable String rulebook,
      String mediaType,
      @Nullable ObjectNode receipt) {
    this.kind = kind;
    this.output = output;
    this.message = message;
    this.pointer = pointer;
    this.rule = rule;
    this.thai = thai;
    this.rulebook = rulebook;
    this.mediaType = mediaType;
    this.receipt = receipt;
  }

  /** An answer that is not a refusal: no rule, no Thai message. */
  private static Answer of(
      Kind kind, @Nullable JsonNode output, @Nullable String message, @Nullable String rulebook,
      String mediaType) {
    return new Answer(kind, output, message, null, null, null, rulebook, mediaType, null);
  }

  static Answer ok(JsonNode output) {
    return of(Kind.OK, Objects.requireNonNull(output, "output"), null, null, JSON);
  }

  /** The output of a decision by the rulebook of id {@code rulebook}. */
  static Answer ok(JsonNode output, String rulebook) {
    return of(Kind.OK, Objects.requireNonNull(output, "output"), null,
        Objects.requireNonNull(rulebook, "rulebook"), JSON);
  }

  /**
   * A refusal of the input under a rule; {@code pointer} is null when no field is to blame.
   *
   * @param rule the code of the rule broken, a row of RULES.md such as {@code "11.3"}
   */
  static Answer badInput(String rule, String message, @Nullable String pointer) {
    return badInput(rule, message, null, pointer);
  }

  /**
   * A refusal of the input under a rule, with the rule's Thai message when there is one. The rule
   * is null only for a refusal whose core cause carries no code yet (a bare {@code
   * IllegalArgumentException} of a core factory not yet made a {@code RefusalException}); its
   * error then has no {@code rule}.
   */
  static Answer badInput(
      @Nullable String rule, String message, @Nullable String thai, @Nullable String pointer) {
    return new Answer(Kind.BAD_INPUT, null, Objects.requireNonNull(message, "message"), pointer,
        rule, thai, null, JSON, null);
  }

  /**
   * The output of a command that answers text of a media type other than JSON ({@code
   * text/calendar; charset=utf-8}): the text travels as a JSON string.
   */
  static Answer text(String text, String mediaType) {
    return of(Kind.OK, TextNode.valueOf(Objects.requireNonNull(text, "text")), null, null,
        Objects.requireNonNull(mediaType, "mediaType"));
  }

  /** An input larger than a limit: a refusal under RULES.md 11.4. */
  static Answer tooLarge(String message) {
    return new Answer(Kind.TOO_LARGE, null, Objects.requireNonNull(message, "message"), null,
        LIMITS, null, null, JSON, null);
  }

  static Answer outOfMemory(String message) {
    return of(Kind.OUT_OF_MEMORY, null, message, null, JSON);
  }

  static Answer failure(String message) {
    return of(Kind.FAILURE, null, message, null, JSON);
  }

  /**
   * The same answer with its receipt: a JSON answer gains the top-level member {@code receipt}
   * (computed over the answer without it); a calendar gains the property {@link
   * ICalendarText#RECEIPT_PROPERTY} (computed over the text without it); a text answer also has
   * the receipt beside it ({@link #receipt()}).
   */
  Answer withReceipt(ObjectNode receipt) {
    JsonNode withIt = output();
    if (!isText() && withIt.isObject()) {
      ObjectNode copy = ((ObjectNode) withIt).deepCopy();
      copy.set(Receipt.FIELD, receipt);
      withIt = copy;
    } else if (ICalendarText.MEDIA_TYPE.equals(mediaType)) {
      withIt = TextNode.valueOf(ICalendarText.withReceipt(withIt.textValue(), Canonical.text(receipt)));
    }
    return new Answer(kind, withIt, message, pointer, rule, thai, rulebook, mediaType, receipt);
  }

  /** The receipt, when one was asked for. */
  Optional<ObjectNode> receipt() {
    return Optional.ofNullable(receipt);
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

  /** The media type of the answer's body: {@value #JSON}, or the text's own media type. */
  String mediaType() {
    return mediaType;
  }

  /** Tells whether the output is text to print as it is rather than a JSON document. */
  boolean isText() {
    return !JSON.equals(mediaType);
  }

  /**
   * The body an HTTP answer carries: the output document as JSON, or the text itself in UTF-8;
   * only for an {@link Kind#OK} answer.
   */
  byte[] body(ObjectMapper mapper) throws JsonProcessingException {
    return isText()
        ? output().textValue().getBytes(StandardCharsets.UTF_8)
        : mapper.writeValueAsBytes(output());
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

  /** The code of the rule that refused the input; only for a refusal (bad input, too large). */
  Optional<String> rule() {
    return Optional.ofNullable(rule);
  }

  /** The refusal's message in Thai, when the rule that refused gives one. */
  Optional<String> thai() {
    return Optional.ofNullable(thai);
  }

  /**
   * The command line's error document, {@code {"error":{"message":…,"path":…,"rule":…,
   * "thai":…}}}.
   */
  ObjectNode errorDocument(ObjectMapper mapper) {
    ObjectNode document = mapper.createObjectNode();
    document.set("error", error(mapper));
    return document;
  }

  /**
   * The inner {@code {"message":…,"path":…,"rule":…,"thai":…}} object: {@code path} when a value
   * is to blame, {@code rule} for every refusal of the input, {@code thai} where the rule gives a
   * Thai message.
   */
  ObjectNode error(ObjectMapper mapper) {
    ObjectNode error = mapper.createObjectNode();
    error.put("message", message());
    if (pointer != null) {
      error.put("path", pointer);
    }
    if (rule != null) {
      error.put("rule", rule);
    }
    if (thai != null) {
      error.put("thai", thai);
    }
    return error;
  }
}
