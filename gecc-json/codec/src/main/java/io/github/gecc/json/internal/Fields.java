package io.github.gecc.json.internal;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The fields of one object read by {@link Input#object}, taken by their {@link Field}; the input on
 * the object's end, or where it has moved since.
 */
final class Fields {

  private final Input in;
  private final Shape shape;
  private final @Nullable Object[] values;

  /**
   * The position of the field last taken, where the search for the next starts: codecs mostly take
   * the fields in the written order, some a field twice ({@code has}, then {@code need}).
   */
  private int last;

  Fields(Input in, Shape shape) {
    this.in = in;
    this.shape = shape;
    this.values = new @Nullable Object[shape.size()];
  }

  /** Stores the value read for the field at a position of the shape. */
  void put(int index, @Nullable Object value) {
    values[index] = value;
  }

  /** Returns a field that must be present; a missing one is refused at its name (RULES.md 11.3). */
  <T> T need(Field<T> field) {
    T value = value(field);
    if (value == null) {
      throw in.refuseField(field.name, shape.what + " needs the field '" + field.name + "'");
    }
    return value;
  }

  /** Returns a field that may be absent. */
  <T> Optional<T> get(Field<T> field) {
    return Optional.ofNullable(value(field));
  }

  /** Tells whether a field is present. */
  boolean has(Field<?> field) {
    return values[indexOf(field)] != null;
  }

  /** Returns a refusal of a field for its JSON shape (RULES.md 11.3). */
  Refusal refuse(Field<?> field, String message) {
    return in.refuseField(field.name, message);
  }

  // The one unchecked cast: Input#object stored at a field's position what that field's reader
  // returned, a T.
  @SuppressWarnings("unchecked")
  private <T> @Nullable T value(Field<T> field) {
    return (T) values[indexOf(field)];
  }

  private int indexOf(Field<?> field) {
    last = shape.indexOf(field, last);
    return last;
  }
}
