package io.github.gecc.json.jackson3;

import tools.jackson.core.JsonGenerator;
import io.github.gecc.json.internal.Output;

/** The shared writers' view of a Jackson 3 generator. */
final class GeneratorOutput extends Output {

  private final JsonGenerator gen;

  GeneratorOutput(JsonGenerator gen) {
    this.gen = gen;
  }

  private static void write(Runnable write) {
    write.run();
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
    write(() -> gen.writeName(name));
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
