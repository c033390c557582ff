package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.rules.Requirement;
import java.io.IOException;

/** Writes a {@link Requirement}: {@code {"kind":"AT_LEAST_COUNT","level":"ADVANCED","minimum":10}}; {@code level} only when the kind has one, {@code minimum} only when it is not {@code ALL_OF_LEVEL}. */
public final class RequirementSerializer extends StdSerializer<Requirement> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public RequirementSerializer() {
    super(Requirement.class);
  }

  @Override
  public void serialize(Requirement value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    toTree(value).serialize(gen, provider);
  }

  /**
   * Returns the JSON form of a value as a tree.
   *
   * @param value the value, not null
   * @return the JSON object
   */
  public static ObjectNode toTree(Requirement value) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("kind", value.kind().name());
    value.level().ifPresent(l -> out.put("level", l.name()));
    if (value.kind() != Requirement.Kind.ALL_OF_LEVEL) {
      out.put("minimum", value.minimum());
    }
    return out;
  }
}
