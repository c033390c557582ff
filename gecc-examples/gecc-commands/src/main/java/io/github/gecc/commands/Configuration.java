package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.rules.Rulebook;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What decided an answer besides its input: the rulebook and the round register a command used,
 * each as the document the JSON module writes for it, so that a receipt digests them by content
 * rather than by id (two rulebooks of one id with different criteria give different digests).
 *
 * <p>Immutable and thread-safe.
 */
public final class Configuration {

  /** No rulebook and no register: an answer decided by its input and the library alone. */
  static final Configuration NONE = new Configuration(null, null);

  private final Optional<JsonNode> rulebook;
  private final Optional<JsonNode> rounds;

  private Configuration(@Nullable JsonNode rulebook, @Nullable JsonNode rounds) {
    this.rulebook = Optional.ofNullable(rulebook);
    this.rounds = Optional.ofNullable(rounds);
  }

  /**
   * The configuration of a command that decides by a rulebook and, when it takes a register, by the
   * rounds known.
   *
   * @param mapper the mapper whose GECC module writes the documents
   * @param rulebook the rulebook that decided, if one did
   * @param rounds the rounds the command knew, if it reads them
   */
  static Configuration of(
      ObjectMapper mapper, Optional<Rulebook> rulebook, Optional<Rounds> rounds) {
    JsonNode rulebookDocument = rulebook.isPresent() ? mapper.valueToTree(rulebook.get()) : null;
    JsonNode roundsDocument =
        rounds.isPresent() ? mapper.valueToTree(rounds.get().definitions()) : null;
    return new Configuration(rulebookDocument, roundsDocument);
  }

  /**
   * What decided a command's answer, as the command reports it ({@link Command#configuration}): by
   * default the rulebook named by the output's {@code rulebook} field (a whole rulebook in the
   * request's {@code rulebook} or {@code selfAssessment.rulebook} when one is given there), and the
   * rounds known (with the request's inline {@code rounds}) when the command takes a register.
   */
  static Configuration decidedBy(
      Command command, JsonNode input, JsonNode output, CliContext context)
      throws GeccJsonException {
    return decidedBy(command, input, output, context, command.takesRounds());
  }

  /**
   * What decided a command's answer, the rounds known counting only when {@code roundsDecide}: for
   * a command that takes a register but answered this request without a round.
   */
  static Configuration decidedBy(
      Command command, JsonNode input, JsonNode output, CliContext context, boolean roundsDecide)
      throws GeccJsonException {
    ObjectMapper mapper = context.mapper();
    Rounds rounds = context.rounds();
    if (command.takesRounds() && input.isObject()) {
      rounds = RoundsOption.withInline(context, input, rounds);
    }
    Optional<Rulebook> rulebook = Optional.empty();
    if (input.path("rulebook").isObject()) {
      rulebook = Optional.of(context.request(input).read(mapper, "/rulebook", Rulebook.class));
    } else if (input.path("selfAssessment").path("rulebook").isObject()) {
      rulebook =
          Optional.of(
              context.request(input).read(mapper, "/selfAssessment/rulebook", Rulebook.class));
    } else {
      JsonNode id = output.path("rulebook");
      if (id.isTextual()) {
        rulebook = rounds.rulebooks().byId(id.textValue());
      } else if (input.path("selfAssessment").path("rulebook").isTextual()) {
        rulebook =
            rounds.rulebooks().byId(input.path("selfAssessment").path("rulebook").textValue());
      }
    }
    return of(mapper, rulebook, roundsDecide ? Optional.of(rounds) : Optional.empty());
  }

  /** The rulebook that decided, as the JSON module writes it. */
  Optional<JsonNode> rulebook() {
    return rulebook;
  }

  /** The round definitions known, as the JSON module writes them. */
  Optional<JsonNode> rounds() {
    return rounds;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof Configuration
        && rulebook.equals(((Configuration) other).rulebook)
        && rounds.equals(((Configuration) other).rounds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(rulebook, rounds);
  }
}
