package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.application.Violation;
import java.io.IOException;

/**
 * Writes a {@link Violation} as {@code {"code":"WINDOW_CLOSED","message":"…English…",
 * "messageTh":"…Thai…","source":"DOPA มท 0305.1/ว 1660, 18 Jan 2567; RULES.md §4 (FACT)"}}.
 */
public final class ViolationSerializer extends StdSerializer<Violation> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ViolationSerializer() {
    super(Violation.class);
  }

  @Override
  public void serialize(Violation value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("code", value.code().name());
    gen.writeStringField("message", value.messageEn());
    gen.writeStringField("messageTh", value.messageTh());
    gen.writeStringField("source", value.source());
    gen.writeEndObject();
  }
}
