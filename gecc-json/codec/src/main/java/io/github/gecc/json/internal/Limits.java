package io.github.gecc.json.internal;

/**
 * The limits of a document read from outside (RULES.md 11.4), written once for both Jackson lines:
 * each line's {@code GeccJson.mapper()} gives them to its parser's stream-read constraints, and
 * each line reports a constraint broken under {@link #RULE}. A library DECISION sized far beyond a
 * national portfolio of 100,000 centres. Not API.
 */
public final class Limits {

  /** The code of the rule of limits, RULES.md 11.4. */
  public static final String RULE = "11.4";

  /** The deepest nesting of arrays and objects: 64 levels. */
  public static final int MAX_NESTING_DEPTH = 64;

  /** The longest string: 100,000 characters. */
  public static final int MAX_STRING_LENGTH = 100_000;

  /** The longest number as written: 40 characters. */
  public static final int MAX_NUMBER_LENGTH = 40;

  /** The largest document: 512 MiB. */
  public static final long MAX_DOCUMENT_LENGTH = 512L << 20;

  /** The most tokens in a document: 50,000,000. */
  public static final long MAX_TOKEN_COUNT = 50_000_000L;

  private Limits() {}

  /**
   * Returns the message of a limit broken.
   *
   * @param parserMessage the parser's own message, naming the limit and the value
   * @param where the location, such as {@code " at line 1, column 90"}, or empty
   * @return the message
   */
  public static String message(String parserMessage, String where) {
    return "the document exceeds a limit of documents read from outside: " + parserMessage + where;
  }
}
