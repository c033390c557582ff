package io.github.gecc.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.json.JsonInput;
import io.github.gecc.json.JsonObjectInput;
import io.github.gecc.json.MetListRequest;
import io.github.gecc.json.deser.FiscalYearDeserializer;
import io.github.gecc.json.ser.EvaluationSerializer;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.FiscalYear;
import java.util.Optional;

/**
 * {@code evaluate}: score an assessment against a rulebook and explain the decision.
 *
 * <p>In: {@code {"rulebook":"GECC-2560","met":["B01","B02","A01"]}} — {@code rulebook} is a
 * bundled id or a whole rulebook document; {@code met} lists the criteria met, every other
 * criterion is unmet. Optional: {@code round} (a BE round, instead of {@code rulebook}: the
 * registry's rulebook for that round), {@code kind} ({@code SELF_ASSESSMENT}, the default, or
 * {@code COMMITTEE}) and {@code whatIf} (criteria to suppose also met; the output gains {@code
 * whatIf}, the evaluation after them).
 *
 * <p>Out: the evaluation as {@link EvaluationSerializer} writes it — {@code rulebook}, {@code
 * points}, {@code maxPoints}, {@code certified}, {@code outcome}, {@code selfAssessmentPassed},
 * {@code unmet} keyed by level, ids sorted — plus the reasons, the tallies per level, the fewest
 * further criteria per outcome not reached, and the library version. An unknown or repeated id is
 * bad input, with the pointer of the element.
 */
final class EvaluateCommand implements Command {

  @Override
  public String name() {
    return "evaluate";
  }

  @Override
  public String description() {
    return "score an assessment against a rulebook and explain the decision";
  }

  @Override
  public JsonNode run(JsonInput input, CliContext context) throws GeccJsonException {
    RulebookRegistry registry = RulebookRegistry.bundled();
    JsonObjectInput request = input.object("evaluate request");
    Optional<JsonInput> rulebookInput = request.optional("rulebook");
    Optional<JsonInput> roundInput = request.optional("round");
    JsonInput metInput = request.required("met");
    Optional<JsonInput> kindInput = request.optional("kind");
    Optional<JsonInput> whatIfInput = request.optional("whatIf");
    request.finish();

    Rulebook rulebook;
    if (rulebookInput.isPresent()) {
      if (roundInput.isPresent()) {
        throw roundInput.get().error("give either 'rulebook' or 'round', not both");
      }
      rulebook = MetListRequest.readRulebook(rulebookInput.get(), registry);
    } else if (roundInput.isPresent()) {
      FiscalYear round = new FiscalYearDeserializer().read(roundInput.get());
      rulebook =
          registry
              .forRound(round)
              .orElseThrow(
                  () ->
                      roundInput
                          .get()
                          .error(
                              "no rulebook applies to round "
                                  + round.getValue()
                                  + "; the bundled rulebooks start at round "
                                  + registry.all().get(0).firstRound().getValue()));
    } else {
      throw new GeccJsonException(
          "evaluate request needs the field 'rulebook' (a bundled id or a whole rulebook) or 'round'",
          input.pointer().appendProperty("rulebook"));
    }
    AssessmentKind kind =
        kindInput.isPresent() ? kindInput.get().enumValue(AssessmentKind.class) : AssessmentKind.SELF_ASSESSMENT;
    Assessment assessment = MetListRequest.readMet(metInput, rulebook, kind);
    Evaluation evaluation = input.core(() -> rulebook.evaluate(assessment));
    ObjectNode out = EvaluationSerializer.toTree(evaluation);
    if (whatIfInput.isPresent()) {
      ImmutableList<String> ids = MetListRequest.readIds(whatIfInput.get(), rulebook);
      Evaluation whatIf = whatIfInput.get().core(() -> evaluation.whatIf(ids));
      ObjectNode node = EvaluationSerializer.toTree(whatIf);
      node.remove("assessment");
      out.set("whatIf", node);
    }
    return out;
  }
}
