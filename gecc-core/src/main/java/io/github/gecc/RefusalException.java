package io.github.gecc;

import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The library's refusal of a value: the one exception the model throws when a value breaks a rule.
 * It carries what a person needs to mend the input:
 *
 * <ul>
 *   <li>{@link #rule()}: the stable code of the rule broken, the number of its row in the project's
 *       rules reference ({@code RULES.md}), such as {@code "6.4"};
 *   <li>{@link #path()}: where the offending value sits inside the value being built, such as
 *       {@code centres[3].reports[0].submittedOn}; the root when the value as a whole is to blame;
 *   <li>{@link #value()}: the offending value as text, when there is one;
 *   <li>{@link #english()} and {@link #thai()}: the message, naming the value and what was
 *       expected, in English and in Thai.
 * </ul>
 *
 * <p>A factory that builds a value from parts adds the part's place to its parts' refusals ({@link
 * #at(String)}, {@link #at(String, int)}), so the path grows outward as the refusal travels up.
 * Adapters turn the path into their own notation (a JSON Pointer, a form field); they never check
 * the rule again.
 *
 * <p>It extends {@link IllegalArgumentException}: every refusal is of an argument a caller gave.
 * {@link #getMessage()} is the English message. Instances are immutable once thrown: {@code at}
 * returns a new exception.
 */
public final class RefusalException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private static final Pattern RULE = Pattern.compile("[1-9][0-9]*\\.[1-9][0-9]*");

  /** The code of the rule broken, a row of RULES.md. */
  private final String rule;

  /** Where the offending value sits. */
  private final transient ValuePath path;

  /** The offending value as text, or null when there is none to show. */
  private final @Nullable String value;

  /** The message in Thai. */
  private final String thai;

  private RefusalException(
      String rule,
      ValuePath path,
      @Nullable String value,
      String english,
      String thai,
      @Nullable Throwable cause) {
    super(english, cause);
    this.rule = rule;
    this.path = path;
    this.value = value;
    this.thai = thai;
  }

  /**
   * Creates the refusal of an offending value, at the root of the value being built.
   *
   * @param rule the code of the rule broken: a row of RULES.md such as {@code "6.4"}
   * @param value the offending value; its {@code toString()} is kept
   * @param english the message in English, naming the value and what was expected; not blank
   * @param thai the same message in Thai; not blank
   * @return the refusal, to be thrown
   * @throws IllegalArgumentException if {@code rule} is not of the form {@code N.M}, or a message
   *     is blank
   */
  public static RefusalException of(String rule, Object value, String english, String thai) {
    return create(rule, ValuePath.root(), value.toString(), english, thai, null);
  }

  /**
   * Creates a refusal that has no single offending value to show (a list that is empty, two values
   * that do not fit together), at the root of the value being built.
   *
   * @param rule the code of the rule broken: a row of RULES.md such as {@code "6.4"}
   * @param english the message in English, naming what was given and what was expected; not blank
   * @param thai the same message in Thai; not blank
   * @return the refusal, to be thrown
   * @throws IllegalArgumentException if {@code rule} is not of the form {@code N.M}, or a message
   *     is blank
   */
  public static RefusalException withoutValue(String rule, String english, String thai) {
    return create(rule, ValuePath.root(), null, english, thai, null);
  }

  private static RefusalException create(
      String rule,
      ValuePath path,
      @Nullable String value,
      String english,
      String thai,
      @Nullable Throwable cause) {
    if (!RULE.matcher(rule).matches()) {
      throw new IllegalArgumentException(
          "rule code '" + rule + "' is not a row of RULES.md such as 6.4");
    }
    if (english.isBlank() || thai.isBlank()) {
      throw new IllegalArgumentException("a refusal of rule " + rule + " has a blank message");
    }
    return new RefusalException(rule, path, value, english, thai, cause);
  }

  /**
   * Returns this refusal with the offending value one property further in: the refusal as seen by
   * the value that holds the property {@code name}.
   *
   * @param name the property of the enclosing value that held the refused part; not blank
   * @return a new refusal whose path is {@code name} followed by this path
   * @throws IllegalArgumentException if {@code name} is blank
   */
  public RefusalException at(String name) {
    return relocated(ValuePath.of(name).resolve(path));
  }

  /**
   * Returns this refusal with the offending value one list element further in: the refusal as seen
   * by the value whose list property {@code name} held the refused element at {@code index}.
   *
   * @param name the list property of the enclosing value; not blank
   * @param index the element's index in that list, from 0
   * @return a new refusal whose path is {@code name[index]} followed by this path
   * @throws IllegalArgumentException if {@code name} is blank or {@code index} negative
   */
  public RefusalException at(String name, int index) {
    return relocated(ValuePath.of(name).index(index).resolve(path));
  }

  private RefusalException relocated(ValuePath newPath) {
    RefusalException moved =
        new RefusalException(rule, newPath, value, getMessage(), thai, getCause());
    moved.setStackTrace(getStackTrace());
    return moved;
  }

  /**
   * Returns the code of the rule broken: the number of its row in RULES.md, such as {@code "6.4"}.
   * Codes are stable across releases.
   *
   * @return the rule code, never null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns where the offending value sits inside the value being built.
   *
   * @return the path; {@link ValuePath#root()} when the value as a whole is refused
   */
  public ValuePath path() {
    return path;
  }

  /**
   * Returns the offending value as text.
   *
   * @return the value, or empty when the refusal has no single value to show
   */
  public Optional<String> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns the message in English: the value, the field and what was expected.
   *
   * @return the English message, never blank
   */
  public String english() {
    return getMessage();
  }

  /**
   * Returns the message in Thai.
   *
   * @return the Thai message, never blank
   */
  public String thai() {
    return thai;
  }

  /**
   * Returns the English message.
   *
   * @return the English message, never null
   */
  @Override
  public String getMessage() {
    return String.valueOf(super.getMessage());
  }

  /**
   * Returns the rule code, the path and the English message, for logs.
   *
   * @return for example {@code "RefusalException[rule 6.4 at centres[3].reports[0]]: …"}
   */
  @Override
  public String toString() {
    return "RefusalException[rule "
        + rule
        + (path.isRoot() ? "" : " at " + path)
        + "]: "
        + getMessage();
  }
}
