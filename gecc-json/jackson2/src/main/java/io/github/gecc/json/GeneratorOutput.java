package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonGenerator;
import io.github.gecc.json.internal.Output;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The shared writers' view of a Jackson 2 generator. */
final class GeneratorOutput extends Output {

  private final JsonGenerator gen;

  GeneratorOutput(JsonGenerator gen) {
    this.gen = gen;
  }

  /** One write that may fail with the generator's checked exception. */
  private interface Write {
    void run() throws IOException;
  }

  private static void write(Write write) {
    try {
      write.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void startObject() {
    write(gen::writeStartObject);
  }

  @Override
  public void endObject() {
    write(gen::writeEndObject);
  }

  @Override
  public void startArray() {
    write(gen::writeStartArray);
  }

  @Override
  public void endArray() {
    write(gen::writeEndArray);
  }

  @Override
  public void name(String name) {
    write(() -> gen.writeFieldName(name));
  }

  @Override
  public void string(String value) {
    write(() -> gen.writeString(value));
  }

  @Override
  public void number(long value) {
    write(() -> gen.writeNumber(value));
  }

  @Override
  public void number(double value) {
    write(() -> gen.writeNumber(value));
  }

  @Override
  public void rawNumber(String text) {
    write(() -> gen.writeNumber(text));
  }

  @Override
  public void bool(boolean value) {
    write(() -> gen.writeBoolean(value));
  }

  @Override
  public void nullValue() {
    write(gen::writeNull);
  }
}
