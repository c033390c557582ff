package io.github.gecc.json.deser;

import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.time.ThaiDigits;

/** Reads a {@link ThaiDigits} from its exact constant name, for example {@code "THAI"}. */
public final class ThaiDigitsDeserializer extends GeccDeserializer<ThaiDigits> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public ThaiDigitsDeserializer() {
    super(ThaiDigits.class);
  }

  /**
   * Reads the constant.
   *
   * @param input a JSON string naming a constant exactly
   * @return the constant
   * @throws GeccJsonException if the value is not a string naming a constant; the message lists
   *     the names
   */
  @Override
  public ThaiDigits read(JsonInput input) throws GeccJsonException {
    return input.enumValue(ThaiDigits.class);
  }
}
