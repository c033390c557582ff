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
   * Tells whether the command takes options ({@code --name value}) after its name instead of a
   * FILE; the tool passes them to {@link #run} as a JSON object of strings, {@code
   * {"name":"value"}}, and reads no document.
   *
   * @return true if it takes options
   */
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
   * Runs the command.
   *
   * @param input the document read, the options of a command that takes options, or a JSON null
   * @param context the mapper and clock to use
   * @return the JSON document to print
   * @throws GeccJsonException if the input is refused; the tool exits 2
   */
  JsonNode run(JsonInput input, CliContext context) throws GeccJsonException;
}
