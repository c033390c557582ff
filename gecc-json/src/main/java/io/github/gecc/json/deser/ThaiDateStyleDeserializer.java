package io.github.gecc.json.deser;

import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.time.ThaiDateStyle;

/** Reads a {@link ThaiDateStyle} from its exact constant name, for example {@code "FULL"}. */
public final class ThaiDateStyleDeserializer extends GeccDeserializer<ThaiDateStyle> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public ThaiDateStyleDeserializer() {
    super(ThaiDateStyle.class);
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
  public ThaiDateStyle read(JsonInput input) throws GeccJsonException {
    return input.enumValue(ThaiDateStyle.class);
  }
}
