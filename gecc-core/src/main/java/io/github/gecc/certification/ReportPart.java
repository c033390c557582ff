package io.github.gecc.certification;

/**
 * The two things a maintenance report sends every period (RULES.md §6, FACT, BMA กท 0303/1156, 15
 * Jun 2565, relaying OPM นร 0105.05/ว 4188 of 31 May 2565): the citizen-satisfaction results and
 * the Self Checklist against the maintenance criteria.
 */
public enum ReportPart {
  /** The citizen-satisfaction results (ผลการสำรวจความพึงพอใจของประชาชน). */
  SATISFACTION_RESULTS("ผลการสำรวจความพึงพอใจของประชาชน"),

  /** The Self Checklist against the maintenance criteria (แบบ Self Checklist). */
  SELF_CHECKLIST("แบบประเมินตนเอง (Self Checklist) ตามหลักเกณฑ์การรักษามาตรฐาน");

  private final String thai;

  ReportPart(String thai) {
    this.thai = thai;
  }

  /**
   * Returns the part's Thai name.
   *
   * @return the name, not blank
   */
  public String thai() {
    return thai;
  }
}
