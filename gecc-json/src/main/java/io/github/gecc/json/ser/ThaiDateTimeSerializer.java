package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.time.ThaiDateTime;
import java.io.IOException;
import java.time.LocalTime;

/**
 * Writes a {@link ThaiDateTime} as {@code {"date":"2024-02-28","time":"12:00"}}: the ISO date,
 * and the Thai wall-clock time {@code HH:mm} only when there is one.
 */
public final class ThaiDateTimeSerializer extends StdSerializer<ThaiDateTime> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public ThaiDateTimeSerializer() {
    super(ThaiDateTime.class);
  }

  @Override
  public void serialize(ThaiDateTime value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    gen.writeStartObject();
    gen.writeStringField("date", value.date().toString());
    if (value.time().isPresent()) {
      gen.writeStringField("time", time(value.time().get()));
    }
    gen.writeEndObject();
  }

  /**
   * Writes a time of day the way the adapter does, {@code HH:mm}.
   *
   * @param time a time in whole minutes, not null
   * @return for example {@code 08:30}
   */
  public static String time(LocalTime time) {
    return time.toString();
  }
}
