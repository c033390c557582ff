package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gecc.time.ThaiTime;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The text forms the adapter writes for values JSON has no type for.
 *
 * <p>Instants are written in Thai time, ISO-8601 with seconds and the {@code +07:00} offset
 * (for example {@code 2024-02-29T16:30:00+07:00}), as the command-line contract requires.
 */
public final class JsonOutput {

  private JsonOutput() {}

  /**
   * Writes an instant at Bangkok's offset, always with seconds.
   *
   * @param instant the instant, not null
   * @return for example {@code 2024-01-08T08:30:00+07:00}
   */
  public static String instant(Instant instant) {
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(ThaiTime.atBangkok(instant));
  }

  /**
   * Writes a field holding the names of enum constants, in iteration order.
   *
   * @param gen the generator, positioned inside an object, not null
   * @param field the field name, not null
   * @param values the constants, not null
   * @throws IOException if the generator fails
   */
  public static void enumNames(JsonGenerator gen, String field, Iterable<? extends Enum<?>> values)
      throws IOException {
    gen.writeArrayFieldStart(field);
    for (Enum<?> value : values) {
      gen.writeString(value.name());
    }
    gen.writeEndArray();
  }
}
