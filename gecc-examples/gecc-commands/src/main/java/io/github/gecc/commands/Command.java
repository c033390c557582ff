package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.json.GeccJsonException;

/**
 * One command of the tool: reads a request document, answers one result document. The command line
 * adds its own ({@code generate}, {@code demo}) beside the library's ({@link Commands}).
 *
 * <p>An implementation is immutable and thread-safe: it holds no state between calls.
 */
public interface Command {

  /**
   * Returns the command's name on the command line.
   *
   * @return the name, such as {@code fiscal-year}
   */
  String name();

  /**
   * Returns a one-line description for the usage text.
   *
   * @return the description
   */
  String description();

  /**
   * Tells whether the command reads a document (else it takes none).
   *
   * @return true if it reads a document
   */
  default boolean readsInput() {
    return true;
  }

  /**
   * Tells whether the command takes {@code --name value} options instead of a document.
   *
   * @return true if it takes options
   */
  default boolean takesOptions() {
    return false;
  }

  /**
   * Tells whether the command takes {@code --rounds FILE}, a round register merged over the bundled
   * rounds ({@link RoundsOption}); the tool reads it before the command runs.
   *
   * @return true if it takes the option
   */
  default boolean takesRounds() {
    return false;
  }

  /**
   * Returns the media type of the command's answer. A JSON command answers a document; a command
   * that answers text ({@code calendar}: {@code text/calendar}) returns its text as a JSON string,
   * which the command line prints as it is, {@code batch} carries as the string {@code output} and
   * {@code serve} sends as the body with this media type.
   *
   * @return {@code application/json} unless the command answers text
   */
  default String mediaType() {
    return Answer.JSON;
  }

  /**
   * Tells whether the command answers text rather than a JSON document ({@link #mediaType}).
   *
   * @return true for a text answer
   */
  default boolean isTextAnswer() {
    return !Answer.JSON.equals(mediaType());
  }

  /**
   * Reports what decided an answer besides its input: the rulebook and the round register used,
   * which a receipt digests by content. By default {@link Configuration#decidedBy}: the rulebook
   * the output (or the request) names and, for a command that takes a register, the rounds known.
   *
   * @param input the request document the command answered
   * @param output the command's answer
   * @param context the context it ran with
   * @return what decided
   * @throws GeccJsonException if the request's rulebook or register cannot be read again
   */
  default Configuration configuration(JsonNode input, JsonNode output, CliContext context)
      throws GeccJsonException {
    return Configuration.decidedBy(this, input, output, context);
  }

  /**
   * Runs the command.
   *
   * @param input the request document (or the options as an object)
   * @param context the mapper and clock
   * @return the result document
   * @throws GeccJsonException if the request is refused
   */
  JsonNode run(JsonNode input, CliContext context) throws GeccJsonException;
}
