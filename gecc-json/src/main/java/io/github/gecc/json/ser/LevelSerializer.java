package io.github.gecc.json.ser;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.rules.Level;
import java.io.IOException;

/** Writes a {@link Level} as its name, for example {@code "BASIC"}. */
public final class LevelSerializer extends StdSerializer<Level> {

  private static final long serialVersionUID = 1L;

  /** Creates the serializer. */
  public LevelSerializer() {
    super(Level.class);
  }

  @Override
  public void serialize(Level value, JsonGenerator gen, SerializerProvider provider) throws IOException {
    gen.writeString(value.name());
  }
}
