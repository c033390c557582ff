package io.github.gecc.application;

/**
 * What an application check says about one rule: its code, a message in Thai and in English, and
 * the source the message cites. A {@link Violation} refuses the application; a {@link Warning}
 * advises without refusing. Implementations are immutable and thread-safe.
 *
 * @param <C> the codes of this kind of notice
 */
public interface Notice<C extends Enum<C>> {

  /**
   * Returns the rule broken or the advice given.
   *
   * @return the code
   */
  C code();

  /**
   * Returns the message in Thai.
   *
   * @return the Thai message, not blank
   */
  String thai();

  /**
   * Returns the message in English.
   *
   * @return the English message, not blank
   */
  String english();

  /**
   * Returns the source the message cites, for example {@code "DLA นท 0812/694, round 2560; RULES.md
   * §2"}.
   *
   * @return the citation, not blank
   */
  String source();
}
