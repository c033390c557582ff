package io.github.gecc.json;

import java.util.List;
import java.util.Random;

/** Opens the package-private {@link JsonMutator} fixture to the schema tests. */
public final class JsonMutatorAccess {

  private JsonMutatorAccess() {}

  /** See {@link JsonMutator#mutate(String, Random)}. */
  public static byte[] mutate(String valid, Random random) {
    return JsonMutator.mutate(valid, random);
  }

  /** See {@link JsonMutator#substitutions(String)}. */
  public static List<String> substitutions(String valid) {
    return JsonMutator.substitutions(valid);
  }
}
