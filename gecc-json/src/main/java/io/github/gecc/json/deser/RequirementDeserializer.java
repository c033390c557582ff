package io.github.gecc.json.deser;

import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Requirement;

/**
 * Reads a {@link Requirement}: {@code {"kind":"ALL_OF_LEVEL","level":"BASIC"}}, {@code
 * {"kind":"AT_LEAST_COUNT","level":"ADVANCED","minimum":10}} or {@code
 * {"kind":"AT_LEAST_POINTS","minimum":60}}.
 */
public final class RequirementDeserializer extends GeccDeserializer<Requirement> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public RequirementDeserializer() {
    super(Requirement.class);
  }

  /**
   * Reads a requirement.
   *
   * @param input a JSON object with {@code kind} and the fields that kind needs, no other
   * @return the requirement
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, or a minimum is
   *     not positive
   */
  @Override
  public Requirement read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("requirement");
    Requirement.Kind kind = object.required("kind").enumValue(Requirement.Kind.class);
    switch (kind) {
      case ALL_OF_LEVEL:
        {
          Level level = new LevelDeserializer().read(object.required("level"));
          object.finish();
          return Requirement.allOf(level);
        }
      case AT_LEAST_COUNT:
        {
          Level level = new LevelDeserializer().read(object.required("level"));
          JsonInput minimum = object.required("minimum");
          object.finish();
          int count = minimum.integer();
          return minimum.core(() -> Requirement.atLeast(count, level));
        }
      default:
        {
          JsonInput minimum = object.required("minimum");
          object.finish();
          int points = minimum.integer();
          return minimum.core(() -> Requirement.atLeastPoints(points));
        }
    }
  }
}
