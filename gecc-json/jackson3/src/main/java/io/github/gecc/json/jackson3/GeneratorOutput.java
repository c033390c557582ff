package io.github.gecc.json.jackson3;

import io.github.gecc.json.internal.Output;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonTokenId;

/** The shared writers' view of a Jackson 3 generator. */
final class GeneratorOutput extends Output {

  private final JsonGenerator gen;

  GeneratorOutput(JsonGenerator gen) {
    this.gen = gen;
  }

  @Override
  protected void write(int token, String text) {
    switch (token) {
      case JsonTokenId.ID_START_OBJECT: gen.writeStartObject(); break;
      case JsonTokenId.ID_END_OBJECT: gen.writeEndObject(); break;
      case JsonTokenId.ID_START_ARRAY: gen.writeStartArray(); break;
      case JsonTokenId.ID_END_ARRAY: gen.writeEndArray(); break;
      case JsonTokenId.ID_PROPERTY_NAME: gen.writeName(text); break;
      case JsonTokenId.ID_STRING: gen.writeString(text); break;
      case JsonTokenId.ID_TRUE: gen.writeBoolean(true); break;
      case JsonTokenId.ID_FALSE: gen.writeBoolean(false); break;
      case JsonTokenId.ID_NULL: gen.writeNull(); break;
      case JsonTokenId.ID_NUMBER_INT: gen.writeNumber(Long.parseLong(text)); break;
        default: gen.writeNumber(Double.parseDouble(text));
    }
  }
}
