package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import java.time.Clock;
import org.jspecify.annotations.Nullable;

/**
 * What a command may use: the strict mapper, the clock ("now" is never read elsewhere) and the
 * rounds known (the bundled ones, with the register of {@code --rounds FILE} merged over them).
 *
 * <p>Immutable and thread-safe.
 */
public final class CliContext {

  private final ObjectMapper mapper;
  private final Clock clock;
  private final Rounds rounds;

  /** The request being answered, parsed once, when the invoker read it from bytes; else null. */
  private final @Nullable RequestDocument request;

  /**
   * A context that knows the bundled rounds.
   *
   * @param mapper the strict mapper ({@code GeccJson.mapper()})
   * @param clock the clock "now" is read from
   */
  public CliContext(ObjectMapper mapper, Clock clock) {
    this(mapper, clock, Rounds.bundled());
  }

  /**
   * A context that knows {@code rounds}.
   *
   * @param mapper the strict mapper ({@code GeccJson.mapper()})
   * @param clock the clock "now" is read from
   * @param rounds the rounds known
   */
  public CliContext(ObjectMapper mapper, Clock clock, Rounds rounds) {
    this.mapper = mapper;
    this.clock = clock;
    this.rounds = rounds;
    this.request = null;
  }

  private CliContext(CliContext context, RequestDocument request) {
    this.mapper = context.mapper;
    this.clock = context.clock;
    this.rounds = context.rounds;
    this.request = request;
  }

  /** The same context, answering {@code request}. */
  CliContext answering(RequestDocument request) {
    return new CliContext(this, request);
  }

  /**
   * The parsed request whose tree is {@code input}, so its GECC values are read from its tokens:
   * the request this context answers (every command the invoker runs is handed its tree), else, for
   * a tree a caller built or parsed itself and ran a command on, that tree written once and parsed.
   */
  @SuppressWarnings("ReferenceEquality") // the same tree, not an equal one a caller built
  RequestDocument request(JsonNode input) throws GeccJsonException {
    return request != null && request.tree() == input
        ? request
        : RequestDocument.ofTree(mapper, input);
  }

  /**
   * The request whose tree a command was handed, parsed once: a command reads its GECC values from
   * it at their pointers, never from the tree. For a tree a caller built or parsed itself and ran a
   * command on, that tree written once and parsed.
   *
   * @param input the tree the command was handed
   * @return the document, never null
   * @throws GeccJsonException if a caller's tree cannot be written as JSON
   */
  public GeccDocument document(JsonNode input) throws GeccJsonException {
    return request(input).document();
  }

  /**
   * The rounds known.
   *
   * @return the rounds
   */
  public Rounds rounds() {
    return rounds;
  }

  /**
   * The strict mapper.
   *
   * @return the mapper
   */
  public ObjectMapper mapper() {
    return mapper;
  }

  /**
   * The clock "now" is read from.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * A new empty JSON object of the mapper.
   *
   * @return the object
   */
  public ObjectNode object() {
    return mapper.createObjectNode();
  }
}
