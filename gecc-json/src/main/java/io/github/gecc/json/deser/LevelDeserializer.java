package io.github.gecc.json.deser;

import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.rules.Level;

/** Reads a {@link Level} from its name, for example {@code "BASIC"} (RULES.md §3, §10). */
public final class LevelDeserializer extends GeccDeserializer<Level> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public LevelDeserializer() {
    super(Level.class);
  }

  /**
   * Reads a level.
   *
   * @param input a string: an upper-case level name
   * @return the level
   * @throws GeccJsonException if the value is not a string or not a well-formed level name
   */
  @Override
  public Level read(JsonInput input) throws GeccJsonException {
    String name = input.text();
    return input.core(() -> Level.of(name));
  }
}
