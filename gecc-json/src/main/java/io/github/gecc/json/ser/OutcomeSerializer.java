package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.github.gecc.rules.Outcome;
import java.io.IOException;

/** Writes an {@link Outcome}: {@code {"name":"CERTIFIED","requirements":[…]}}. */
public final class OutcomeSerializer extends StdSerializer<Outcome> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public OutcomeSerializer() {
    super(Outcome.class);
  }

  @Override
  public void serialize(Outcome value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    toTree(value).serialize(gen, provider);
  }

  /**
   * Returns the JSON form of a value as a tree.
   *
   * @param value the value, not null
   * @return the JSON object
   */
  public static ObjectNode toTree(Outcome value) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("name", value.name());
    ArrayNode requirements = out.putArray("requirements");
    value.requirements().forEach(r -> requirements.add(RequirementSerializer.toTree(r)));
    return out;
  }
}
