package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.ReportSchedule;
import java.io.IOException;

/** Writes a {@link ReportSchedule} as {@code {"obligations":[…]}}, in period order. */
public final class ReportScheduleSerializer extends StdSerializer<ReportSchedule> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ReportScheduleSerializer() {
    super(ReportSchedule.class);
  }

  @Override
  public void serialize(ReportSchedule value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeArrayFieldStart("obligations");
    for (Obligation obligation : value.obligations()) {
      gen.writeStartObject();
      ObligationSerializer.writeFields(obligation, gen);
      gen.writeEndObject();
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
