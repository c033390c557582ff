package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import io.github.gecc.commands.Answer;
import io.github.gecc.commands.CliContext;
import io.github.gecc.commands.Command;
import io.github.gecc.commands.Request;
import io.github.gecc.examples.SyntheticNation;
import io.github.gecc.json.GeccJsonException;

/**
 * {@code generate --centres N --seed S [--form portfolio|assessments]}: a synthetic national
 * portfolio ({@link SyntheticNation}), printed as the document the {@code portfolio} command reads,
 * or with {@code --form assessments} its centres' self-assessments as the newline-delimited
 * population {@code impact} reads.
 *
 * <p>Reads no input. {@code --centres} is 1..{@value SyntheticNation#MAX_CENTRES} (default {@value
 * #DEFAULT_CENTRES}), {@code --seed} any whole number (default {@value #DEFAULT_SEED}); the same
 * options always print the same bytes. DECISION: a bad or unknown option is bad input (exit 2) with
 * the option's name as the error's path, e.g. {@code /centres}.
 */
final class GenerateCommand implements Command {

  /** The number of centres without {@code --centres}. */
  static final int DEFAULT_CENTRES = 1000;

  /** The seed without {@code --seed}. */
  static final long DEFAULT_SEED = 1;

  private static final ImmutableList<String> OPTIONS = ImmutableList.of("centres", "seed", "form");

  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String description() {
    return "a synthetic national portfolio: --centres N --seed S [--form F] (no input)";
  }

  @Override
  public boolean readsInput() {
    return false;
  }

  @Override
  public boolean takesOptions() {
    return true;
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    for (String name : (Iterable<String>) input::fieldNames) {
      if (!OPTIONS.contains(name)) {
        throw new GeccJsonException(
            Answer.USAGE,
            "unknown option --" + name + "; generate takes --centres N, --seed S and --form F",
            Request.pointer(name),
            null);
      }
    }
    int centres = DEFAULT_CENTRES;
    if (input.has("centres")) {
      long value = whole(input, "centres");
      if (value < 1 || value > SyntheticNation.MAX_CENTRES) {
        throw new GeccJsonException(
            Answer.USAGE,
            "--centres " + value + " is outside 1.." + SyntheticNation.MAX_CENTRES,
            "/centres",
            null);
      }
      centres = (int) value;
    }
    long seed = input.has("seed") ? whole(input, "seed") : DEFAULT_SEED;
    String form = input.has("form") ? input.get("form").asText() : "portfolio";
    if (form.equals("assessments")) {
      // Newline-delimited text, printed as it is: the population gecc impact reads.
      return context
          .mapper()
          .getNodeFactory()
          .textNode(SyntheticNation.generate(centres, seed).assessments());
    }
    if (!form.equals("portfolio")) {
      throw new GeccJsonException(
          Answer.USAGE, "--form '" + form + "' is portfolio or assessments", "/form", null);
    }
    return SyntheticNation.generate(centres, seed).toJson(context.mapper());
  }

  private static long whole(JsonNode options, String name) throws GeccJsonException {
    String text = options.get(name).asText();
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw new GeccJsonException(
          Answer.USAGE, "--" + name + " '" + text + "' is not a whole number", "/" + name, e);
    }
  }
}
