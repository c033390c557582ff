package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.commands.CliContext;
import io.github.gecc.commands.Command;
import io.github.gecc.examples.Demo;
import io.github.gecc.examples.DemoStep;

/**
 * {@code demo}: walks a newcomer through one centre's year in plain words. It reads no input; its
 * output is one JSON document whose {@code steps} are sentences to read in order. With {@code
 * --rounds FILE}, the part on applications follows the newest round known, a registered round
 * exactly as a bundled one.
 */
final class DemoCommand implements Command {

  @Override
  public String name() {
    return "demo";
  }

  @Override
  public String description() {
    return "a newcomer's tour of one centre's GECC year, in plain words (no input)";
  }

  @Override
  public boolean readsInput() {
    return false;
  }

  @Override
  public boolean takesRounds() {
    return true;
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) {
    ObjectNode out = context.object();
    out.put("title", Demo.TITLE);
    ArrayNode steps = out.putArray("steps");
    for (DemoStep step : Demo.steps(context.rounds())) {
      ObjectNode node = steps.addObject();
      node.put("topic", step.topic());
      node.put("text", step.text());
    }
    return out;
  }
}
