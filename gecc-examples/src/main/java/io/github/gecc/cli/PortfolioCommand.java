package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;

/** {@code portfolio}: centres under certification, centres that must apply, overdue reports. */
final class PortfolioCommand implements Command {

  @Override
  public String name() {
    return "portfolio";
  }

  @Override
  public String description() {
    return "centres under certification, centres that must apply, overdue reports";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    throw new UnsupportedOperationException("portfolio is not implemented yet");
  }
}
