package io.github.gecc.json.internal;

import org.jspecify.annotations.Nullable;

/** A Jackson line's generator as the GECC writers see it: both lines write alike. Not API. */
public abstract class Output {

  /** Creates the output. */
  protected Output() {}

  /**
   * Writes one token.
   *
   * @param token the token's id as Jackson's {@code JsonTokenId} numbers it: an object's or an
   *     array's start or end, a property name, a string, a number, true, false or null
   * @param text the name, the string or the number's JSON text; null for the other tokens
   */
  protected abstract void write(int token, @Nullable String text);

  private Output emit(int token, @Nullable String text) {
    write(token, text);
    return this;
  }

  Output startObject() {
    return emit(Input.START_OBJECT, null);
  }

  Output endObject() {
    return emit(Input.END_OBJECT, null);
  }

  Output startArray() {
    return emit(Input.START_ARRAY, null);
  }

  Output endArray() {
    return emit(Input.END_ARRAY, null);
  }

  Output name(String name) {
    return emit(Input.FIELD, name);
  }

  Output string(String value) {
    return emit(Input.STRING, value);
  }

  Output number(long value) {
    return emit(Input.INT, Long.toString(value));
  }

  /** Writes a finite double in its shortest form, the same on every line. */
  Output number(double value) {
    return emit(Input.FLOAT, Double.toString(value));
  }

  /**
   * Writes a number's JSON text as it was read, with the kind its parser found it to be: {@link
   * Input#INT} or {@link Input#FLOAT}.
   */
  void rawNumber(int token, String text) {
    write(token, text);
  }

  Output bool(boolean value) {
    return emit(value ? Input.TRUE : Input.FALSE, null);
  }

  Output nullValue() {
    return emit(Input.NULL, null);
  }

  Output field(String name, String value) {
    return name(name).string(value);
  }

  Output field(String name, long value) {
    return name(name).number(value);
  }

  Output field(String name, boolean value) {
    return name(name).bool(value);
  }

  /** Writes a field when the value is present. */
  Output field(String name, java.util.Optional<?> value) {
    value.ifPresent(
        v -> name(name).string(v instanceof Enum ? ((Enum<?>) v).name() : v.toString()));
    return this;
  }

  <T> Output array(
      String name, Iterable<T> items, java.util.function.BiConsumer<T, Output> writer) {
    name(name).startArray();
    items.forEach(item -> writer.accept(item, this));
    return endArray();
  }

  Output strings(String name, Iterable<?> values) {
    name(name).startArray();
    values.forEach(v -> string(v instanceof Enum ? ((Enum<?>) v).name() : v.toString()));
    return endArray();
  }
}
