package io.github.gecc.json.deser;

import com.fasterxml.jackson.core.JsonPointer;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.json.MetListRequest;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Reads an {@link Assessment}:
 *
 * <pre>{@code
 * {"rulebook":"GECC-2560","kind":"COMMITTEE",
 *  "answers":[{"criterion":"B01","met":true},{"criterion":"B02","met":false}]}
 * }</pre>
 *
 * <p>{@code rulebook} is an id of the registry or a whole rulebook document; {@code kind} is
 * {@code SELF_ASSESSMENT} or {@code COMMITTEE}. Criteria without an answer count as not met. An
 * answer for a criterion the rulebook does not have, or a second answer for one criterion, is
 * refused at its element.
 */
public final class AssessmentDeserializer extends GeccDeserializer<Assessment> {

  private static final long serialVersionUID = 1L;

  private final transient RulebookRegistry registry;

  /** Creates the deserializer that knows the bundled rulebooks. */
  public AssessmentDeserializer() {
    this(RulebookRegistry.bundled());
  }

  /**
   * Creates the deserializer that looks rulebook ids up in a registry.
   *
   * @param registry the registry, not null
   */
  public AssessmentDeserializer(RulebookRegistry registry) {
    super(Assessment.class);
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Reads an assessment.
   *
   * @param input a JSON object with {@code rulebook}, {@code kind} and {@code answers}, no other
   * @return the assessment
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, the rulebook is
   *     unknown or broken, or an answer names an unknown or already answered criterion
   */
  @Override
  public Assessment read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("assessment");
    JsonInput rulebookInput = object.required("rulebook");
    JsonInput kindInput = object.required("kind");
    JsonInput answersInput = object.required("answers");
    object.finish();
    Rulebook rulebook = MetListRequest.readRulebook(rulebookInput, registry == null ? RulebookRegistry.bundled() : registry);
    AssessmentKind kind = kindInput.enumValue(AssessmentKind.class);
    Assessment.Builder builder = Assessment.builder(rulebook, kind);
    Map<String, JsonPointer> seen = new HashMap<>();
    for (JsonInput element : answersInput.elements()) {
      JsonObjectInput answer = element.object("answer");
      JsonInput criterionInput = answer.required("criterion");
      JsonInput metInput = answer.required("met");
      answer.finish();
      String id = criterionInput.text();
      boolean met = metInput.bool();
      if (rulebook.criterion(id).isEmpty()) {
        throw criterionInput.error(MetListRequest.unknownCriterion(id, rulebook));
      }
      JsonPointer first = seen.putIfAbsent(id, element.pointer());
      if (first != null) {
        throw criterionInput.error(
            "criterion '" + id + "' is answered twice (first at " + first + "); one answer per criterion");
      }
      criterionInput.core(() -> builder.answer(id, met));
    }
    return builder.build();
  }
}
