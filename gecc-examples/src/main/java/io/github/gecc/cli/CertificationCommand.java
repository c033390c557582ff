package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;

/** {@code certification}: validity and maintenance-report obligations of one certification. */
final class CertificationCommand implements Command {

  @Override
  public String name() {
    return "certification";
  }

  @Override
  public String description() {
    return "validity and maintenance-report obligations of one certification";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    throw new UnsupportedOperationException("certification is not implemented yet");
  }
}
