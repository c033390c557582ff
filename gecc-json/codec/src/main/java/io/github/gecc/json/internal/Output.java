package io.github.gecc.json.internal;

/**
 * The generator of one Jackson line as the GECC writers see it: each line implements these calls
 * over its own {@code JsonGenerator}, so that both lines write the same documents.
 * Not API: for the Jackson lines of this library only.
 */
public abstract class Output {

  /** Creates the output. */
  protected Output() {}

  /** Writes an opening brace. */
  public abstract void startObject();

  /** Writes a closing brace. */
  public abstract void endObject();

  /** Writes an opening bracket. */
  public abstract void startArray();

  /** Writes a closing bracket. */
  public abstract void endArray();

  /**
   * Writes a property name.
   *
   * @param name the name, not null
   */
  public abstract void name(String name);

  /**
   * Writes a string.
   *
   * @param value the text, not null
   */
  public abstract void string(String value);

  /**
   * Writes a whole number.
   *
   * @param value the number
   */
  public abstract void number(long value);

  /**
   * Writes a number.
   *
   * @param value the number, finite
   */
  public abstract void number(double value);

  /**
   * Writes a number as it was read.
   *
   * @param text the number's JSON text, not null
   */
  public abstract void rawNumber(String text);

  /**
   * Writes a boolean.
   *
   * @param value the boolean
   */
  public abstract void bool(boolean value);

  /** Writes {@code null}. */
  public abstract void nullValue();

  void field(String name, String value) {
    name(name);
    string(value);
  }

  void field(String name, long value) {
    name(name);
    number(value);
  }

  void field(String name, boolean value) {
    name(name);
    bool(value);
  }

  void strings(String name, Iterable<?> values) {
    name(name);
    startArray();
    for (Object value : values) {
      string(value instanceof Enum ? ((Enum<?>) value).name() : value.toString());
    }
    endArray();
  }
}
