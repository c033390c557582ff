package io.github.gecc.commands;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.common.collect.ImmutableMap;
import io.github.gecc.RefusalException;
import io.github.gecc.ValuePath;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * Answers one request document with one command: the single path from input bytes (or an input
 * tree) to an {@link Answer}, shared by the command line, {@code batch} and {@code serve}, so the
 * three give the same output and the same refusals for the same input.
 *
 * <p>Immutable and thread-safe: a command holds no state between calls.
 */
public final class Invoker {

  /**
   * The message of an input the heap could not hold: it says how large the heap is and how to give
   * the JVM more.
   *
   * @return the message
   */
  public static String outOfMemory() {
    long heapMiB = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return "the input is too large for the Java heap of this process (at most "
        + heapMiB
        + " MiB); give the JVM more with -Xmx, for example java -Xmx8g -jar gecc.jar … (a"
        + " portfolio of a million centres needs about 6 GiB), or split the input";
  }

  /** What every command runs with: the strict mapper, the clock and the rounds. */
  private final CliContext context;

  private final ImmutableMap<String, Command> commands;

  /**
   * An invoker whose commands know the bundled rounds.
   *
   * @param mapper the strict mapper the commands read and write with ({@code GeccJson.mapper()})
   * @param clock the clock the commands read "now" from
   */
  public Invoker(ObjectMapper mapper, Clock clock) {
    this(mapper, clock, Rounds.bundled());
  }

  /**
   * An invoker whose commands know {@code rounds} (the bundled ones and a register over them).
   *
   * @param mapper the strict mapper the commands read and write with ({@code GeccJson.mapper()})
   * @param clock the clock the commands read "now" from
   * @param rounds the rounds the commands know
   */
  public Invoker(ObjectMapper mapper, Clock clock, Rounds rounds) {
    this.context = new CliContext(mapper, clock, rounds);
    this.commands = Commands.documents();
  }

  /**
   * The mapper the commands read and write with.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return context.mapper();
  }

  /**
   * The rounds the commands know.
   *
   * @return the rounds
   */
  public Rounds rounds() {
    return context.rounds();
  }

  /**
   * The same commands, knowing {@code other} instead.
   *
   * @param other the rounds the commands are to know
   * @return a new invoker
   */
  public Invoker withRounds(Rounds other) {
    return new Invoker(context.mapper(), context.clock(), other);
  }

  /**
   * The commands that answer one document with one document, by name.
   *
   * @return the commands, in the order of the usage text
   */
  public ImmutableMap<String, Command> commands() {
    return commands;
  }

  /**
   * Answers raw input bytes: parses them with the strict mapper, which refuses bytes that are not
   * UTF-8 or hold no JSON document (RULES.md 11.1), and runs the command.
   *
   * @param command the command to run
   * @param bytes the request document's bytes
   * @return the answer; never throws for bad input
   */
  public Answer answer(Command command, byte[] bytes) {
    return answer(command, bytes, false);
  }

  /**
   * Answers raw input bytes, with the answer's receipt when {@code receipt} is true.
   *
   * @param command the command to run
   * @param bytes the request document's bytes
   * @param receipt whether the answer carries its receipt
   * @return the answer; never throws for bad input
   */
  public Answer answer(Command command, byte[] bytes, boolean receipt) {
    try {
      return answer(command, RequestDocument.parse(context.mapper(), bytes), receipt);
    } catch (JsonProcessingException e) {
      return refusal(e);
    } catch (OutOfMemoryError e) {
      return Answer.outOfMemory(outOfMemory());
    }
  }

  /**
   * Answers a request document parsed once (a {@code batch} line's {@code input}, say), with the
   * answer's receipt when {@code receipt} is true: the command reads its GECC values from the
   * document's tokens and its own fields from the tree built from them.
   *
   * @param command the command to run
   * @param document the request document, parsed with the strict mapper
   * @param receipt whether the answer carries its receipt
   * @return the answer; never throws for bad input
   */
  public Answer answer(Command command, GeccDocument document, boolean receipt) {
    try {
      return answer(command, RequestDocument.of(document), receipt);
    } catch (JsonProcessingException e) {
      return refusal(e);
    } catch (OutOfMemoryError e) {
      return Answer.outOfMemory(outOfMemory());
    }
  }

  private Answer answer(Command command, RequestDocument request, boolean receipt) {
    return answer(command, request.tree(), receipt, context.answering(request));
  }

  /**
   * Answers an input tree a caller built or parsed itself: the tree is written once and its text
   * parsed, so the command reads its GECC values as the tree holds them (a tree built by a mapper
   * without the strict mapper's features may already have dropped a repeated key or rounded a
   * decimal: give the bytes to {@link #answer(Command, byte[])} to have them read as written).
   *
   * @param command the command to run
   * @param input the request document
   * @return the answer; never throws for bad input
   */
  public Answer answer(Command command, JsonNode input) {
    return answer(command, input, false);
  }

