package io.github.gecc.time;

/**
 * How {@link ThaiDateText#format} writes a date, the ways Thai official letters do (RULES.md §8,
 * FACT).
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum ThaiDateStyle {
  /** Day, full month name and four-digit BE year: {@code ๑๙ มกราคม ๒๕๖๗}. */
  FULL,
  /** Day, abbreviated month name and four-digit BE year: {@code ๑๙ ม.ค. ๒๕๖๗}. */
  ABBREVIATED,
  /** The weekday phrase, then the {@link #FULL} date: {@code วันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗}. */
  WEEKDAY
}
