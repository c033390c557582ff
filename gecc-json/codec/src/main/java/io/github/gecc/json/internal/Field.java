package io.github.gecc.json.internal;

import java.util.Objects;

/**
 * One field of a JSON object as a codec reads it: its name and the reader of its value. It is the
 * typed key by which a codec takes the value from the {@link Fields} that {@link Input#object}
 * read, so a codec names each field instead of counting positions. A field may belong to more than
 * one {@link Shape}, as the fields of a lifecycle policy belong to a portfolio's too.
 *
 * @param <T> the type its reader reads
 */
final class Field<T> {

  /** The field's JSON name. */
  final String name;

  /** Reads the value, the input standing on it. */
  final Input.Reader<T> reader;

  /** Whether {@code null} is handed to the reader; if not, a {@code null} counts as absent. */
  final boolean nullIsValue;

  private Field(String name, Input.Reader<T> reader, boolean nullIsValue) {
    this.name = Objects.requireNonNull(name, "name");
    this.reader = Objects.requireNonNull(reader, "reader");
    this.nullIsValue = nullIsValue;
  }

  /**
   * Returns a field whose {@code null} counts as absent.
   *
   * @param name the JSON name, not null
   * @param reader the reader of its value, not null
   * @return the field
   */
  static <T> Field<T> of(String name, Input.Reader<T> reader) {
    return new Field<>(name, reader, false);
  }

  /**
   * Returns a field whose reader is handed a {@code null} too, to read or refuse it.
   *
   * @param name the JSON name, not null
   * @param reader the reader of its value, {@code null} included, not null
   * @return the field
   */
  static <T> Field<T> readingNull(String name, Input.Reader<T> reader) {
    return new Field<>(name, reader, true);
  }

  @Override
  public String toString() {
    return name;
  }
}