  /**
   * Answers an input tree, with the answer's receipt when {@code receipt} is true: the digests of
   * the request, of what decided ({@link Command#configuration}) and of the answer. The tree is
   * written once and its text parsed, as {@link #answer(Command, JsonNode)} says.
   *
   * @param command the command to run
   * @param input the request document
   * @param receipt whether the answer carries its receipt
   * @return the answer; never throws for bad input
   */
  public Answer answer(Command command, JsonNode input, boolean receipt) {
    try {
      RequestDocument request = RequestDocument.ofTree(context.mapper(), input);
      return answer(command, input, receipt, context.answering(request));
    } catch (JsonProcessingException e) {
      return refusal(e);
    } catch (OutOfMemoryError e) {
      return Answer.outOfMemory(outOfMemory());
    }
  }

  private static Answer answer(
      Command command, JsonNode input, boolean receipt, CliContext context) {
    try {
      JsonNode output = command.run(input, context);
      Answer answer;
      if (!Answer.JSON.equals(command.mediaType())) {
        answer = Answer.text(output.textValue(), command.mediaType());
      } else {
        String rulebook = rulebookId(output.path("rulebook"));
        if (rulebook == null) {
          rulebook = rulebookId(input.path("selfAssessment").path("rulebook"));
        }
        answer = rulebook == null ? Answer.ok(output) : Answer.ok(output, rulebook);
      }
      if (!receipt) {
        return answer;
      }
      Configuration configuration = command.configuration(input, output, context);
      return answer.withReceipt(
          Receipt.of(context.mapper(), command.name(), input, configuration, output));
    } catch (JsonProcessingException e) {
      return refusal(e);
    } catch (RefusalException e) {
      // A core refusal a command did not place: its path, from the request's root, is the pointer.
      return refusal(e, "");
    } catch (OutOfMemoryError e) {
      return Answer.outOfMemory(outOfMemory());
    } catch (RuntimeException | StackOverflowError e) {
      return Answer.failure("internal error: " + e);
    }
  }

  /**
   * The id of a rulebook field: a bundled id as text, or the {@code id} of a whole rulebook
   * document; null for anything else. An evaluation names its rulebook; an application check
   * decides by the rulebook of its self-assessment.
   */
  private static @Nullable String rulebookId(JsonNode field) {
    if (field.isTextual()) {
      return field.asText();
    }
    JsonNode id = field.path("id");
    return id.isTextual() ? id.asText() : null;
  }

  /** The rule of a document that is one JSON text in UTF-8 (RULES.md 11.1). */
  public static final String DOCUMENT = "11.1";

  /** The rule of a field of its JSON type, given when required, never unknown (RULES.md 11.3). */
  public static final String FIELDS = "11.3";

  /**
   * Maps a refusal while reading JSON to the answer the command line prints: a {@link
   * GeccJsonException}'s rule, message and pointer, with the Thai message of its core cause; a
   * databind mapping error under RULES.md 11.3 at its path; malformed JSON under 11.1.
   *
   * @param e the refusal
   * @return a bad-input answer with the refusal's rule, message and pointer
   */
  public static Answer refusal(JsonProcessingException e) {
    if (e instanceof GeccJsonException) {
      GeccJsonException refusal = (GeccJsonException) e;
      RefusalException core = coreCause(refusal);
      return Answer.badInput(
          refusal.rule().orElse(null),
          refusal.getOriginalMessage(),
          core == null ? null : core.thai(),
          refusal.pointer());
    }
    if (e instanceof JsonMappingException) {
      return Answer.badInput(FIELDS, e.getOriginalMessage(), pointer((JsonMappingException) e));
    }
    return Answer.badInput(DOCUMENT, "malformed JSON: " + e.getOriginalMessage() + location(e), "");
  }

  /**
   * Maps a core refusal to the answer the command line prints: its rule, its messages and, as the
   * pointer, {@code base} followed by the refusal's path.
   *
   * @param e the core refusal
   * @param base the JSON Pointer of the value the core was building, {@code ""} for the request
   * @return a bad-input answer with the refusal's rule, messages and pointer
   */
  public static Answer refusal(RefusalException e, String base) {
    return Answer.badInput(e.rule(), e.english(), e.thai(), pointer(base, e.path()));
  }

  /** The JSON Pointer of a core value path under {@code base}. */
  static String pointer(String base, ValuePath path) {
    StringBuilder pointer = new StringBuilder(base);
    for (String token : path.tokens()) {
      pointer.append('/').append(token.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  /** The core refusal among a refusal's causes, if any: it holds the Thai message. */
  private static @Nullable RefusalException coreCause(Throwable refusal) {
    for (Throwable t = refusal.getCause(); t != null && t != t.getCause(); t = t.getCause()) {
      if (t instanceof RefusalException) {
        return (RefusalException) t;
      }
    }
    return null;
  }

  private static String location(JsonProcessingException e) {
    JsonLocation location = e.getLocation();
    if (location == null || location.getLineNr() < 0) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String pointer(JsonMappingException e) {
    StringBuilder pointer = new StringBuilder();
    for (JsonMappingException.Reference ref : e.getPath()) {
      pointer.append('/');
      if (ref.getFieldName() != null) {
        pointer.append(ref.getFieldName().replace("~", "~0").replace("/", "~1"));
      } else {
        pointer.append(ref.getIndex());
      }
    }
    return pointer.toString();
  }
}
