package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.SatisfactionResult;
import java.io.IOException;
import java.util.Map;

/**
 * Writes a {@link MaintenanceReport} as {@code {"fiscalYear":2561,"period":"H1",
 * "submittedOn":"2018-04-20","satisfaction":{…},"checklist":{…}}}; {@code satisfaction} is left
 * out when absent, {@code checklist} is always written.
 */
public final class MaintenanceReportSerializer extends StdSerializer<MaintenanceReport> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public MaintenanceReportSerializer() {
    super(MaintenanceReport.class);
  }

  @Override
  public void serialize(MaintenanceReport value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    writePeriod(value.period(), gen);
    gen.writeStringField("submittedOn", value.submittedOn().toString());
    if (value.satisfaction().isPresent()) {
      SatisfactionResult result = value.satisfaction().get();
      gen.writeObjectFieldStart("satisfaction");
      gen.writeNumberField("respondents", result.respondents());
      gen.writeNumberField("score", result.score());
      gen.writeEndObject();
    }
    gen.writeObjectFieldStart("checklist");
    for (Map.Entry<String, Boolean> answer : value.checklist().entrySet()) {
      gen.writeBooleanField(answer.getKey(), answer.getValue());
    }
    gen.writeEndObject();
    gen.writeEndObject();
  }

  /**
   * Writes the {@code fiscalYear} and {@code period} fields of a period.
   *
   * @param period the period, not null
   * @param gen the generator, inside an object
   * @throws IOException if writing fails
   */
  public static void writePeriod(ReportingPeriod period, JsonGenerator gen) throws IOException {
    gen.writeNumberField("fiscalYear", period.fiscalYear().getValue());
    gen.writeStringField("period", period.kind().name());
  }
}
