package io.github.gecc.spring.autoconfigure;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The round register named by {@code gecc.rounds} was refused at start-up: missing, unreadable, not
 * JSON, or a round the library's rules refuse. The message is the library's own, naming the
 * register, the rule broken and the JSON Pointer of the value to blame.
 */
public final class InvalidRoundsException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  /** The register, as Spring describes its resource. */
  private final String register;

  /** The JSON Pointer of the value to blame, {@code ""} for the whole document. */
  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param register the register, as Spring describes its resource, not null
   * @param message the library's message: the rule broken and the offending value, not null
   * @param pointer the JSON Pointer of the value to blame, {@code ""} for the document, not null
   * @param cause the library's refusal, or null where the register was refused before the library
   *     read it
   */
  InvalidRoundsException(
      String register, String message, String pointer, @Nullable Throwable cause) {
    super(
        "gecc.rounds "
            + Objects.requireNonNull(register, "register")
            + ": "
            + Objects.requireNonNull(message, "message")
            + (pointer.isEmpty() ? "" : " (at " + pointer + ")"),
        cause);
    this.register = register;
    this.pointer = pointer;
  }

  /**
   * Returns the register refused, as Spring describes its resource.
   *
   * @return for example {@code class path resource [rounds-2570.json]}
   */
  public String register() {
    return register;
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the value to blame in the register.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }
}
