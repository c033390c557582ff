package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.certification.Certification;
import java.io.IOException;

/**
 * Writes a {@link Certification} as {@code {"centre":…,"round":2560,"certifiedOn":"2017-09-21",
 * "outcome":"CERTIFIED","rulebook":"GECC-2560"}}.
 */
public final class CertificationSerializer extends StdSerializer<Certification> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public CertificationSerializer() {
    super(Certification.class);
  }

  @Override
  public void serialize(Certification value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("centre", value.centreId());
    writeFields(value, gen);
    gen.writeEndObject();
  }

  /**
   * Writes every field but the centre id, for certifications nested in a centre.
   *
   * @param value the certification, not null
   * @param gen the generator, inside an object
   * @throws IOException if writing fails
   */
  static void writeFields(Certification value, JsonGenerator gen) throws IOException {
    gen.writeNumberField("round", value.round().getValue());
    gen.writeStringField("certifiedOn", value.certifiedOn().toString());
    gen.writeStringField("outcome", value.outcome());
    gen.writeStringField("rulebook", value.rulebookId());
  }
}
