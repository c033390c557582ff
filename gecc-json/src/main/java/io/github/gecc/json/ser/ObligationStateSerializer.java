package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.certification.ObligationState;
import java.io.IOException;

/**
 * Writes an {@link ObligationState} as the obligation's fields plus {@code "status"}, {@code
 * "submittedOn"} when a report answered it, and {@code "satisfactionBelowThreshold":true} when the
 * report is flagged.
 */
public final class ObligationStateSerializer extends StdSerializer<ObligationState> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ObligationStateSerializer() {
    super(ObligationState.class);
  }

  @Override
  public void serialize(ObligationState value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    ObligationSerializer.writeFields(value.obligation(), gen);
    gen.writeStringField("status", value.status().name());
    if (value.report().isPresent()) {
      gen.writeStringField("submittedOn", value.report().get().submittedOn().toString());
    }
    if (value.isBelowThreshold()) {
      gen.writeBooleanField("satisfactionBelowThreshold", true);
    }
    gen.writeEndObject();
  }
}
