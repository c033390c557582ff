package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;

/** {@code check-application}: every rule an application breaks. */
final class CheckApplicationCommand implements Command {

  @Override
  public String name() {
    return "check-application";
  }

  @Override
  public String description() {
    return "every rule an application breaks";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    throw new UnsupportedOperationException("check-application is not implemented yet");
  }
}
