package io.github.gecc.testing.assertj;

import io.github.gecc.rules.Evaluation;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Reason;
import io.github.gecc.rules.ReasonCode;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/**
 * AssertJ assertions on an {@link Evaluation} (RULES.md §3), reading like the decision they check:
 * {@code assertThat(evaluation).isNotCertified().hasUnmetBasic("B17")}.
 *
 * <p>Each failure message names the rulebook, the outcome and the figures that differ.
 */
public final class EvaluationAssert extends AbstractAssert<EvaluationAssert, Evaluation> {

  EvaluationAssert(Evaluation actual) {
    super(actual, EvaluationAssert.class);
  }

  /**
   * Checks that some certifying outcome was reached.
   *
   * @return this assertion
   */
  public EvaluationAssert isCertified() {
    isNotNull();
    if (!actual.certified()) {
      failWithMessage(
          "expected a certification under %s but the outcome was %s with %d/%d points; reasons: %s",
          actual.rulebookId(), actual.outcome(), actual.points(), actual.maxPoints(), reasons());
    }
    return this;
  }

  /**
   * Checks that no certifying outcome was reached.
   *
   * @return this assertion
   */
  public EvaluationAssert isNotCertified() {
    isNotNull();
    if (actual.certified()) {
      failWithMessage(
          "expected no certification under %s but the outcome was %s",
          actual.rulebookId(), actual.outcome());
    }
    return this;
  }

  /**
   * Checks the outcome reached.
   *
   * @param outcome the expected outcome name, for example {@code CERTIFIED}
   * @return this assertion
   */
  public EvaluationAssert hasOutcome(String outcome) {
    isNotNull();
    if (!actual.outcome().equals(outcome)) {
      failWithMessage("expected outcome %s but was %s", outcome, actual.outcome());
    }
    return this;
  }

  /**
   * Checks the points scored.
   *
   * @param points the expected points
   * @return this assertion
   */
  public EvaluationAssert hasPoints(int points) {
    isNotNull();
    if (actual.points() != points) {
      failWithMessage("expected %d points but was %d", points, actual.points());
    }
    return this;
  }

  /**
   * Checks that the self-assessment gate was passed.
   *
   * @return this assertion
   */
  public EvaluationAssert passedSelfAssessment() {
    isNotNull();
    if (!actual.selfAssessmentPassed()) {
      failWithMessage(
          "expected the self-assessment gate of %d points to pass, but only %d points were scored",
          actual.selfAssessmentGate(), actual.points());
    }
    return this;
  }

  /**
   * Checks that the unit may apply: the self-assessment passes the gate and meets the rulebook's
   * application requirement (RULES.md 3.4).
   *
   * @return this assertion
   */
  public EvaluationAssert mayApply() {
    isNotNull();
    if (!actual.mayApply()) {
      failWithMessage(
          "expected the unit to be allowed to apply, but the gate %s and the application requirement"
              + " %s (%d points)",
          actual.selfAssessmentPassed() ? "passes" : "fails",
          actual.meetsApplicationRequirements() ? "holds" : "does not hold",
          actual.points());
    }
    return this;
  }

  /**
   * Checks that the unit may not apply: the self-assessment fails the gate or misses the rulebook's
   * application requirement (RULES.md 3.4).
   *
   * @return this assertion
   */
  public EvaluationAssert mayNotApply() {
    isNotNull();
    if (actual.mayApply()) {
      failWithMessage(
          "expected the unit not to be allowed to apply, but it passes the gate and meets the"
              + " application requirement (%d points)",
          actual.points());
    }
    return this;
  }

  /**
   * Checks that the self-assessment gate was not passed.
   *
   * @return this assertion
   */
  public EvaluationAssert failedSelfAssessment() {
    isNotNull();
    if (actual.selfAssessmentPassed()) {
      failWithMessage(
          "expected the self-assessment gate of %d points to fail, but %d points were scored",
          actual.selfAssessmentGate(), actual.points());
    }
    return this;
  }

  /**
   * Checks that some basic criteria are among the unmet ones.
   *
   * @param ids criterion ids, for example {@code B17}
   * @return this assertion
   */
  public EvaluationAssert hasUnmetBasic(String... ids) {
    return hasUnmet(Level.BASIC, ids);
  }

  /**
   * Checks that some advanced criteria are among the unmet ones.
   *
   * @param ids criterion ids, for example {@code A03}
   * @return this assertion
   */
  public EvaluationAssert hasUnmetAdvanced(String... ids) {
    return hasUnmet(Level.ADVANCED, ids);
  }

  /**
   * Checks that some criteria of a level are among the unmet ones.
   *
   * @param level the level
   * @param ids criterion ids
   * @return this assertion
   */
  public EvaluationAssert hasUnmet(Level level, String... ids) {
    isNotNull();
    List<String> unmet =
        actual.unmet().getOrDefault(level, com.google.common.collect.ImmutableList.of());
    for (String id : ids) {
      if (!unmet.contains(id)) {
        failWithMessage(
            "expected %s to be unmet at level %s, but the unmet %s criteria are %s",
            id, level.name(), level.name(), unmet);
      }
    }
    return this;
  }

  /**
   * Checks that one of the reasons has a code.
   *
   * @param code the expected reason code
   * @return this assertion
   */
  public EvaluationAssert hasReason(ReasonCode code) {
    isNotNull();
    if (actual.reasons().stream().noneMatch(r -> r.code() == code)) {
      failWithMessage("expected a reason %s but the reasons were %s", code, reasons());
    }
    return this;
  }

  private String reasons() {
    return actual.reasons().stream().map(Reason::english).collect(Collectors.joining("; "));
  }
}
