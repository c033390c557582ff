package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import java.util.Objects;

/**
 * The answer to a step: taken, or refused with every rule that refused it.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>The answer to one step of RULES.md §7: taken, or refused with the rule that refused it.
 */
public final class StepResult {

  private final StepAction action;
  private final ImmutableList<Violation> violations;
  private final ApplicationProgress progress;

  StepResult(StepAction action, ImmutableList<Violation> violations, ApplicationProgress progress) {
    this.action = action;
    this.violations = violations;
    this.progress = progress;
  }

  /**
   * Returns the action asked for.
   *
   * @return the action
   */
  public StepAction action() {
    return action;
  }

  /**
   * Tells whether the step was taken.
   *
   * @return true if no rule refused it
   */
  public boolean accepted() {
    return violations.isEmpty();
  }

  /**
   * Returns the rules that refused the step.
   *
   * @return the violations, empty when accepted
   */
  public ImmutableList<Violation> violations() {
    return violations;
  }

  /**
   * Returns the progress after the step: advanced when accepted, unchanged when refused.
   *
   * @return the progress
   */
  public ApplicationProgress progress() {
    return progress;
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof StepResult
        && ((StepResult) obj).action == action
        && ((StepResult) obj).violations.equals(violations)
        && ((StepResult) obj).progress.equals(progress);
  }

  @Override
  public int hashCode() {
    return Objects.hash(action, violations, progress);
  }

  @Override
  public String toString() {
    return "StepResult{" + action + (accepted() ? ", accepted}" : ", refused " + violations + "}");
  }
}
