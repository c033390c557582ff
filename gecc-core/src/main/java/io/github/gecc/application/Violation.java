package io.github.gecc.application;

import io.github.gecc.RefusalException;
import org.immutables.value.Value;

/**
 * One rule an application or a step breaks: its code, a message in Thai and in English, and the
 * source of the rule (for example {@code "DLA นท 0812/694, round 2560; RULES.md §2"}).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation implements Notice<ViolationCode> {

  Violation() {}

  @Value.Check
  void check() {
    if (thai().isBlank() || english().isBlank() || source().isBlank()) {
      throw RefusalException.of(
          "4.13",
          code(),
          "violation " + code() + " needs a Thai message, an English message and a source",
          "การฝ่าฝืนกฎ " + code() + " ต้องมีข้อความภาษาไทย ข้อความภาษาอังกฤษ และแหล่งที่มา");
    }
  }

  /**
   * Returns a violation citing a given source.
   *
   * @param code the rule, not null
   * @param thai the Thai message, not blank
   * @param english the English message, not blank
   * @param source the citation, not blank
   * @return the violation
   * @throws RefusalException (4.13) if a text is blank
   * @throws NullPointerException if an argument is null
   */
  public static Violation of(ViolationCode code, String thai, String english, String source) {
    return ImmutableViolation.builder()
        .code(code)
        .thai(thai)
        .english(english)
        .source(source)
        .build();
  }

  /**
   * Returns a violation citing the code's default source.
   *
   * @param code the rule, not null
   * @param thai the Thai message, not blank
   * @param english the English message, not blank
   * @return the violation
   * @throws RefusalException (4.13) if a text is blank
   * @throws NullPointerException if an argument is null
   */
  public static Violation of(ViolationCode code, String thai, String english) {
    return of(code, thai, english, code.defaultSource());
  }
}
