package io.github.gecc.golden;

import com.fasterxml.jackson.databind.JsonNode;

/** Runs one command in-process on one input document, as the {@code gecc} tool would. */
@FunctionalInterface
public interface CommandRunner {

  /**
   * Runs a command.
   *
   * @param command the command's name, for example {@code fiscal-year}
   * @param input the input document, or a missing node when the case gives none
   * @return the exit status and the document printed
   */
  CommandResult run(String command, JsonNode input);
}
