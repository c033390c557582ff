package io.github.gecc.json.internal;

import io.github.gecc.RefusalException;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A refusal, with its pointer, its rule code and its core cause; each line makes it its
 * GeccJsonException. Not API.
 */
public final class Refusal extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The JSON Pointer of the value to blame. */
  private final String pointer;

  /** The code of the rule broken, a row of RULES.md, or null when none is known. */
  private final @Nullable String rule;

  private Refusal(String rule, String message, String pointer) {
    super(message);
    this.pointer = pointer;
    this.rule = rule;
  }

  /**
   * The refusal of a rule of the documents themselves (RULES.md §11).
   *
   * @param rule the code of the rule broken, a row of RULES.md such as {@code "11.3"}
   * @param message the rule broken and the offending value, not null
   * @param pointer the JSON Pointer of the value to blame, {@code ""} for the document, not null
   * @return the refusal
   */
  public static Refusal ofDocument(String rule, String message, String pointer) {
    return new Refusal(rule, message, pointer);
  }

  /**
   * Creates the refusal; its rule code is the cause's when the cause is a core {@link
   * RefusalException}.
   *
   * @param message the rule broken and the offending value; null (a core exception's missing
   *     message) reads as {@code "null"}
   * @param pointer the JSON Pointer of the value to blame, {@code ""} for the document, not null
   * @param cause the core exception, or null
   */
  public Refusal(@Nullable String message, String pointer, @Nullable Throwable cause) {
    super(String.valueOf(message), cause);
    this.pointer = pointer;
    this.rule = cause instanceof RefusalException ? ((RefusalException) cause).rule() : null;
  }

  /**
   * The JSON names of the core properties whose names differ from them: the one place a core
   * refusal's path is mapped to this module's field names.
   */
  private static final Map<String, String> JSON_NAMES =
      Map.of("centreId", "centre", "rulebookId", "rulebook", "dueAfterDays", "dueDays");

  /**
   * The refusal of a core value built from the JSON value at {@code base}: the pointer is {@code
   * base} followed by the refusal's path, its property names as this module writes them.
   *
   * @param refused the core refusal, not null
   * @param base the JSON Pointer of the value the core was building, {@code ""} for the document
   * @return the refusal, with the core refusal's message and rule code
   */
  public static Refusal of(RefusalException refused, String base) {
    StringBuilder pointer = new StringBuilder(base);
    for (String token : refused.path().tokens()) {
      pointer.append('/').append(Input.escape(JSON_NAMES.getOrDefault(token, token)));
    }
    return new Refusal(refused.getMessage(), pointer.toString(), refused);
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

  /**
   * Returns the code of the rule broken: a row of RULES.md.
   *
   * @return the rule code, or null when the refusal came from a core exception that carries none
   */
  public @Nullable String rule() {
    return rule;
  }
}
