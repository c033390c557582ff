package io.github.gecc.commands;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.gecc.RefusalException;
import io.github.gecc.application.Rounds;
import io.github.gecc.application.Warning;
import io.github.gecc.json.GeccDocument;
import io.github.gecc.json.GeccJsonException;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.time.FiscalYear;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code evaluate}: score an assessment against a rulebook and explain the decision.
 *
 * <p>In: {@code {"rulebook":"GECC-2560","met":["B01","B02","A01"]}} — {@code rulebook} is a bundled
 * id or a whole rulebook document; {@code met} lists the criteria met, every other criterion is
 * unmet. Optional: {@code round} (a BE round, instead of {@code rulebook}: the registry's rulebook
 * for that round; the answer then carries {@code warnings}, with {@code RULEBOOK_OF_EARLIER_ROUND}
 * when that rulebook began in an earlier round, RULES.md §3), {@code kind} ({@code
 * SELF_ASSESSMENT}, the default, or {@code COMMITTEE}) and {@code whatIf} (criteria to suppose also
 * met; the output gains {@code whatIf}, the evaluation after them).
 *
 * <p>Out: the evaluation as the JSON module writes it — {@code rulebook}, {@code points}, {@code
 * maxPoints}, {@code certified}, {@code outcome}, {@code selfAssessmentPassed}, {@code unmet} keyed
 * by level, ids sorted — plus the reasons, the tallies per level, the fewest further criteria per
 * outcome not reached, and the library version. An unknown or repeated id is bad input, with the
 * pointer of the element.
 */
final class EvaluateCommand implements Command {

  private static final List<String> FIELDS =
      List.of("rulebook", "round", "met", "kind", "whatIf", "rounds");

  @Override
  public String name() {
    return "evaluate";
  }

  @Override
  public String description() {
    return "score an assessment against a rulebook and explain the decision";
  }

  /**
   * Takes the round register, as {@code check-application} does: a round's rulebook is the one its
   * register entry names, else the registry's choice (RULES.md 3.8), through the same {@link
   * Rounds#rulebook} lookup.
   */
  @Override
  public boolean takesRounds() {
    return true;
  }

  /** The rounds decide an evaluation only through its {@code round}. */
  @Override
  public Configuration configuration(JsonNode input, JsonNode output, CliContext context)
      throws GeccJsonException {
    return Configuration.decidedBy(this, input, output, context, input.has("round"));
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context, input, "evaluate request", FIELDS);
    Rounds rounds = RoundsOption.withInline(context, input, context.rounds());
    Optional<Warning> fallback = Optional.empty();
    // The request is an assessment in met-list form ({rulebook, met, kind}) read by the module
    // from the fields as written, the rulebook given whole, by id, or through the round.
    String rulebookId = null;
    if (request.has("rulebook")) {
      if (request.has("round")) {
        throw request.error("round", "give either 'rulebook' or 'round', not both");
      }
    } else if (request.has("round")) {
      FiscalYear round = request.read("round", FiscalYear.class);
      fallback = rounds.rulebookWarning(round);
      Rulebook rulebook = request.core("round", () -> rounds.requireRulebook(round));
      rulebookId = rulebook.id();
    } else {
      throw request.error(
          "rulebook",
          "evaluate request needs the field 'rulebook' (a bundled id"
              + " or a whole rulebook) or 'round'");
    }
    String kind =
        request.has("kind")
            ? request.enumValue("kind", AssessmentKind.class).name()
            : "SELF_ASSESSMENT";
    if (!request.has("met")) {
      throw request.error("met", "evaluate request needs the field 'met'");
    }
    GeccDocument assessment =
        rulebookId == null
            ? request.fields(false, "rulebook", "met")
            : request.fields(false, "met").with("rulebook", rulebookId);
    Assessment read = assessment.with("kind", kind).read(context.mapper(), "", Assessment.class);
    Evaluation evaluation = request.core("", () -> read.rulebook().evaluate(read));
    ObjectNode out = context.mapper().valueToTree(evaluation);
    if (request.has("round")) {
      out.set("warnings", context.mapper().valueToTree(fallback.map(List::of).orElse(List.of())));
    }
    if (request.has("whatIf")) {
      Evaluation after = whatIf(evaluation, input.get("whatIf"));
      ObjectNode node = context.mapper().valueToTree(after);
      node.remove("assessment");
      out.set("whatIf", node);
    }
    return out;
  }

  /**
   * The evaluation after the criteria of {@code whatIf} are also met; the core refuses an unknown
   * or repeated id at {@code whatIf[i]}, which is its JSON Pointer here.
   */
  private static Evaluation whatIf(Evaluation evaluation, JsonNode list) throws GeccJsonException {
    if (!list.isArray()) {
      throw new GeccJsonException(
          "11.3", "whatIf lists criterion ids, not " + list.getNodeType(), "/whatIf", null);
    }
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < list.size(); i++) {
      if (!list.get(i).isTextual()) {
        throw new GeccJsonException(
            "11.3",
            "expected a criterion id (a string), not " + list.get(i).getNodeType(),
            "/whatIf/" + i,
            null);
      }
      ids.add(list.get(i).asText());
    }
    try {
      return evaluation.whatIf(ids);
    } catch (RefusalException e) {
      throw new GeccJsonException(e.getMessage(), Invoker.pointer("", e.path()), e);
    }
  }
}
