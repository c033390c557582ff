package io.github.gecc.json.deser;

import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.time.FiscalYear;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a whole {@link Rulebook}:
 *
 * <pre>{@code
 * {"id":"GECC-2560","firstRound":2560,"source":"DLA นท 0812/694, round 2560",
 *  "selfAssessmentGate":60,
 *  "applicationRequirements":[{"kind":"ALL_OF_LEVEL","level":"BASIC"}, …],
 *  "notReachedOutcome":"NOT_CERTIFIED",
 *  "criteria":[{"id":"B01","level":"BASIC","points":1}, …],
 *  "outcomes":[{"name":"CERTIFIED","requirements":[…]}]}
 * }</pre>
 *
 * <p>{@code notReachedOutcome} is optional ({@code NOT_CERTIFIED}); {@code source} is optional;
 * {@code applicationRequirements} is optional (none: the gate is the only condition to apply). The rulebook is checked whole
 * as {@link Rulebook.Builder#build()} checks it (RULES.md §3, DECISION): a broken rulebook is
 * refused, never half-loaded; a repeated criterion id or outcome name is blamed on its element,
 * a gate above the maximum on {@code selfAssessmentGate}, any other rule on the rulebook.
 */
public final class RulebookDeserializer extends GeccDeserializer<Rulebook> {

  private static final long serialVersionUID = 1L;

  /** Creates the deserializer. */
  public RulebookDeserializer() {
    super(Rulebook.class);
  }

  /**
   * Reads a rulebook.
   *
   * @param input a JSON object with the fields above, no other
   * @return the checked rulebook
   * @throws GeccJsonException if a field is missing, unknown or of the wrong type, or the rulebook
   *     breaks a rule of {@link Rulebook.Builder#build()}
   */
  @Override
  public Rulebook read(JsonInput input) throws GeccJsonException {
    JsonObjectInput object = input.object("rulebook");
    JsonInput idInput = object.required("id");
    String id = idInput.text();
    FiscalYear firstRound = new FiscalYearDeserializer().read(object.required("firstRound"));
    JsonInput gateInput = object.required("selfAssessmentGate");
    int gate = gateInput.integer();
    Optional<JsonInput> sourceInput = object.optional("source");
    Optional<JsonInput> applyInput = object.optional("applicationRequirements");
    Optional<JsonInput> notReached = object.optional("notReachedOutcome");
    JsonInput criteriaInput = object.required("criteria");
    JsonInput outcomesInput = object.required("outcomes");
    object.finish();
    Rulebook.Builder builder = idInput.core(() -> Rulebook.builder(id, firstRound));
    if (notReached.isPresent()) {
      String name = notReached.get().text();
      notReached.get().core(() -> builder.notReachedOutcome(name));
    }
    Map<String, String> seenIds = new HashMap<>();
    int maxPoints = 0;
    for (JsonInput element : criteriaInput.elements()) {
      Criterion criterion = new CriterionDeserializer().read(element);
      String first = seenIds.putIfAbsent(criterion.id(), element.pointer().toString());
      if (first != null) {
        throw JsonInput.at(element.node().get("id"), element.pointer().appendProperty("id"))
            .error("criterion id " + criterion.id() + " appears twice in rulebook " + id
                + " (first at " + first + "); ids must be unique");
      }
      maxPoints += criterion.points();
      builder.addCriterion(criterion);
    }
    Map<String, String> seenNames = new HashMap<>();
    for (JsonInput element : outcomesInput.elements()) {
      Outcome outcome = new OutcomeDeserializer().read(element);
      String first = seenNames.putIfAbsent(outcome.name(), element.pointer().toString());
      if (first != null) {
        throw JsonInput.at(element.node().get("name"), element.pointer().appendProperty("name"))
            .error("outcome " + outcome.name() + " appears twice in rulebook " + id
                + " (first at " + first + "); names must be unique");
      }
      builder.addOutcome(outcome);
    }
    if (gate < 0 || gate > maxPoints) {
      throw gateInput.error("self-assessment gate " + gate + " of rulebook " + id + " is outside 0.."
          + maxPoints + ", the rulebook's maximum points");
    }
    builder.selfAssessmentGate(gate);
    if (sourceInput.isPresent()) {
      String citation = sourceInput.get().nonBlankText();
      builder.source(citation);
    }
    if (applyInput.isPresent()) {
      for (JsonInput element : applyInput.get().elements()) {
        Requirement requirement = new RequirementDeserializer().read(element);
        builder.addApplicationRequirement(requirement);
      }
    }
    return input.core(builder::build);
  }
}
