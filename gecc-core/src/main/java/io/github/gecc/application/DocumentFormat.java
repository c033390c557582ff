package io.github.gecc.application;

/**
 * A file format in which the application documents are sent.
 *
 * <p>RULES.md §4 (FACT): round 2560 asked for two sets of the documents, a Word file and a PDF
 * file, DLA นท 0812/694, round 2560. The online rounds ask for no document files of their own: the
 * form is filled in online (DECISION, see {@link Rounds#bundled()}).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum DocumentFormat {
  /** A Microsoft Word file, DLA นท 0812/694, round 2560. */
  WORD("ไฟล์ Word", "a Word file"),
  /** A PDF file, DLA นท 0812/694, round 2560. */
  PDF("ไฟล์ PDF", "a PDF file");

  private final String thai;
  private final String english;

  DocumentFormat(String thai, String english) {
    this.thai = thai;
    this.english = english;
  }

  /**
   * Returns the format's name in Thai, for messages.
   *
   * @return the Thai wording
   */
  public String thai() {
    return thai;
  }

  /**
   * Returns the format's name in English, for messages.
   *
   * @return the English wording
   */
  public String english() {
    return english;
  }
}
