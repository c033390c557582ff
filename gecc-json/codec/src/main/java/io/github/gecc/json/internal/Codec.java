package io.github.gecc.json.internal;

import java.util.function.BiConsumer;
import org.jspecify.annotations.Nullable;

/**
 * How one GECC type reads and writes, the same on both Jackson lines. Not API.
 *
 * @param <T> the type
 */
public final class Codec<T> {

  private final Class<T> type;
  private final Input.@Nullable Reader<T> reader;
  private final BiConsumer<T, Output> writer;

  Codec(Class<T> type, Input.@Nullable Reader<T> reader, BiConsumer<T, Output> writer) {
    this.type = type;
    this.reader = reader;
    this.writer = writer;
  }

  /**
   * Returns the class read and written.
   *
   * @return the class
   */
  public Class<T> type() {
    return type;
  }

  /**
   * Tells whether the type is read as well as written: an answer the library computes is written
   * only.
   *
   * @return true if {@link #read} reads the type
   */
  public boolean readable() {
    return reader != null;
  }

  /**
   * Reads a value; the input stands on its first token and is left on its last.
   *
   * @param in the input, not null
   * @return the value, never null
   * @throws Refusal if the value is refused, or the type is an answer, written only
   */
  public T read(Input in) {
    if (in.token() == Input.NULL) {
      throw in.refuse("a " + type.getSimpleName() + " is required here, not null");
    }
    if (reader == null) {
      throw in.refuse(
          "a "
              + type.getSimpleName()
              + " is an answer the library computes and"
              + " writes; it is not read");
    }
    return reader.read(in);
  }

  /**
   * Writes a value.
   *
   * @param value the value, not null
   * @param out the output, not null
   */
  public void write(T value, Output out) {
    writer.accept(value, out);
  }
}
