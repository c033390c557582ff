package io.github.gecc.json.internal;

/**
 * A GECC document refused: the rule broken with the offending value, the JSON Pointer of the
 * value to blame and, where a core rule refused it, the core exception. Each Jackson line turns
 * it into its own {@code GeccJsonException}. Not API: for the Jackson lines of this library only.
 */
public final class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value to blame. */
  private final String pointer;

  /**
   * Creates the refusal.
   *
   * @param message the rule broken and the offending value, not null
   * @param pointer the JSON Pointer of the value to blame, {@code ""} for the document, not null
   * @param cause the core exception, or null
   */
  public Refusal(String message, String pointer, Throwable cause) {
    super(message, cause);
    this.pointer = pointer;
  }

  /** @return the JSON Pointer of the value to blame */
  public String pointer() {
    return pointer;
  }
}
