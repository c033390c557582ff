package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.application.Organisation;
import java.io.IOException;

/**
 * Writes an {@link Organisation} as {@code {"kind":"DISTRICT_OFFICE","informationOnly":false}},
 * with {@code id} and {@code location} when known.
 */
public final class OrganisationSerializer extends StdSerializer<Organisation> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public OrganisationSerializer() {
    super(Organisation.class);
  }

  @Override
  public void serialize(Organisation value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("kind", value.kind().name());
    gen.writeBooleanField("informationOnly", value.informationOnly());
    if (value.divisionOnly()) {
      gen.writeBooleanField("divisionOnly", true);
    }
    if (value.id().isPresent()) {
      gen.writeStringField("id", value.id().get());
    }
    if (value.location().isPresent()) {
      gen.writeStringField("location", value.location().get());
    }
    gen.writeEndObject();
  }
}
