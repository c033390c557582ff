package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.OutcomeGap;
import io.github.gecc.rules.Reason;
import java.io.IOException;

/**
 * Writes an {@link Evaluation}: the fields of the command line's {@code evaluate} output ({@code
 * rulebook}, {@code points}, {@code maxPoints}, {@code certified}, {@code outcome}, {@code
 * selfAssessmentPassed}, {@code unmet} keyed by level name, ids sorted) and the explanation:
 *
 * <pre>{@code
 * {"rulebook":"GECC-2560","libraryVersion":"0.1.0","points":4,"maxPoints":80,
 *  "certified":false,"outcome":"NOT_CERTIFIED","outcomeRank":0,
 *  "selfAssessmentGate":60,"selfAssessmentPassed":false,
 *  "meetsApplicationRequirements":false,"mayApply":false,
 *  "perLevel":{"BASIC":{"met":2,"total":40,"points":2,"maxPoints":40},…},
 *  "unmet":{"BASIC":["B03",…],"ADVANCED":["A02",…]},"unanswered":[],
 *  "reasons":[{"code":"LEVEL_NOT_ALL_MET","outcome":"CERTIFIED","level":"BASIC","required":40,
 *              "actual":2,"shortfall":38,"criteria":["B03",…],"message":{"th":"…","en":"…"},
 *              "source":"DLA นท 0812/694, round 2560; RULES.md §3 DECISION"},…],
 *  "fewestFurther":[{"outcome":"CERTIFIED","count":47,"criteria":[…]}],
 *  "assessment":{"rulebook":"GECC-2560","kind":"SELF_ASSESSMENT","answers":[…]}}
 * }</pre>
 */
public final class EvaluationSerializer extends StdSerializer<Evaluation> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public EvaluationSerializer() {
    super(Evaluation.class);
  }

  @Override
  public void serialize(Evaluation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    toTree(value).serialize(gen, provider);
  }

  /**
   * Returns the JSON form of an evaluation as a tree.
   *
   * @param value the evaluation, not null
   * @return the JSON object above
   */
  public static ObjectNode toTree(Evaluation value) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("rulebook", value.rulebookId());
    out.put("libraryVersion", value.libraryVersion());
    out.put("points", value.points());
    out.put("maxPoints", value.maxPoints());
    out.put("certified", value.certified());
    out.put("outcome", value.outcome());
    out.put("outcomeRank", value.outcomeRank());
    out.put("selfAssessmentGate", value.selfAssessmentGate());
    out.put("selfAssessmentPassed", value.selfAssessmentPassed());
    out.put("meetsApplicationRequirements", value.meetsApplicationRequirements());
    out.put("mayApply", value.mayApply());
    ObjectNode perLevel = out.putObject("perLevel");
    value.perLevel().forEach(
        (level, tally) ->
            perLevel
                .putObject(level.name())
                .put("met", tally.met())
                .put("total", tally.total())
                .put("points", tally.points())
                .put("maxPoints", tally.maxPoints()));
    ObjectNode unmet = out.putObject("unmet");
    value.unmet().forEach((level, ids) -> strings(unmet.putArray(level.name()), ids));
    strings(out.putArray("unanswered"), value.unanswered());
    ArrayNode reasons = out.putArray("reasons");
    for (Reason reason : value.reasons()) {
      ObjectNode r = reasons.addObject();
      r.put("code", reason.code().name());
      reason.outcome().ifPresent(o -> r.put("outcome", o));
      reason.level().ifPresent(l -> r.put("level", l.name()));
      reason.required().ifPresent(n -> r.put("required", n));
      reason.actual().ifPresent(n -> r.put("actual", n));
      reason.shortfall().ifPresent(n -> r.put("shortfall", n));
      if (!reason.criteria().isEmpty()) {
        strings(r.putArray("criteria"), reason.criteria());
      }
      r.putObject("message").put("th", reason.thaiMessage()).put("en", reason.englishMessage());
      r.put("source", reason.source());
    }
    ArrayNode gaps = out.putArray("fewestFurther");
    for (OutcomeGap gap : value.gaps()) {
      ObjectNode g = gaps.addObject();
      g.put("outcome", gap.outcome());
      g.put("count", gap.fewestFurther());
      strings(g.putArray("criteria"), gap.suggestion());
    }
    out.set("assessment", AssessmentSerializer.toTree(value.assessment()));
    return out;
  }

  private static void strings(ArrayNode array, Iterable<String> values) {
    values.forEach(array::add);
  }
}
