package io.github.gecc.time;

/**
 * What the words printed in front of a date in a Thai official letter say the date is (RULES.md §8,
 * DECISION): a letter writes "ภายในวันศุกร์ที่ ๑๙ มกราคม ๒๕๖๗" for a deadline, "เมื่อวันที่ ๓
 * พฤษภาคม ๒๕๖๕" for something that happened, "ลงวันที่ ๑๘ มกราคม ๒๕๖๗" for the date of a letter.
 */
public enum DateRole {
  /**
   * A deadline, "by" and inclusive: {@code ภายใน}, {@code ภายในวันที่}, {@code จนถึงวันที่}, {@code
   * ได้จนถึงวันที่}. The day named is the last day on which the thing may still be done.
   */
  DEADLINE("ภายใน / จนถึง / ได้จนถึง", "กำหนดวันสุดท้าย (ภายในวันนั้น)"),

  /** A past event: {@code เมื่อวันที่}. */
  PAST_EVENT("เมื่อ", "เหตุการณ์ที่เกิดขึ้นแล้ว"),

  /** The date of a letter: {@code ลงวันที่}. */
  LETTER_DATE("ลงวันที่", "วันที่ของหนังสือ"),

  /** A start, "from": {@code ตั้งแต่วันที่}, one date or the first of a range. */
  START("ตั้งแต่", "วันเริ่มต้น"),

  /** A range, "between": {@code ระหว่างวันที่}, always two dates. */
  BETWEEN("ระหว่าง", "ช่วงระหว่างสองวัน");

  private final String words;
  private final String thai;

  DateRole(String words, String thai) {
    this.words = words;
    this.thai = thai;
  }

  /**
   * Returns the words that mark this role in a letter, for messages: {@code ภายใน / จนถึง /
   * ได้จนถึง} for a deadline.
   *
   * @return the words, Thai
   */
  public String words() {
    return words;
  }

  /**
   * Returns what the role means, in Thai.
   *
   * @return the Thai description, not blank
   */
  public String thai() {
    return thai;
  }
}
