package io.github.gecc.json.deser;

import io.github.gecc.application.SelfAssessmentResult;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.json.MetListRequest;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.RulebookRegistry;
import java.util.Objects;
import java.util.Optional;

/**
 * Reads a {@link SelfAssessmentResult} in one of two forms:
 *
 * <ul>
 *   <li>the criteria met, {@code {"rulebook":"GECC-2560","met":["B01",…]}} (as {@link
 *       MetListRequest} reads it): the rulebook evaluates the self-assessment, and its points,
 *       gate and maximum are taken;
 *   <li>the summary, {@code {"rulebook":…,"points":…,"gate":…,"maxPoints":…}} with an optional
 *       {@code reachesGate} that must agree, as the serializer writes it.
 * </ul>
 */
public final class SelfAssessmentResultDeserializer extends GeccDeserializer<SelfAssessmentResult> {

  private static final long serialVersionUID = 1L;

  private final transient RulebookRegistry registry;

  /** Creates the deserializer that looks rulebook ids up in the bundled registry. */
  public SelfAssessmentResultDeserializer() {
    this(RulebookRegistry.bundled());
  }

  /**
   * Creates the deserializer with a registry of rulebooks.
   *
   * @param registry where the met form's rulebook ids are looked up, not null
   */
  public SelfAssessmentResultDeserializer(RulebookRegistry registry) {
    super(SelfAssessmentResult.class);
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Reads a self-assessment result.
   *
   * @param input the met-list or summary object
   * @return the result
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, the rulebook
   *     is unknown, a criterion id is unknown or repeated, a number is out of range, or {@code
   *     reachesGate} contradicts the points and gate
   */
  @Override
  public SelfAssessmentResult read(JsonInput input) throws GeccJsonException {
    if (input.node().isObject() && input.node().has("met")) {
      MetListRequest request = MetListRequest.read(input, registry, AssessmentKind.SELF_ASSESSMENT);
      return input.core(
          () -> SelfAssessmentResult.from(request.rulebook().evaluate(request.assessment())));
    }
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
