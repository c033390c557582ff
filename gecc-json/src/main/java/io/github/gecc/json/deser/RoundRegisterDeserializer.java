package io.github.gecc.json.deser;

import com.google.common.collect.ImmutableList;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.RoundRegister;
import io.github.gecc.application.Rounds;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;

/**
 * Reads a round register: a JSON array of rounds, each read by {@link
 * RoundDefinitionDeserializer}; a round listed twice is refused at its second listing.
 *
 * <p>{@link #readInto} also merges the register over known rounds ({@link Rounds#plus}) and
 * refuses, at the round to blame, a rulebook the registry does not hold or that starts after the
 * round ({@code /i/rulebook}), a
 * known round restated differently without {@code replaces}, and a replacement that replaces
 * nothing or cites the source it replaces.
 */
public final class RoundRegisterDeserializer extends GeccDeserializer<RoundRegister> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public RoundRegisterDeserializer() {
    super(RoundRegister.class);
  }

  /**
   * Reads a register.
   *
   * @param input the JSON array of rounds
   * @return the register
   * @throws GeccJsonException if the value is not an array, a round is refused, or a round is
   *     listed twice
   */
  @Override
  public RoundRegister read(JsonInput input) throws GeccJsonException {
    RoundDefinitionDeserializer reader = new RoundDefinitionDeserializer();
    RoundRegister register = RoundRegister.empty();
    for (JsonInput element : input.elements()) {
      RoundDefinition definition = reader.read(element);
      RoundRegister listed = register;
      register = element.core(() -> listed.plus(definition));
    }
    return register;
  }

  /**
   * Reads a register and merges it over known rounds.
   *
   * @param input the JSON array of rounds
   * @param known the rounds known so far, not null
   * @return the merged rounds
   * @throws GeccJsonException if the register is refused by {@link #read} or by {@link
   *     Rounds#plus(RoundDefinition)}
   */
  public Rounds readInto(JsonInput input, Rounds known) throws GeccJsonException {
    RoundRegister register = read(input);
    ImmutableList<JsonInput> elements = input.elements();
    Rounds merged = known;
    for (int i = 0; i < elements.size(); i++) {
      JsonInput element = elements.get(i);
      RoundDefinition definition = register.definitions().get(i);
      // A refusal of the rulebook blames its field: one the registry lacks or that starts later.
      boolean rulebookRefused =
          definition.rulebook().isPresent()
              && known.registry().byId(definition.rulebook().get())
                  .map(r -> r.firstRound().compareTo(definition.round()) > 0)
                  .orElse(true);
      JsonInput blamed =
          rulebookRefused
              ? JsonInput.at(element.node().get("rulebook"), element.pointer().appendProperty("rulebook"))
              : element;
      Rounds before = merged;
      merged = blamed.core(() -> before.plus(definition));
    }
    return merged;
  }
}
