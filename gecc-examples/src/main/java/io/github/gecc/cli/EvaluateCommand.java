package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;

/** {@code evaluate}: score an assessment against a rulebook and explain the decision. */
final class EvaluateCommand implements Command {

  @Override
  public String name() {
    return "evaluate";
  }

  @Override
  public String description() {
    return "score an assessment against a rulebook and explain the decision";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    throw new UnsupportedOperationException("evaluate is not implemented yet");
  }
}
