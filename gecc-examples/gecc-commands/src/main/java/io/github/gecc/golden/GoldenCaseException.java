package io.github.gecc.golden;

import org.jspecify.annotations.Nullable;

/** A case file that cannot be read or a case that lacks a required field. */
public final class GoldenCaseException extends RuntimeException {

  /** The serialization version. */
  private static final long serialVersionUID = 1L;

  /** The file, relative to the folder of cases. */
  private final String file;

  /** The JSON Pointer of the offending value in the file, empty for the whole file. */
  private final String pointer;

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
