package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.application.SelfAssessmentResult;
import java.io.IOException;

/**
 * Writes a {@link SelfAssessmentResult} in its summary form, {@code {"rulebook":"GECC-2560",
 * "points":64,"gate":60,"maxPoints":80,"reachesGate":true}}; {@code reachesGate} is derived, and
 * the reader refuses it when it disagrees.
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
    gen.writeNumberField("points", value.points());
    gen.writeNumberField("gate", value.gate());
    gen.writeNumberField("maxPoints", value.maxPoints());
    gen.writeBooleanField("reachesGate", value.reachesGate());
    gen.writeEndObject();
  }
}
