package io.github.gecc.json.internal;

import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** The fields of one object read by {@link Input#object}, by index; the input on its end. */
final class Fields {

  final @Nullable Object[] values;
  private final Input in;
  private final String what;
  private final List<String> names;

  Fields(Input in, String what, List<String> names) {
    this.in = in;
    this.what = what;
    this.names = names;
    this.values = new @Nullable Object[names.size()];
  }

  /**
   * Returns a field that must be present. The caller names the type its field reader stored at
   * this index, which only the table of readers knows.
   */
  @SuppressWarnings({"unchecked", "TypeParameterUnusedInFormals"})
  <T> T need(int index) {
    if (values[index] == null) {
      throw in.refuseField(names.get(index),
          what + " needs the field '" + names.get(index) + "'");
    }
    return (T) values[index];
  }

  /** Returns a field that may be absent. */
  @SuppressWarnings("unchecked")
  <T> Optional<T> get(int index) {
    return Optional.ofNullable((T) values[index]);
  }

  boolean has(int index) {
    return values[index] != null;
  }

  /** Returns a refusal of a field. */
  Refusal refuse(int index, String message) {
    return in.refuseField(names.get(index), message);
  }
}
