package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;

/** One command of the {@code gecc} command-line tool (see the README's command-line section). */
interface Command {

  /**
   * Returns the command's name as typed on the command line.
   *
   * @return for example {@code fiscal-year}
   */
  String name();

  /**
   * Returns a one-line description for the usage text.
   *
   * @return the description
   */
  String description();

  /**
   * Tells whether the command reads a JSON document.
   *
   * @return true if it reads one from FILE or standard input
   */
  default boolean readsInput() {
    return true;
  }

  /**
   * Runs the command.
   *
   * @param input the document read, or a JSON null when the command reads none
   * @param context the mapper and clock to use
   * @return the JSON document to print
   * @throws GeccJsonException if the input is refused; the tool exits 2
   */
  JsonNode run(JsonInput input, CliContext context) throws GeccJsonException;
}
