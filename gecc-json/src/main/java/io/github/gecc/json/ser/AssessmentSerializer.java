package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.gecc.rules.Assessment;
import java.io.IOException;

/** Writes an {@link Assessment}: {@code {"rulebook":"GECC-2560","kind":"COMMITTEE","answers":[{"criterion":"B01","met":true},…]}}, answers in catalogue order; the rulebook by its id. */
public final class AssessmentSerializer extends StdSerializer<Assessment> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public AssessmentSerializer() {
    super(Assessment.class);
  }

  @Override
  public void serialize(Assessment value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    toTree(value).serialize(gen, provider);
  }

  /**
   * Returns the JSON form of a value as a tree.
   *
   * @param value the value, not null
   * @return the JSON object
   */
  public static ObjectNode toTree(Assessment value) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("rulebook", value.rulebook().id());
    out.put("kind", value.kind().name());
    ArrayNode answers = out.putArray("answers");
    value.answers().forEach((id, met) -> answers.addObject().put("criterion", id).put("met", met));
    return out;
  }
}
