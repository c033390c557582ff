package io.github.gecc.golden;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.jspecify.annotations.Nullable;

/** A case file that cannot be read or a case that lacks a required field. */
public final class GoldenCaseException extends RuntimeException {

  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /** The file, relative to the folder of cases. */
  private final String file;

  /** The JSON Pointer of the offending value in the file, empty for the whole file. */
  private final String pointer;

  /** The code of the rule of documents the file breaks, a row of RULES.md §11. */
  private final String rule;

  /**
   * Creates the exception.
   *
   * @param file the file, relative to the folder of cases
   * @param pointer the JSON Pointer of the offending value, empty for the whole file
   * @param message what is wrong and what was expected
   * @param cause the parse failure, or null
   */
  public GoldenCaseException(
      String file, String pointer, String message, @Nullable Throwable cause) {
    super(file + (pointer.isEmpty() ? "" : " at " + pointer) + ": " + message, cause);
    this.file = file;
    this.pointer = pointer;
    this.rule = ruleOf(cause);
  }

  /**
   * A file that is not one JSON text breaks RULES.md 11.1, a key repeated 11.2; a case of the wrong
   * shape (a field unknown, missing or of the wrong type) breaks 11.3.
   */
  private static String ruleOf(@Nullable Throwable cause) {
    if (cause instanceof JsonProcessingException && !(cause instanceof JsonMappingException)) {
      String message = String.valueOf(((JsonProcessingException) cause).getOriginalMessage());
      return message.startsWith("Duplicate field") ? "11.2" : "11.1";
    }
    return "11.3";
  }

  /**
   * Returns the code of the rule of documents the file breaks.
   *
   * @return a row of RULES.md §11: {@code 11.1} (not one JSON text), {@code 11.2} (a key repeated)
   *     or {@code 11.3} (a case of the wrong shape)
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the file at fault.
   *
   * @return the file, relative to the folder of cases
   */
  public String file() {
    return file;
  }

  /**
   * Returns where in the file the fault is.
   *
   * @return a JSON Pointer such as {@code /cases/3/rule}, empty for the whole file
   */
  public String pointer() {
    return pointer;
  }
}
