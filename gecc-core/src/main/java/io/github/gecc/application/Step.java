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
   * DLA นท 0812/694, round 2560 is both the site assessment and the certification).
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
  public abstract String thai();

  /**
   * Returns the title in English.
   *
   * @return the English title, not blank
   */
  public abstract String english();

  @Value.Check
  void check() {
    if (number() < 1 || thai().isBlank() || english().isBlank()) {
      throw RefusalException.withoutValue(
          "7.11",
          "step "
              + number()
              + " ("
              + action()
              + ") needs a number >= 1 and Thai and English titles",
          "ขั้นตอนที่ "
              + number()
              + " ("
              + action()
              + ") ต้องมีลำดับตั้งแต่ 1 และมีชื่อภาษาไทยและภาษาอังกฤษ");
    }
  }

  /**
   * Returns a step.
   *
   * @param number the number, at least 1
   * @param action what it does, not null
   * @param thai the Thai title, not blank
   * @param english the English title, not blank
   * @return the step
   * @throws RefusalException (7.11) if the number is below 1 or a title is blank
   * @throws NullPointerException if an argument is null
   */
  public static Step of(int number, StepAction action, String thai, String english) {
    return ImmutableStep.builder()
        .number(number)
        .action(action)
        .thai(thai)
        .english(english)
        .build();
  }
}
