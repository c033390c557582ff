package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.Commands;
import io.github.gecc.golden.GoldenCases;
import java.nio.file.Path;
import java.util.List;

/** The golden cases' commands and inputs, for running them through batch and HTTP. */
final class Golden {

  /** One case: its name, command and input ({@code MissingNode} when it has none). */
  record Case(String name, String command, JsonNode input) {

    /** The input as the command line reads it: the JSON text, or nothing. */
    String text() {
      return input.isMissingNode() ? "" : input.toString();
    }

    @Override
    public String toString() {
      return command + ": " + name;
    }
  }

  private Golden() {}

  /** The cases of the commands that answer one document with one document (batch, serve). */
  static List<Case> documentCases() {
    return cases().stream().filter(c -> Commands.documents().containsKey(c.command())).toList();
  }

  /** Tells whether a command answers text (a calendar) rather than a JSON document. */
  static boolean isText(String command) {
    Command known = Commands.all().get(command);
    return known != null && !Answer.JSON.equals(known.mediaType());
  }

  /** Every case of the project's golden folder, read by the golden-case engine. */
  static List<Case> cases() {
    return GoldenCases.load(Path.of("src/test/resources/golden")).stream()
        .map(c -> new Case(c.name(), c.command(), c.input()))
        .toList();
  }
}
