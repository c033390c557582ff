package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.util.Objects;

/**
 * The one exception the JSON adapter throws for a document it refuses: it names the JSON Pointer
 * of the field to blame, the rule that was broken and, where a core rule refused the value, the
 * core exception as its cause.
 *
 * <p>It extends {@link JsonMappingException}, so code that already catches Jackson's exceptions
 * catches it too. {@link #getOriginalMessage()} is the plain message, without Jackson's location
 * suffix.
 */
public final class GeccJsonException extends JsonMappingException {

  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the field to blame. */
  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param message what is wrong, naming the offending value and what was expected; not null
   * @param pointer the JSON Pointer of the field to blame, {@code ""} for the whole document; not
   *     null
   * @param cause the core exception that refused the value, or null
   */
  public GeccJsonException(String message, JsonPointer pointer, Throwable cause) {
    super(null, Objects.requireNonNull(message, "message"), cause);
    this.pointer = Objects.requireNonNull(pointer, "pointer").toString();
  }

  /**
   * Creates the exception with no cause.
   *
   * @param message what is wrong; not null
   * @param pointer the JSON Pointer of the field to blame; not null
   */
  public GeccJsonException(String message, JsonPointer pointer) {
    this(message, pointer, null);
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the field to blame.
   *
   * @return the pointer, {@code ""} for the whole document
   */
  public String pointer() {
    return pointer;
  }

  @Override
  public String getMessage() {
    return getOriginalMessage() + (pointer.isEmpty() ? "" : " (at " + pointer + ")");
  }
}
