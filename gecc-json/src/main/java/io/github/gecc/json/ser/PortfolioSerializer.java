package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Portfolio;
import java.io.IOException;

/**
 * Writes a {@link Portfolio} as {@code {"validity":…,"dueDays":…,"centres":[…]}}, the policy's
 * fields beside the centres in id order.
 */
public final class PortfolioSerializer extends StdSerializer<Portfolio> {

  private static final long serialVersionUID = 1L;

  private static final CentreSerializer CENTRES = new CentreSerializer();

  /** Creates the serializer. */
  public PortfolioSerializer() {
    super(Portfolio.class);
  }

  @Override
  public void serialize(Portfolio value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    LifecyclePolicySerializer.writeFields(value.policy(), gen);
    gen.writeArrayFieldStart("centres");
    for (Centre centre : value.centres()) {
      CENTRES.serialize(centre, gen, provider);
    }
    gen.writeEndArray();
    gen.writeEndObject();
  }
}
