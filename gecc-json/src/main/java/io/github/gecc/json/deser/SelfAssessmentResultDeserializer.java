package io.github.gecc.json.deser;

import io.github.gecc.application.SelfAssessmentResult;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import java.util.Optional;

/**
 * Reads a {@link SelfAssessmentResult} in its summary form: {@code rulebook}, {@code points},
 * {@code gate}, {@code maxPoints}, and optionally {@code reachesGate}, which must agree.
 */
public final class SelfAssessmentResultDeserializer extends GeccDeserializer<SelfAssessmentResult> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public SelfAssessmentResultDeserializer() {
    super(SelfAssessmentResult.class);
  }

  /**
   * Reads a self-assessment result.
   *
   * @param input the summary object
   * @return the result
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, a number is out
   *     of range, or {@code reachesGate} contradicts the points and gate
   */
  @Override
  public SelfAssessmentResult read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("self-assessment result");
    String rulebook = object.required("rulebook").nonBlankText();
    int points = object.required("points").integer();
    int gate = object.required("gate").integer();
    int maxPoints = object.required("maxPoints").integer();
    Optional<JsonInput> reachesInput = object.optional("reachesGate");
    object.finish();
    SelfAssessmentResult result =
        input.core(() -> SelfAssessmentResult.of(rulebook, points, gate, maxPoints));
    if (reachesInput.isPresent() && reachesInput.get().bool() != result.reachesGate()) {
      throw reachesInput.get().error(
          "reachesGate is " + !result.reachesGate() + " but " + points + " points against a gate of "
              + gate + " give " + result.reachesGate());
    }
    return result;
  }
}
