package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.gecc.rules.Rulebook;
import java.io.IOException;

/** Writes a whole {@link Rulebook}, in the form {@link io.github.gecc.json.deser.RulebookDeserializer} reads. */
public final class RulebookSerializer extends StdSerializer<Rulebook> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public RulebookSerializer() {
    super(Rulebook.class);
  }

  @Override
  public void serialize(Rulebook value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    toTree(value).serialize(gen, provider);
  }

  /**
   * Returns the JSON form of a value as a tree.
   *
   * @param value the value, not null
   * @return the JSON object
   */
  public static ObjectNode toTree(Rulebook value) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("id", value.id());
    out.put("firstRound", value.firstRound().getValue());
    value.source().ifPresent(source -> out.put("source", source));
    out.put("selfAssessmentGate", value.selfAssessmentGate());
    ArrayNode apply = out.putArray("applicationRequirements");
    value.applicationRequirements().forEach(r -> apply.add(RequirementSerializer.toTree(r)));
    out.put("notReachedOutcome", value.notReachedOutcome());
    ArrayNode criteria = out.putArray("criteria");
    value.criteria().forEach(c -> criteria.add(CriterionSerializer.toTree(c)));
    ArrayNode outcomes = out.putArray("outcomes");
    value.outcomes().forEach(o -> outcomes.add(OutcomeSerializer.toTree(o)));
    return out;
  }
}
