package io.github.gecc.commands;

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
 * The answer to one request, however it came (a command line, a batch line, an HTTP request): the
 * command's output document, or a refusal with the message and pointer the command line prints. The
 * command line, {@code batch} and {@code serve} each turn it into their own framing.
 *
 * <p>Immutable and thread-safe as long as no caller changes the trees it holds.
 */
public final class Answer {

  /** The media type of a JSON answer. */
  public static final String JSON = "application/json";

  /** Exit status of a successful run. */
  public static final int EXIT_OK = 0;

  /** Exit status of an unexpected failure. */
  public static final int EXIT_FAILURE = 1;

  /** Exit status of bad input. */
  public static final int EXIT_BAD_INPUT = 2;

  /** The media type of a calendar answer, iCalendar text in UTF-8. */
  public static final String CALENDAR = "text/calendar; charset=utf-8";

  /** The rule of a document within the limits (RULES.md 11.4). */
  public static final String LIMITS = "11.4";

  /**
   * The rule of a command line or a batch line that names a known command with the arguments,
   * options and files its usage lists (RULES.md 11.5).
   */
  public static final String USAGE = "11.5";

  /** What kind of answer it is; each transport maps it to an exit status or an HTTP status. */
  public enum Kind {
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

    /**
     * The command line's exit status for this kind.
     *
     * @return 0, 1 or 2
     */
    public int exitStatus() {
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
      Kind kind,
      @Nullable JsonNode output,
      @Nullable String message,
      @Nullable String rulebook,
      String mediaType) {
    return new Answer(kind, output, message, null, null, null, rulebook, mediaType, null);
  }

  /**
   * The output of a command.
   *
   * @param output the output document, not null
   * @return the answer
   * @throws NullPointerException if {@code output} is null
   */
  public static Answer ok(JsonNode output) {
    return of(Kind.OK, Objects.requireNonNull(output, "output"), null, null, JSON);
  }

  /**
   * The output of a decision by the rulebook of id {@code rulebook}.
   *
   * @param output the output document, not null
   * @param rulebook the id of the rulebook that decided, not null
   * @return the answer
   * @throws NullPointerException if an argument is null
   */
  public static Answer ok(JsonNode output, String rulebook) {
    return of(
        Kind.OK,
        Objects.requireNonNull(output, "output"),
        null,
        Objects.requireNonNull(rulebook, "rulebook"),
        JSON);
  }

  /**
   * A refusal of the input under a rule.
   *
   * @param rule the code of the rule broken, a row of RULES.md such as {@code "11.3"}
   * @param message what is wrong with the input, naming the value and the rule
   * @param pointer the JSON Pointer of the field to blame, or null when no field is to blame
   * @return the answer
   */
  public static Answer badInput(String rule, String message, @Nullable String pointer) {
    return badInput(rule, message, null, pointer);
  }

  /**
   * A refusal of the input under a rule, with the rule's Thai message when there is one.
   *
   * @param rule the code of the rule broken, a row of RULES.md; null only for a refusal whose core
   *     cause carries no code
   * @param message what is wrong with the input, naming the value and the rule
   * @param thai the same in Thai, or null
   * @param pointer the JSON Pointer of the field to blame, or null when no field is to blame
   * @return the answer
   */
  public static Answer badInput(
      @Nullable String rule, String message, @Nullable String thai, @Nullable String pointer) {
    return new Answer(
        Kind.BAD_INPUT,
        null,
        Objects.requireNonNull(message, "message"),
        pointer,
        rule,
        thai,
        null,
        JSON,
        null);
  }

  /**
   * The output of a command that answers text of a media type other than JSON ({@code
   * text/calendar; charset=utf-8}): the text travels as a JSON string.
   *
   * @param text the text, not null
   * @param mediaType its media type, not null
   * @return the answer
   * @throws NullPointerException if an argument is null
   */
  public static Answer text(String text, String mediaType) {
    return of(
        Kind.OK,
        TextNode.valueOf(Objects.requireNonNull(text, "text")),
        null,
        null,
        Objects.requireNonNull(mediaType, "mediaType"));
  }

  /**
   * A refusal of an input larger than a limit, under RULES.md 11.4.
   *
   * @param message which limit the input passed
   * @return the answer
   */
  public static Answer tooLarge(String message) {
    return new Answer(
        Kind.TOO_LARGE,
        null,
        Objects.requireNonNull(message, "message"),
        null,
        LIMITS,
        null,
        null,
        JSON,
        null);
  }

  /**
   * The failure of an input the heap could not hold.
   *
   * @param message what happened and how to give the JVM more heap
   * @return the answer
   */
  public static Answer outOfMemory(String message) {
    return of(Kind.OUT_OF_MEMORY, null, message, null, JSON);
  }

  /**
   * An unexpected failure.
   *
   * @param message what failed
   * @return the answer
   */
  public static Answer failure(String message) {
    return of(Kind.FAILURE, null, message, null, JSON);
  }

