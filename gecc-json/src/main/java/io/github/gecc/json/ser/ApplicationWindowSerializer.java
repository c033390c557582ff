package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.json.JsonOutput;
import java.io.IOException;

/**
 * Writes an {@link ApplicationWindow} as {@code {"round":2567,"opensAt":"2024-01-08T08:30:00+07:00",
 * "closesAt":"2024-02-29T16:30:00+07:00","channels":["ONLINE"],"documents":[],"source":"…"}}.
 *
 * <p>An unknown opening is written as {@code null}. A whole-day closing is written as the last
 * instant of its day, {@code 2017-01-31T23:59:59.999999999+07:00}, so that a reader comparing
 * instants with the printed bounds gets the library's answer.
 */
public final class ApplicationWindowSerializer extends StdSerializer<ApplicationWindow> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ApplicationWindowSerializer() {
    super(ApplicationWindow.class);
  }

  @Override
  public void serialize(ApplicationWindow value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("round", value.round().getValue());
    if (value.opensAt().isPresent()) {
      gen.writeStringField("opensAt", JsonOutput.instant(value.opensAt().get()));
    } else {
      gen.writeNullField("opensAt");
    }
    gen.writeStringField("closesAt", JsonOutput.instant(value.closesAt()));
    JsonOutput.enumNames(gen, "channels", value.channels());
    JsonOutput.enumNames(gen, "documents", value.documents());
    gen.writeStringField("source", value.source());
    gen.writeEndObject();
  }
}
