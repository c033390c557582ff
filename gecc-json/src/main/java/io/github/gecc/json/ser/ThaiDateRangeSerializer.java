package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.time.ThaiDateRange;
import java.io.IOException;

/**
 * Writes a {@link ThaiDateRange} as {@code {"start":{"date":…,"time":…},"end":{…}}}, each end as
 * {@link ThaiDateTimeSerializer} writes it.
 */
public final class ThaiDateRangeSerializer extends StdSerializer<ThaiDateRange> {

  private static final long serialVersionUID = 1L;

  /** Writes each end; stateless, so shared. */
  private static final ThaiDateTimeSerializer DATE_TIME = new ThaiDateTimeSerializer();

  /** Creates the serializer. */
  public ThaiDateRangeSerializer() {
    super(ThaiDateRange.class);
  }

  @Override
  public void serialize(ThaiDateRange value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeFieldName("start");
    DATE_TIME.serialize(value.start(), gen, provider);
    gen.writeFieldName("end");
    DATE_TIME.serialize(value.end(), gen, provider);
    gen.writeEndObject();
  }
}
