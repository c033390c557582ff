package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.MaintenanceReport;
import java.io.IOException;

/**
 * Writes a {@link Centre} as {@code {"id":…,"certifications":[…],"reports":[…]}}; nested
 * certifications leave out the centre id.
 */
public final class CentreSerializer extends StdSerializer<Centre> {

  private static final long serialVersionUID = 1L;

  private static final MaintenanceReportSerializer REPORTS = new MaintenanceReportSerializer();

  /** Creates the serializer. */
  public CentreSerializer() {
    super(Centre.class);
  }

  @Override
  public void serialize(Centre value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("id", value.id());
    gen.writeArrayFieldStart("certifications");
    for (Certification certification : value.history().certifications()) {
      gen.writeStartObject();
      CertificationSerializer.writeFields(certification, gen);
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeArrayFieldStart("reports");
    for (MaintenanceReport report : value.reports()) {
      REPORTS.serialize(report, gen, provider);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
