package io.github.gecc.commands;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import io.github.gecc.golden.CommandResult;
import io.github.gecc.golden.CommandRunner;
import io.github.gecc.json.GeccJson;
import java.time.Clock;

/**
 * The commands as JSON documents in and out, for running golden cases in-process: the same path
 * ({@code Invoker}) that answers the command line, {@code batch} and {@code serve}, without any of
 * them.
 */
public final class CommandDocuments {

  private CommandDocuments() {}

  /**
   * Returns a runner of the document commands ({@code fiscal-year}, {@code thai-date}, {@code
   * evaluate}, {@code window}, {@code check-application}, {@code rounds}, {@code certification},
   * {@code portfolio}, {@code progress}, {@code deadlines}, {@code check-applications}, {@code
   * calendar}; the calendar's output is its iCalendar text as a JSON string): each case's input is
   * written as JSON text and read back by the strict reader, exactly as the command line reads its
   * input; a command that reads no input gets none.
   *
   * @param clock the clock the commands read "now" from
   * @return the runner; an unknown command answers status 2 naming the commands
   * @throws NullPointerException if {@code clock} is null
   */
  public static CommandRunner runner(Clock clock) {
    ObjectMapper mapper = GeccJson.mapper();
    Invoker invoker = new Invoker(mapper, java.util.Objects.requireNonNull(clock, "clock"));
    return (name, input) -> {
      Command command = Commands.all().get(name);
      Answer answer;
      if (command == null || command.takesOptions()) {
        answer =
            Answer.badInput(
                Answer.USAGE,
                "unknown command '"
                    + name
                    + "'; a case runs one of "
                    + String.join(", ", Commands.all().keySet()),
                null);
      } else if (!command.readsInput()) {
        answer = invoker.answer(command, NullNode.getInstance());
      } else {
        answer = invoker.answer(command, text(mapper, input));
      }
      if (answer.isOk()) {
        return CommandResult.success(answer.output());
      }
      return CommandResult.error(answer.exitStatus(), answer.errorDocument(mapper).path("error"));
    };
  }

  private static byte[] text(ObjectMapper mapper, JsonNode input) {
    if (input.isMissingNode()) {
      return new byte[0];
    }
    try {
      return mapper.writeValueAsBytes(input);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "a parsed JSON tree could not be written back: " + e.getMessage(), e);
    }
  }
}
