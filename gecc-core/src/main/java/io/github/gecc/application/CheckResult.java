package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of checking an application against RULES.md §2 (eligibility), §3 (the condition to
 * apply), §4 (the window) and §7 (channels and documents): every rule it breaks, not only the
 * first, and the advice it gets without being refused.
 *
 * <p>This type is immutable and thread-safe.
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
   * Returns the advice that does not refuse the application, such as a division-only application
   * (RULES.md §2).
   *
   * @return the warnings, possibly empty
   */
  public abstract ImmutableList<Warning> warnings();

  /**
   * Tells whether the application breaks no rule; warnings do not refuse it.
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
    return of(violations, List.of());
  }

  /**
   * Returns a result with warnings.
   *
   * @param violations the rules broken, not null, possibly empty
   * @param warnings the advice that does not refuse, not null, possibly empty
   * @return the result
   * @throws NullPointerException if a list or an element is null
   */
  public static CheckResult of(List<Violation> violations, List<Warning> warnings) {
    return ImmutableCheckResult.builder()
        .addAllViolations(violations)
        .addAllWarnings(warnings)
        .build();
  }
}
