package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.rules.Criterion;
import java.io.IOException;

/** Writes a {@link Criterion}: {@code {"id":"B01","level":"BASIC","points":1}}, plus {@code group}, {@code titleThai} and {@code titleEnglish} when present. */
public final class CriterionSerializer extends StdSerializer<Criterion> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public CriterionSerializer() {
    super(Criterion.class);
  }

  @Override
  public void serialize(Criterion value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    toTree(value).serialize(gen, provider);
  }

  /**
   * Returns the JSON form of a value as a tree.
   *
   * @param value the value, not null
   * @return the JSON object
   */
  public static ObjectNode toTree(Criterion value) {
    ObjectNode out = JsonNodeFactory.instance.objectNode();
    out.put("id", value.id());
    out.put("level", value.level().name());
    out.put("points", value.points());
    value.group().ifPresent(g -> out.put("group", g.name()));
    value.thaiTitle().ifPresent(t -> out.put("titleThai", t));
    value.englishTitle().ifPresent(t -> out.put("titleEnglish", t));
    return out;
  }
}
