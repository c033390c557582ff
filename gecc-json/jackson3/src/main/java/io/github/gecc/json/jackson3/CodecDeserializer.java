package io.github.gecc.json.jackson3;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.std.StdDeserializer;
import tools.jackson.databind.util.AccessPattern;
import io.github.gecc.json.internal.Codec;
import io.github.gecc.json.internal.Refusal;

/**
 * Reads one GECC type through its shared streaming reader (hand-written because databind's
 * strictness switches are mapper-wide; this stays strict under any host mapper).
 */
final class CodecDeserializer<T> extends StdDeserializer<T> {

  private static final long serialVersionUID = 1L;

  private final transient Codec<T> codec;

  CodecDeserializer(Codec<T> codec) {
    super(codec.type());
    this.codec = codec;
  }

  @Override
  public T deserialize(JsonParser p, DeserializationContext ctxt) {
    try {
      return codec.read(new ParserInput(p));
    } catch (Refusal refusal) {
      throw GeccJsonException.of(refusal, p);
    }
  }

  @Override
  public AccessPattern getNullAccessPattern() {
    return AccessPattern.DYNAMIC;
  }

  @Override
  public T getNullValue(DeserializationContext ctxt) {
    JsonParser p = ctxt.getParser();
    throw GeccJsonException.of(new Refusal("a " + handledType().getSimpleName()
        + " is required here, not null",
        p == null ? "" : new ParserInput(p).pointer(), null), p);
  }
}