  /**
   * The same answer with its receipt: a JSON answer gains the top-level member {@code receipt}
   * (computed over the answer without it); a calendar gains the property {@link
   * ICalendarText#RECEIPT_PROPERTY} (computed over the text without it); a text answer also has the
   * receipt beside it ({@link #receipt()}).
   *
   * @param receipt the receipt document
   * @return the answer with its receipt
   */
  public Answer withReceipt(ObjectNode receipt) {
    JsonNode withIt = output();
    if (!isText() && withIt.isObject()) {
      ObjectNode copy = ((ObjectNode) withIt).deepCopy();
      copy.set(Receipt.FIELD, receipt);
      withIt = copy;
    } else if (ICalendarText.MEDIA_TYPE.equals(mediaType)) {
      withIt =
          TextNode.valueOf(ICalendarText.withReceipt(withIt.textValue(), Canonical.text(receipt)));
    }
    return new Answer(kind, withIt, message, pointer, rule, thai, rulebook, mediaType, receipt);
  }

  /**
   * The receipt, when one was asked for.
   *
   * @return the receipt, or empty
   */
  public Optional<ObjectNode> receipt() {
    return Optional.ofNullable(receipt);
  }

  /**
   * What kind of answer it is.
   *
   * @return the kind
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Tells whether the command answered.
   *
   * @return true for an {@link Kind#OK} answer
   */
  public boolean isOk() {
    return kind == Kind.OK;
  }

  /**
   * The command line's exit status for the answer.
   *
   * @return 0, 1 or 2
   */
  public int exitStatus() {
    return kind.exitStatus();
  }

  /**
   * The output document; only for an {@link Kind#OK} answer.
   *
   * @return the output (a text answer's text as a JSON string)
   * @throws IllegalStateException if the answer is a refusal or a failure
   */
  public JsonNode output() {
    if (output == null) {
      throw new IllegalStateException("a " + kind + " answer has no output");
    }
    return output;
  }

  /**
   * The media type of the answer's body: {@value #JSON}, or the text's own media type.
   *
   * @return the media type
   */
  public String mediaType() {
    return mediaType;
  }

  /**
   * Tells whether the output is text to print as it is rather than a JSON document.
   *
   * @return true for a text answer
   */
  public boolean isText() {
    return !JSON.equals(mediaType);
  }

  /**
   * The body an HTTP answer carries: the output document as JSON, or the text itself in UTF-8; only
   * for an {@link Kind#OK} answer.
   *
   * @param mapper writes the document
   * @return the body's bytes
   * @throws JsonProcessingException if the document cannot be written
   * @throws IllegalStateException if the answer is a refusal or a failure
   */
  public byte[] body(ObjectMapper mapper) throws JsonProcessingException {
    return isText()
        ? output().textValue().getBytes(StandardCharsets.UTF_8)
        : mapper.writeValueAsBytes(output());
  }

  /**
   * The refusal's message; only for an answer that is not {@link Kind#OK}.
   *
   * @return the message
   * @throws IllegalStateException if the answer is {@link Kind#OK}
   */
  public String message() {
    if (message == null) {
      throw new IllegalStateException("an OK answer has no message");
    }
    return message;
  }

  /**
   * The JSON Pointer of the field to blame, when one is.
   *
   * @return the pointer, or empty
   */
  public Optional<String> pointer() {
    return Optional.ofNullable(pointer);
  }

  /**
   * The id of the rulebook that decided, when one did.
   *
   * @return the rulebook's id, or empty
   */
  public Optional<String> rulebook() {
    return Optional.ofNullable(rulebook);
  }

  /**
   * Returns the code of the rule that refused the input.
   *
   * @return the rule code; empty for an answer that is not a refusal (bad input, too large)
   */
  public Optional<String> rule() {
    return Optional.ofNullable(rule);
  }

  /**
   * Returns the refusal's message in Thai.
   *
   * @return the Thai message, when the rule that refused gives one
   */
  public Optional<String> thai() {
    return Optional.ofNullable(thai);
  }

  /**
   * The command line's error document, {@code {"error":{"message":…,"path":…,"rule":…, "thai":…}}}.
   *
   * @param mapper makes the document
   * @return the document
   * @throws IllegalStateException if the answer is {@link Kind#OK}
   */
  public ObjectNode errorDocument(ObjectMapper mapper) {
    ObjectNode document = mapper.createObjectNode();
    document.set("error", error(mapper));
    return document;
  }

  /**
   * The inner {@code {"message":…,"path":…,"rule":…,"thai":…}} object: {@code path} when a value is
   * to blame, {@code rule} for every refusal of the input, {@code thai} where the rule gives a Thai
   * message.
   *
   * @param mapper makes the object
   * @return the object
   * @throws IllegalStateException if the answer is {@link Kind#OK}
   */
  public ObjectNode error(ObjectMapper mapper) {
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
