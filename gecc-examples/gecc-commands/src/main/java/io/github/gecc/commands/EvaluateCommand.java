package io.github.gecc.commands;

import io.github.gecc.json.GeccJsonException;
import java.util.List;
import io.github.gecc.json.GeccJson;
import java.util.Map;
import java.util.stream.Collectors;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.common.collect.ImmutableList;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.application.Rounds;
import io.github.gecc.application.Warning;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.FiscalYear;
import java.util.Optional;

/**
 * {@code evaluate}: score an assessment against a rulebook and explain the decision.
 *
 * <p>In: {@code {"rulebook":"GECC-2560","met":["B01","B02","A01"]}} — {@code rulebook} is a
 * bundled id or a whole rulebook document; {@code met} lists the criteria met, every other
 * criterion is unmet. Optional: {@code round} (a BE round, instead of {@code rulebook}: the
 * registry's rulebook for that round; the answer then carries {@code warnings}, with {@code
 * RULEBOOK_OF_EARLIER_ROUND} when that rulebook began in an earlier round, RULES.md §3), {@code kind} ({@code SELF_ASSESSMENT}, the default, or
 * {@code COMMITTEE}) and {@code whatIf} (criteria to suppose also met; the output gains {@code
 * whatIf}, the evaluation after them).
 *
 * <p>Out: the evaluation as the JSON module writes it — {@code rulebook}, {@code
 * points}, {@code maxPoints}, {@code certified}, {@code outcome}, {@code selfAssessmentPassed},
 * {@code unmet} keyed by level, ids sorted — plus the reasons, the tallies per level, the fewest
 * further criteria per outcome not reached, and the library version. An unknown or repeated id is
 * bad input, with the pointer of the element.
 */
final class EvaluateCommand implements Command {

  private static final List<String> FIELDS = List.of("rulebook", "round", "met", "kind", "whatIf");

  @Override
  public String name() {
    return "evaluate";
  }

  @Override
  public String description() {
    return "score an assessment against a rulebook and explain the decision";
  }

  @Override
  public JsonNode run(JsonNode input, CliContext context) throws GeccJsonException {
    Request request = new Request(context.mapper(), input, "evaluate request", FIELDS);
    Rounds rounds = context.rounds();
    RulebookRegistry registry = rounds.registry();
    Optional<Warning> fallback = Optional.empty();
    // The request is an assessment in met-list form ({rulebook, kind, met}) read by the module,
    // the rulebook given whole, by id, or through the round.
    ObjectNode assessment = context.object();
    if (request.has("rulebook")) {
      if (request.has("round")) {
        throw request.error("round", "give either 'rulebook' or 'round', not both");
      }
      assessment.set("rulebook", input.get("rulebook"));
    } else if (request.has("round")) {
      FiscalYear round = request.read("round", FiscalYear.class);
      fallback = rounds.rulebookWarning(round);
      Rulebook rulebook = rounds.rulebookOf(round).orElseThrow(() -> request.error("round",
          "no rulebook applies to round " + round.getValue()
              + "; the bundled rulebooks start at round "
              + registry.all().get(0).firstRound().getValue()));
      assessment.put("rulebook", rulebook.id());
    } else {
      throw request.error("rulebook", "evaluate request needs the field 'rulebook' (a bundled id"
          + " or a whole rulebook) or 'round'");
    }
    assessment.put("kind", request.has("kind") ? input.get("kind").asText() : "SELF_ASSESSMENT");
    if (request.has("kind")) {
      request.enumValue("kind", AssessmentKind.class);
    }
    if (!request.has("met")) {
      throw request.error("met", "evaluate request needs the field 'met'");
    }
    assessment.set("met", input.get("met"));
    Assessment read = GeccJson.read(context.mapper(), assessment, "", Assessment.class);
    Evaluation evaluation = request.core("", () -> read.rulebook().evaluate(read));
    ObjectNode out = context.mapper().valueToTree(evaluation);
    if (request.has("round")) {
      out.set("warnings", context.mapper().valueToTree(fallback.map(List::of).orElse(List.of())));
    }
    if (request.has("whatIf")) {
      // The what-if ids are read as a second met list, their refusals blamed under /whatIf.
      ObjectNode whatIf = assessment.deepCopy();
      whatIf.set("met", input.get("whatIf"));
      Assessment supposed;
      try {
        supposed = GeccJson.read(context.mapper(), whatIf, "", Assessment.class);
      } catch (GeccJsonException e) {
        throw new GeccJsonException(e.getOriginalMessage().replace("(first at /met/",
            "(first at /whatIf/"), e.pointer().replaceFirst("^/met", "/whatIf"), e);
      }
      Evaluation after = request.core("whatIf",
          () -> evaluation.whatIf(supposed.answers().entrySet().stream()
              .filter(Map.Entry::getValue).map(Map.Entry::getKey).collect(Collectors.toList())));
      ObjectNode node = context.mapper().valueToTree(after);
      node.remove("assessment");
      out.set("whatIf", node);
    }
    return out;
  }
}
