package io.github.gecc.json.deser;

import com.google.common.collect.ImmutableList;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;

/**
 * Reads an {@link Outcome}: {@code {"name":"CERTIFIED","requirements":[…]}}, each requirement as
 * {@link RequirementDeserializer} reads it.
 */
public final class OutcomeDeserializer extends GeccDeserializer<Outcome> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public OutcomeDeserializer() {
    super(Outcome.class);
  }

  /**
   * Reads an outcome.
   *
   * @param input a JSON object with {@code name} and {@code requirements}, no other field
   * @return the outcome
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, the name is
   *     malformed, there is no requirement or a requirement is repeated
   */
  @Override
  public Outcome read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("outcome");
    JsonInput nameInput = object.required("name");
    String name = nameInput.text();
    JsonInput requirementsInput = object.required("requirements");
    object.finish();
    ImmutableList<Requirement> requirements = requirementsInput.list(new RequirementDeserializer()::read);
    java.util.Set<Requirement> seen = new java.util.HashSet<>();
    for (int i = 0; i < requirements.size(); i++) {
      if (!seen.add(requirements.get(i))) {
        throw requirementsInput.elements().get(i).error(
            "outcome " + name + " repeats the requirement '" + requirements.get(i) + "'");
      }
    }
    nameInput.core(() -> Outcome.of(name, Requirement.atLeastPoints(1)));
    return requirementsInput.core(() -> Outcome.of(name, requirements));
  }
}
