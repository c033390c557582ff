package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.json.internal.Codec;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Writes one GECC type through its shared writer (hand-written because the written shape is
 * computed from the value, not its accessors, and must be the same on both Jackson lines).
 */
final class CodecSerializer<T> extends StdSerializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  CodecSerializer(Codec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public void serialize(T value, JsonGenerator gen, SerializerProvider provider)
      throws IOException {
    try {
      codec.write(value, new GeneratorOutput(gen));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
