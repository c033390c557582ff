package io.github.gecc.json.deser;

import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.time.FiscalYear;

/** Reads a {@link FiscalYear} from its Buddhist Era number, for example {@code 2567}. */
public final class FiscalYearDeserializer extends GeccDeserializer<FiscalYear> {

  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public FiscalYearDeserializer() {
    super(FiscalYear.class);
  }

  /**
   * Reads a fiscal year.
   *
   * @param input a whole JSON number, a Buddhist Era year
   * @return the fiscal year
   * @throws GeccJsonException if the value is not a whole number, or is out of range (a Common
   *     Era year gets a hint to add 543)
   */
  @Override
  public FiscalYear read(JsonInput input) throws GeccJsonException {
    int value = input.integer();
    return input.core(() -> FiscalYear.of(value));
  }
}
