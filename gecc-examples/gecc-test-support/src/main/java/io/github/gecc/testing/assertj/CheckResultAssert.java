package io.github.gecc.testing.assertj;

import io.github.gecc.application.CheckResult;
import io.github.gecc.application.Violation;
import io.github.gecc.application.ViolationCode;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an application {@link CheckResult} (RULES.md §2, §4, §7): {@code
 * assertThat(result).isRefused().hasViolation(ViolationCode.WINDOW_CLOSED)}.
 */
public final class CheckResultAssert extends AbstractAssert<CheckResultAssert, CheckResult> {

  CheckResultAssert(CheckResult actual) {
    super(actual, CheckResultAssert.class);
  }

  /**
   * Checks that no rule was broken.
   *
   * @return this assertion
   */
  public CheckResultAssert isAccepted() {
    isNotNull();
    if (!actual.accepted()) {
      failWithMessage("expected the application to be accepted but it broke %s", violations());
    }
    return this;
  }

  /**
   * Checks that at least one rule was broken.
   *
   * @return this assertion
   */
  public CheckResultAssert isRefused() {
    isNotNull();
    if (actual.accepted()) {
      failWithMessage("expected the application to be refused but it broke no rule");
    }
    return this;
  }

  /**
   * Checks that one of the broken rules has a code.
   *
   * @param code the expected violation code
   * @return this assertion
   */
  public CheckResultAssert hasViolation(ViolationCode code) {
    isNotNull();
    if (actual.violations().stream().noneMatch(v -> v.code() == code)) {
      failWithMessage("expected a violation %s but the violations were %s", code, violations());
    }
    return this;
  }

  /**
   * Checks the codes of every broken rule, in the order they are listed.
   *
   * @param codes the expected codes
   * @return this assertion
   */
  public CheckResultAssert hasExactlyViolations(ViolationCode... codes) {
    isNotNull();
    List<ViolationCode> found =
        actual.violations().stream().map(Violation::code).collect(Collectors.toList());
    if (!found.equals(List.of(codes))) {
      failWithMessage("expected the violations %s but they were %s", List.of(codes), found);
    }
    return this;
  }

  private String violations() {
    return actual.violations().stream()
        .map(v -> v.code() + " (" + v.english() + ")")
        .collect(Collectors.joining("; ", "[", "]"));
  }
}
