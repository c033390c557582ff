package io.github.gecc.json.jackson3;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ser.std.StdSerializer;
import io.github.gecc.json.internal.Codec;

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
  public void serialize(T value, JsonGenerator gen, SerializationContext provider) {
    codec.write(value, new GeneratorOutput(gen));
  }
}
