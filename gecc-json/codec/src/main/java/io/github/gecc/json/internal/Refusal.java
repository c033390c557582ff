package io.github.gecc.json.internal;

/** A refusal, with its pointer and core cause; each line makes it its GeccJsonException. Not API. */
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

  /**
   * Returns the JSON Pointer of the value to blame.
   *
   * @return the JSON Pointer
   */
  public String pointer() {
    return pointer;
  }
}
