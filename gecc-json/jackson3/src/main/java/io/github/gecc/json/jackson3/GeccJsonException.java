package io.github.gecc.json.jackson3;

import io.github.gecc.RefusalException;
import io.github.gecc.json.internal.Limits;
import io.github.gecc.json.internal.Refusal;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.databind.DatabindException;

/**
 * The one exception for a GECC document refused: the rule broken with the offending value (its
 * {@link #getOriginalMessage()}), the code of that rule ({@link #rule()}, a row of the project's
 * RULES.md), the JSON Pointer of the value to blame and, where a core rule refused it, the core
 * {@link RefusalException} as the cause. A {@link DatabindException}, as Jackson's own.
 */
public final class GeccJsonException extends DatabindException {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value to blame. */
  private final String pointer;

  /** The code of the rule broken, or null when the cause carries none. */
  private final @Nullable String rule;

  /**
   * Creates the exception of a rule whose code is known.
   *
   * @param rule the code of the rule broken, a row of RULES.md such as {@code "11.3"}, not null
   * @param message the rule broken and the offending value, not null
   * @param pointer the JSON Pointer of the value to blame, {@code ""} for the whole document, not
   *     null
   * @param cause the exception that refused the value, or null
   */
  public GeccJsonException(String rule, String message, String pointer, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message"), (TokenStreamLocation) null, cause);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.rule = Objects.requireNonNull(rule, "rule");
  }

  /**
   * Creates the exception; its rule code is the cause's when the cause is a core {@link
   * RefusalException} or another {@code GeccJsonException}.
   *
   * @param message the rule broken and the offending value, not null
   * @param pointer the JSON Pointer of the value to blame, {@code ""} for the whole document, not
   *     null
   * @param cause the exception that refused the value, or null
   */
  public GeccJsonException(String message, String pointer, @Nullable Throwable cause) {
    super(Objects.requireNonNull(message, "message"), (TokenStreamLocation) null, cause);
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.rule = ruleOf(cause);
  }

  private static @Nullable String ruleOf(@Nullable Throwable cause) {
    if (cause instanceof RefusalException) {
      return ((RefusalException) cause).rule();
    }
    if (cause instanceof GeccJsonException) {
      return ((GeccJsonException) cause).rule;
    }
    return null;
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

  /**
   * Returns the code of the rule broken: the number of its row in the project's RULES.md, such as
   * {@code "6.4"} for a core rule or {@code "11.3"} for a field of the wrong JSON type.
   *
   * @return the rule code, or empty when the refusal came from a cause that carries none
   */
  public Optional<String> rule() {
    return Optional.ofNullable(rule);
  }

  @Override
  public String getMessage() {
    return getOriginalMessage() + (pointer.isEmpty() ? "" : " (at " + pointer + ")");
  }

  /** A refusal by a shared reader. */
  static GeccJsonException of(Refusal refusal) {
    Throwable cause = refusal.getCause() == null ? refusal : refusal.getCause();
    String rule = refusal.rule();
    return rule == null
        ? new GeccJsonException(refusal.getMessage(), refusal.pointer(), cause)
        : new GeccJsonException(rule, refusal.getMessage(), refusal.pointer(), cause);
  }

  /**
   * Any refusal met reading a document whose root stands at {@code base}: the adapter's own, a
   * databind mapping error with its path, or malformed JSON with its line and column.
   */
  static GeccJsonException of(JacksonException e, String base) {
    if (e instanceof StreamConstraintsException) {
      return new GeccJsonException(
          Limits.RULE, Limits.message(e.getOriginalMessage(), where(e)), base, e);
    }
    if (e instanceof GeccJsonException) {
      GeccJsonException own = (GeccJsonException) e;
      return base.isEmpty()
          ? own
          : new GeccJsonException(own.getOriginalMessage(), base + own.pointer, own);
    }
    if (e instanceof DatabindException && !e.getPath().isEmpty()) {
      StringBuilder pointer = new StringBuilder(base);
      for (JacksonException.Reference ref : e.getPath()) {
        pointer
            .append('/')
            .append(
                ref.getPropertyName() != null
                    ? ref.getPropertyName().replace("~", "~0").replace("/", "~1")
                    : String.valueOf(Math.max(ref.getIndex(), 0)));
      }
      return new GeccJsonException("11.3", e.getOriginalMessage(), pointer.toString(), e);
    }
    if (e.getOriginalMessage() != null && e.getOriginalMessage().startsWith("No content")) {
      return new GeccJsonException(
          "11.1", "no JSON document on input; expected one JSON value", base, e);
    }
    return new GeccJsonException(
        "11.1", "malformed JSON: " + e.getOriginalMessage() + where(e), base, e);
  }

  /** Where the parser stood, such as {@code " at line 1, column 90"}, or empty. */
  private static String where(JacksonException e) {
    var at = e.getLocation();
    return at == null || at.getLineNr() < 0
        ? ""
        : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
  }
}
