package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.common.collect.ImmutableList;
import io.github.gecc.examples.SyntheticNation;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import java.util.Iterator;
import java.util.Optional;

/**
 * {@code generate --centres N --seed S}: a synthetic national portfolio ({@link SyntheticNation}),
 * printed as the document the {@code portfolio} command reads.
 *
 * <p>Reads no input. {@code --centres} is 1..{@value SyntheticNation#MAX_CENTRES} (default
 * {@value #DEFAULT_CENTRES}), {@code --seed} any whole number (default {@value #DEFAULT_SEED}); the
 * same options always print the same bytes. DECISION: a bad or unknown option is bad input (exit
 * 2) with the option's name as the error's path, e.g. {@code /centres}.
 */
final class GenerateCommand implements Command {

  /** The number of centres without {@code --centres}. */
  static final int DEFAULT_CENTRES = 1000;

  /** The seed without {@code --seed}. */
  static final long DEFAULT_SEED = 1;

  private static final ImmutableList<String> OPTIONS = ImmutableList.of("centres", "seed");

  @Override
  public String name() {
    return "generate";
  }

  @Override
  public String description() {
    return "a synthetic national portfolio: --centres N --seed S (no input)";
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
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    JsonObjectInput options = input.object("generate options");
    for (Iterator<String> names = input.node().fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!OPTIONS.contains(name)) {
        throw options
            .required(name)
            .error("unknown option --" + name + "; generate takes --centres N and --seed S");
      }
    }
    int centres = DEFAULT_CENTRES;
    Optional<JsonInput> centresInput = options.optional("centres");
    if (centresInput.isPresent()) {
      long value = whole(centresInput.get(), "centres");
      if (value < 1 || value > SyntheticNation.MAX_CENTRES) {
        throw centresInput
            .get()
            .error("--centres " + value + " is outside 1.." + SyntheticNation.MAX_CENTRES);
      }
      centres = (int) value;
    }
    long seed = DEFAULT_SEED;
    Optional<JsonInput> seedInput = options.optional("seed");
    if (seedInput.isPresent()) {
      seed = whole(seedInput.get(), "seed");
    }
    options.finish();
    return SyntheticNation.generate(centres, seed).toJson(context.mapper());
  }

  private static long whole(JsonInput option, String name) throws GeccJsonException {
    String text = option.text();
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      throw option.error("--" + name + " '" + text + "' is not a whole number", e);
    }
  }
}
