package io.github.gecc.rules;

/**
 * The kind of a criterion. RULES.md §10 (public fact beyond the circulars): since BE 2559 criteria
 * have been grouped into physical, quality and results criteria.
 */
public enum CriterionGroup {
  /** Physical criteria (ด้านกายภาพ). */
  PHYSICAL("ด้านกายภาพ"),
  /** Quality criteria (เชิงคุณภาพ). */
  QUALITY("เชิงคุณภาพ"),
  /** Results criteria (ด้านผลลัพธ์). */
  RESULTS("ด้านผลลัพธ์");

  private final String thai;

  CriterionGroup(String thai) {
    this.thai = thai;
  }

  /**
   * Returns the group's Thai name.
   *
   * @return for example ด้านกายภาพ
   */
  public String thai() {
    return thai;
  }
}
