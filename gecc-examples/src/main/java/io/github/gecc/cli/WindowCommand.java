package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;

/** {@code window}: the application window of a round, and whether it is open at an instant. */
final class WindowCommand implements Command {

  @Override
  public String name() {
    return "window";
  }

  @Override
  public String description() {
    return "the application window of a round, and whether it is open at an instant";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    throw new UnsupportedOperationException("window is not implemented yet");
  }
}
