package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.json.GeccJsonException;

/** One command of the tool: reads a request document, answers one result document. */
interface Command {

  /** Returns the command's name on the command line. */
  String name();

  /** Returns a one-line description for the usage text. */
  String description();

  /** Tells whether the command reads a document (else it takes none). */
  default boolean readsInput() {
    return true;
  }

  /** Tells whether the command takes {@code --name value} options instead of a document. */
  default boolean takesOptions() {
    return false;
  }

  /**
   * Tells whether the command takes {@code --rounds FILE}, a round register merged over the
   * bundled rounds ({@link RoundsOption}); the tool reads it before the command runs.
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
   * Runs the command.
   *
   * @param input the request document (or the options as an object)
   * @param context the mapper and clock
   * @return the result document
   * @throws GeccJsonException if the request is refused
   */
  JsonNode run(JsonNode input, CliContext context) throws GeccJsonException;
}
