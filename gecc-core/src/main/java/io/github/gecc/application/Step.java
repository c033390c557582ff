package io.github.gecc.application;

import io.github.gecc.RefusalException;
import org.immutables.value.Value;

/**
 * One step of a round's plan: its number as the source counts it, what it does, and its title in
 * Thai and English (RULES.md §7).
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Step {

  Step() {}

  /**
   * Returns the step's number as the source counts it; two actions may share a number (step 7 of
   *, DLA นท 0812/694, round 2560 is both the site assessment and the certification).
   *
   * @return at least 1
   */
  public abstract int number();

  /**
   * Returns what the step does.
   *
   * @return the action
   */
  public abstract StepAction action();

  /**
   * Returns the title in Thai.
   *
   * @return the Thai title, not blank
   */
  public abstract String titleTh();

  /**
   * Returns the title in English.
   *
   * @return the English title, not blank
   */
  public abstract String titleEn();

  @Value.Check
  void check() {
    if (number() < 1 || titleTh().isBlank() || titleEn().isBlank()) {
      throw RefusalException.withoutValue("7.11",
          "step " + number() + " (" + action() + ") needs a number >= 1 and Thai and English titles",
          "ขั้นตอนที่ " + number() + " (" + action() + ") ต้องมีลำดับตั้งแต่ 1 และมีชื่อภาษาไทยและภาษาอังกฤษ");
    }
  }

  /**
   * Returns a step.
   *
   * @param number the number, at least 1
   * @param action what it does, not null
   * @param titleTh the Thai title, not blank
   * @param titleEn the English title, not blank
   * @return the step
   * @throws RefusalException (7.11) if the number is below 1 or a title is blank
   * @throws NullPointerException if an argument is null
   */
  public static Step of(int number, StepAction action, String titleTh, String titleEn) {
    return ImmutableStep.builder().number(number).action(action).titleTh(titleTh).titleEn(titleEn).build();
  }
}
