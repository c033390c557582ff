package io.github.gecc.json.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The fields one kind of JSON object may have, in the order they are written, and what the object
 * is called in messages. {@link Input#object} reads an object by its shape; it tries the field
 * after the last one matched first, as fields mostly come in the written order.
 */
final class Shape {

  /** The most fields a shape holds: {@link Input#object} marks the fields seen in a long. */
  private static final int MAX_FIELDS = 64;

  /** What the object is, for messages: "criterion", "application window". */
  final String what;

  /** The allowed fields' names, sorted and joined by commas, for the unknown field's message. */
  final String allowed;

  private final Field<?>[] fields;

  private Shape(String what, Field<?>[] fields) {
    this.what = Objects.requireNonNull(what, "what");
    this.fields = fields;
    if (fields.length > MAX_FIELDS) {
      throw new IllegalArgumentException(what + " has more than " + MAX_FIELDS + " fields");
    }
    if (Arrays.stream(fields).map(field -> field.name).distinct().count() != fields.length) {
      throw new IllegalArgumentException(what + " names a field twice");
    }
    this.allowed =
        Arrays.stream(fields).map(field -> field.name).sorted().collect(Collectors.joining(", "));
  }

  /**
   * Returns the shape of an object with these fields, in the written order.
   *
   * @param what what the object is, for messages, not null
   * @param fields its fields in the order they are written, at most 64, each name once
   * @return the shape
   */
  static Shape of(String what, Field<?>... fields) {
    return new Shape(what, fields.clone());
  }

  /**
   * Returns the shape of an object with these fields, in the written order.
   *
   * @param what what the object is, for messages, not null
   * @param fields its fields in the order they are written, at most 64, each name once
   * @return the shape
   */
  static Shape of(String what, List<Field<?>> fields) {
    return new Shape(what, fields.toArray(new Field<?>[0]));
  }

  /** Returns how many fields the shape has. */
  int size() {
    return fields.length;
  }

  /** Returns the field at a position in the written order. */
  Field<?> field(int index) {
    return fields[index];
  }

  /**
   * Returns the position of the field of a name, trying the one after {@code previous} first; -1 if
   * there is none.
   */
  int indexOf(String name, int previous) {
    int next = previous + 1;
    if (next < fields.length && fields[next].name.equals(name)) {
      return next;
    }
    for (int i = 0; i < fields.length; i++) {
      if (fields[i].name.equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * Returns the position of a field of this shape, searching from {@code from} to the last and then
   * from the first; a field of another shape is a programming error.
   */
  int indexOf(Field<?> field, int from) {
    for (int i = from; i < fields.length; i++) {
      if (fields[i] == field) {
        return i;
      }
    }
    for (int i = 0; i < from; i++) {
      if (fields[i] == field) {
        return i;
      }
    }
    throw new IllegalArgumentException("field '" + field.name + "' is not one of " + what + "'s");
  }
}
