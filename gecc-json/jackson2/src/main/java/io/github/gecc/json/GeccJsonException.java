package io.github.gecc.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.gecc.json.internal.Input;
import io.github.gecc.json.internal.Refusal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The one exception for a GECC document refused: the rule broken with the offending value (its
 * {@link #getOriginalMessage()}), the JSON Pointer of the value to blame and, where a core rule
 * refused it, the core exception as the cause. A {@link JsonMappingException}, as Jackson's own.
 */
public final class GeccJsonException extends JsonMappingException {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value to blame. */
  private final String pointer;

  /**
   * Creates the exception.
   *
   * @param message the rule broken and the offending value, not null
   * @param pointer the JSON Pointer of the value to blame, {@code ""} for the whole document, not
   *     null
   * @param cause the exception that refused the value, or null
   */
  public GeccJsonException(String message, String pointer, @Nullable Throwable cause) {
    super(null, Objects.requireNonNull(message, "message"), cause);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
  }

  /**
   * Creates the exception with no cause.
   *
   * @param message the rule broken and the offending value, not null
   * @param pointer the JSON Pointer of the value to blame, not null
   */
  public GeccJsonException(String message, String pointer) {
    this(message, pointer, null);
  }

  /**
   * Returns the JSON Pointer (RFC 6901) of the value to blame, {@code ""} for the document.
   *
   * @return the JSON Pointer
   */
  public String pointer() {
    return pointer;
  }

  @Override
  public String getMessage() {
    return getOriginalMessage() + (pointer.isEmpty() ? "" : " (at " + pointer + ")");
  }

  /** A refusal by a shared reader. */
  static GeccJsonException of(Refusal refusal) {
    return new GeccJsonException(refusal.getMessage(), refusal.pointer(),
        refusal.getCause() == null ? refusal : refusal.getCause());
  }

  /**
   * Any refusal met reading a document whose root stands at {@code base}: the adapter's own, a
   * databind mapping error with its path, or malformed JSON with its line and column.
   */
  static GeccJsonException of(JsonProcessingException e, String base) {
    if (e instanceof GeccJsonException) {
      GeccJsonException own = (GeccJsonException) e;
      return base.isEmpty() ? own : new GeccJsonException(
          own.getOriginalMessage(), base + own.pointer, own.getCause());
    }
    if (e instanceof JsonMappingException && !((JsonMappingException) e).getPath().isEmpty()) {
      StringBuilder pointer = new StringBuilder(base);
      for (JsonMappingException.Reference ref : ((JsonMappingException) e).getPath()) {
        pointer.append('/').append(ref.getFieldName() != null
            ? ref.getFieldName().replace("~", "~0").replace("/", "~1")
            : String.valueOf(Math.max(ref.getIndex(), 0)));
      }
      return new GeccJsonException(e.getOriginalMessage(), pointer.toString(), e);
    }
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("Duplicate")
        && e.getProcessor() instanceof JsonParser) {
      // The parser's duplicate check: the same refusal the readers give, at the same pointer.
      String at = new GeccModule.ParserInput((JsonParser) e.getProcessor()).pointer();
      String name = at.substring(at.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
      return new GeccJsonException(Input.repeated(name), base + at, e);
    }
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("No content")) {
      return new GeccJsonException("no JSON document on input; expected one JSON value", base, e);
    }
    var at = e.getLocation();
    String where = at == null || at.getLineNr() < 0
        ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
    return new GeccJsonException("malformed JSON: " + e.getOriginalMessage() + where, base, e);
  }
}
