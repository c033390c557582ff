package io.github.gecc.json.internal;

import org.jspecify.annotations.Nullable;

/** A refusal, with its pointer and core cause; each line makes it its GeccJsonException. Not API. */
public final class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value to blame. */
  private final String pointer;

  /**
   * Creates the refusal.
   *
   * @param message the rule broken and the offending value; null (a core exception's missing
   *     message) reads as {@code "null"}
   * @param pointer the JSON Pointer of the value to blame, {@code ""} for the document, not null
   * @param cause the core exception, or null
   */
  public Refusal(@Nullable String message, String pointer, @Nullable Throwable cause) {
    super(String.valueOf(message), cause);
    this.pointer = pointer;
  }

  /**
   * Returns the rule broken and the offending value.
   *
   * @return the message, never null
   */
  @Override
  public String getMessage() {
    return String.valueOf(super.getMessage());
  }

  /**
   * Returns the JSON Pointer of the value to blame.
   *
   * @return the JSON Pointer
   */
  public String pointer() {
    return pointer;
  }
}
