package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.certification.Obligation;
import java.io.IOException;

/**
 * Writes an {@link Obligation} as {@code {"fiscalYear":2561,"period":"H1","from":"2017-10-01",
 * "to":"2018-03-31","due":"2018-04-30"}}.
 */
public final class ObligationSerializer extends StdSerializer<Obligation> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ObligationSerializer() {
    super(Obligation.class);
  }

  @Override
  public void serialize(Obligation value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    writeFields(value, gen);
    gen.writeEndObject();
  }

  /**
   * Writes the obligation's fields into the current object.
   *
   * @param value the obligation, not null
   * @param gen the generator, inside an object
   * @throws IOException if writing fails
   */
  static void writeFields(Obligation value, JsonGenerator gen) throws IOException {
    MaintenanceReportSerializer.writePeriod(value.period(), gen);
    gen.writeStringField("from", value.range().startInclusive().toString());
    gen.writeStringField("to", value.range().endInclusive().toString());
    gen.writeStringField("due", value.due().toString());
  }
}
