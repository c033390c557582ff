package io.github.gecc.application;

/**
 * What a step of an application round does (RULES.md §7). A round's {@link StepPlan} lists the
 * actions it uses, in order; the guards that belong to an action hold in every plan.
 *
 * <p>Enum constants are immutable and thread-safe.
 */
public enum StepAction {
  /** The department holds an explanatory meeting on the assessment approach. */
  BRIEFING("การประชุมชี้แจงแนวทางการประเมิน"),
  /** The organisation assesses itself against the criteria; the step records the result. */
  SELF_ASSESSMENT("การประเมินตนเองตามหลักเกณฑ์"),
  /** The self-assessment reaches the rulebook's gate (60 points in BE 2560). */
  SELF_ASSESSMENT_GATE("ผลการประเมินตนเองผ่านเกณฑ์คะแนน"),
  /** The provincial governor approves the application; needs the gate reached. */
  GOVERNOR_APPROVAL("ผู้ว่าราชการจังหวัดให้ความเห็นชอบ"),
  /** The organisation fills in the application and the self-assessment form. */
  APPLICATION_FORM("กรอกใบสมัครและแบบประเมินตนเอง"),
  /** The application is sent; needs the whole application check to pass. */
  SUBMISSION("ส่งใบสมัครและเอกสาร"),
  /** The committee assesses the centre on site; needs an accepted submission. */
  SITE_ASSESSMENT("คณะกรรมการตรวจประเมินในพื้นที่"),
  /** The centre is certified; needs a site assessment whose evaluation passes. */
  CERTIFICATION("ได้รับการรับรองเป็นศูนย์ราชการสะดวก");

  private final String thai;

  StepAction(String thai) {
    this.thai = thai;
  }

  /**
   * Returns the action's Thai name, for Thai messages (RULES.md §4: Thai messages are wholly Thai).
   *
   * @return the name, not blank
   */
  public String thai() {
    return thai;
  }
}
