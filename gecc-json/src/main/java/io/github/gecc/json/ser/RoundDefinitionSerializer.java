package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.ReportingDeadline;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.json.JsonOutput;
import java.io.IOException;

/**
 * Writes a {@link RoundDefinition} as one round of a round register: the fields of {@link
 * ApplicationWindowSerializer} ({@code opensAt} {@code null} when unknown), then {@code
 * eligibleKinds} and {@code rulebook} when the round names them, {@code deadlines} (each with
 * {@code due} as an instant) and {@code replaces} when true. What it writes reads back as the same
 * definition.
 */
public final class RoundDefinitionSerializer extends StdSerializer<RoundDefinition> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public RoundDefinitionSerializer() {
    super(RoundDefinition.class);
  }

  @Override
  public void serialize(RoundDefinition value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    ApplicationWindow window = value.window();
    gen.writeStartObject();
    gen.writeNumberField("round", window.round().getValue());
    if (window.opensAt().isPresent()) {
      gen.writeStringField("opensAt", JsonOutput.instant(window.opensAt().get()));
    } else {
      gen.writeNullField("opensAt");
    }
    gen.writeStringField("closesAt", JsonOutput.instant(window.closesAt()));
    JsonOutput.enumNames(gen, "channels", window.channels());
    JsonOutput.enumNames(gen, "documents", window.documents());
    gen.writeStringField("source", window.source());
    if (value.eligibleKinds().isPresent()) {
      JsonOutput.enumNames(gen, "eligibleKinds", value.eligibleKinds().get());
    }
    if (value.rulebook().isPresent()) {
      gen.writeStringField("rulebook", value.rulebook().get());
    }
    gen.writeArrayFieldStart("deadlines");
    for (ReportingDeadline deadline : value.deadlines()) {
      gen.writeStartObject();
      gen.writeStringField("setBy", deadline.setBy());
      gen.writeStringField("purpose", deadline.purpose().name());
      gen.writeStringField("due", JsonOutput.instant(deadline.due()));
      gen.writeStringField("task", deadline.task());
      gen.writeStringField("source", deadline.source());
      gen.writeEndObject();
    }
    gen.writeEndArray();
    if (value.replaces()) {
      gen.writeBooleanField("replaces", true);
    }
    gen.writeEndObject();
  }
}
