package io.github.gecc.time;

/**
 * The digits {@link ThaiDateText#format} writes numbers with (RULES.md §8, FACT: official letters
 * usually use Thai digits, some use Arabic ones).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ThaiDigits {
  /** Thai digits {@code ๐..๙}: {@code ๑๙ มกราคม ๒๕๖๗}. */
  THAI,
  /** Arabic (ASCII) digits {@code 0..9}: {@code 19 มกราคม 2567}. */
  ARABIC
}
