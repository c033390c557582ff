package io.github.gecc.json.deser;

import io.github.gecc.application.SelfAssessmentResult;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.MetListRequest;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.RulebookRegistry;
import java.util.Objects;

/**
 * Reads a {@link SelfAssessmentResult} as the criteria met, {@code
 * {"rulebook":"GECC-2560","met":["B01",…]}} (as {@link MetListRequest} reads it): every other
 * criterion is unmet, and the rulebook computes the points, the gate and whether the unit may
 * apply. RULES.md §3 (DECISION, trust): a summary that gives points (or a gate, a maximum) instead
 * of the criteria met cannot show the application requirement and is refused, as is an inline
 * rulebook that reuses a registered id with other content.
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
   * @param registry where rulebook ids are looked up, not null
   */
  public SelfAssessmentResultDeserializer(RulebookRegistry registry) {
    super(SelfAssessmentResult.class);
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Reads a self-assessment result.
   *
   * @param input the met-list object
   * @return the result
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, the value is a
   *     points-only summary, the rulebook is unknown or redefines a registered one, or a criterion
   *     id is unknown or repeated
   */
  @Override
  public SelfAssessmentResult read(JsonInput input) throws GeccJsonException {
    if (input.node().isObject() && !input.node().has("met")) {
      for (String summary : new String[] {"points", "gate", "maxPoints", "reachesGate"}) {
        if (input.node().has(summary)) {
          throw JsonInput.at(input.node().get(summary), input.pointer().appendProperty(summary))
              .error(
                  "a self-assessment given as '"
                      + summary
                      + "' cannot show the condition to apply (all basic and at least 10 advanced"
                      + " criteria in GECC-2560, RULES.md §3); list the criteria met instead:"
                      + " {\"rulebook\":\"GECC-2560\",\"met\":[\"B01\",…]}");
        }
      }
    }
    MetListRequest request = MetListRequest.read(input, registry, AssessmentKind.SELF_ASSESSMENT);
    return input.core(() -> SelfAssessmentResult.of(request.assessment()));
  }
}
