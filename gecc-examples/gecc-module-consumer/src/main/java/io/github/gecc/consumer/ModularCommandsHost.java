package io.github.gecc.consumer;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.CommandDocuments;
import io.github.gecc.commands.Commands;
import io.github.gecc.commands.Invoker;
import io.github.gecc.golden.CommandResult;
import io.github.gecc.json.GeccJson;
import java.nio.charset.StandardCharsets;
import java.time.Clock;

/**
 * What a modular host does with the commands library: it answers a request document as the command
 * line and the service do, and runs a command as a golden case does.
 */
public final class ModularCommandsHost {

  private ModularCommandsHost() {}

  /**
   * Answers a request document with one of the library's document commands.
   *
   * @param command the command's name, such as {@code fiscal-year}
   * @param request the request document, JSON text
   * @param clock the clock the command reads "now" from
   * @return the answer: the output, or the refusal with its pointer
   * @throws IllegalArgumentException if no document command has that name
   */
  public static Answer answer(String command, String request, Clock clock) {
    var known = Commands.documents().get(command);
    if (known == null) {
      throw new IllegalArgumentException(
          "no document command '" + command + "'; known: " + Commands.documents().keySet());
    }
    return new Invoker(GeccJson.mapper(), clock)
        .answer(known, request.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Runs a command in-process as a golden case does.
   *
   * @param command the command's name
   * @param input the request document
   * @param clock the clock the command reads "now" from
   * @return the command's status and output or error
   */
  public static CommandResult run(String command, JsonNode input, Clock clock) {
    return CommandDocuments.runner(clock).run(command, input);
  }
}
