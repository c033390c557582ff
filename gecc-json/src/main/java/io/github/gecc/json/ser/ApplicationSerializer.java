package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.application.Application;
import io.github.gecc.json.JsonOutput;
import java.io.IOException;

/**
 * Writes an {@link Application} as {@code {"round":2567,"organisation":{…},"selfAssessment":{…},
 * "submittedAt":"2024-02-01T10:00:00+07:00","channels":["ONLINE"],"documents":[]}}, the
 * self-assessment in its summary form.
 */
public final class ApplicationSerializer extends StdSerializer<Application> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ApplicationSerializer() {
    super(Application.class);
  }

  @Override
  public void serialize(Application value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeNumberField("round", value.round().getValue());
    gen.writeFieldName("organisation");
    new OrganisationSerializer().serialize(value.organisation(), gen, provider);
    gen.writeFieldName("selfAssessment");
    new SelfAssessmentResultSerializer().serialize(value.selfAssessment(), gen, provider);
    gen.writeStringField("submittedAt", JsonOutput.instant(value.submittedAt()));
    JsonOutput.enumNames(gen, "channels", value.channels());
    JsonOutput.enumNames(gen, "documents", value.documents());
    gen.writeEndObject();
  }
}
