package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of checking an application: every rule it breaks, not only the first.
 *
 * <p>This type is immutable and thread-safe.
 *
 * <p>The outcome of checking an application against RULES.md §2 (eligibility), §3 (the gate), §4
 * (the window) and §7 (channels and documents): every broken rule, not the first.
 */
@Value.Immutable
public abstract class CheckResult {

  CheckResult() {}

  /**
   * Returns every rule broken, in the order the checks run.
   *
   * @return the violations, empty when the application is accepted
   */
  public abstract ImmutableList<Violation> violations();

  /**
   * Tells whether the application breaks no rule.
   *
   * @return true if there is no violation
   */
  public boolean accepted() {
    return violations().isEmpty();
  }

  /**
   * Returns a result.
   *
   * @param violations the rules broken, not null, possibly empty
   * @return the result
   * @throws NullPointerException if {@code violations} or an element is null
   */
  public static CheckResult of(List<Violation> violations) {
    return ImmutableCheckResult.builder().addAllViolations(violations).build();
  }
}
