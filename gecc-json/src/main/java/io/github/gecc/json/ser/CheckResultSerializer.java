package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Violation;
import io.github.gecc.application.Warning;
import java.io.IOException;

/**
 * Writes a {@link CheckResult} as {@code {"accepted":false,"violations":[…]}}, each violation as
 * {@link ViolationSerializer} writes it.
 */
public final class CheckResultSerializer extends StdSerializer<CheckResult> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public CheckResultSerializer() {
    super(CheckResult.class);
  }

  @Override
  public void serialize(CheckResult value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    ViolationSerializer violation = new ViolationSerializer();
    gen.writeStartObject();
    gen.writeBooleanField("accepted", value.accepted());
    gen.writeArrayFieldStart("violations");
    for (Violation v : value.violations()) {
      violation.serialize(v, gen, provider);
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("warnings");
    for (Warning w : value.warnings()) {
      gen.writeStartObject();
      gen.writeStringField("code", w.code().name());
      gen.writeStringField("message", w.messageEn());
      gen.writeStringField("messageTh", w.messageTh());
      gen.writeStringField("source", w.source());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
