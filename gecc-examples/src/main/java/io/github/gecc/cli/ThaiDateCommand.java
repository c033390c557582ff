package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;

/** {@code thai-date}: parse or format a date the way Thai official letters write it. */
final class ThaiDateCommand implements Command {

  @Override
  public String name() {
    return "thai-date";
  }

  @Override
  public String description() {
    return "parse or format a date the way Thai official letters write it";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    throw new UnsupportedOperationException("thai-date is not implemented yet");
  }
}
