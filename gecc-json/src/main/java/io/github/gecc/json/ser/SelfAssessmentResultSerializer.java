package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.application.SelfAssessmentResult;
import java.io.IOException;

/**
 * Writes a {@link SelfAssessmentResult} as the criteria met, {@code {"rulebook":"GECC-2560",
 * "met":["A01",…,"B40"]}} (ids sorted), the form the reader takes back.
 */
public final class SelfAssessmentResultSerializer extends StdSerializer<SelfAssessmentResult> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public SelfAssessmentResultSerializer() {
    super(SelfAssessmentResult.class);
  }

  @Override
  public void serialize(SelfAssessmentResult value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("rulebook", value.rulebook());
    gen.writeArrayFieldStart("met");
    for (String id : new java.util.TreeSet<>(value.assessment().metIds())) {
      gen.writeString(id);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
