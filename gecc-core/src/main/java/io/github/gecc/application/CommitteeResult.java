package io.github.gecc.application;

import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Evaluation;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The outcome of the committee's on-site assessment (RULES.md §3 and §7, FACT, DLA นท 0812/694, round 2560): the
 * rulebook applied, the points and whether the centre passes.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommitteeResult {

  CommitteeResult() {}

  /**
   * Returns the id of the rulebook applied.
   *
   * @return for example {@code GECC-2560}
   */
  public abstract String rulebook();

  /**
   * Returns the points the committee found.
   *
   * @return at least 0
   */
  public abstract int points();

  /**
   * Tells whether the evaluation passes the rulebook's certification rule.
   *
   * @return true if the centre can be certified
   */
  public abstract boolean certified();

  /**
   * Returns the rulebook's outcome name.
   *
   * @return for example {@code CERTIFIED} or {@code NOT_CERTIFIED}
   */
  public abstract String outcome();

  @Value.Check
  void check() {
    if (rulebook().isBlank() || outcome().isBlank() || points() < 0) {
      throw new IllegalArgumentException(
          "committee result needs a rulebook, an outcome and points >= 0, got rulebook='"
              + rulebook()
              + "', outcome='"
              + outcome()
              + "', points="
              + points());
    }
  }

  /**
   * Returns a result.
   *
   * @param rulebook the rulebook id, not blank
   * @param points the points, at least 0
   * @param certified whether the evaluation passes
   * @param outcome the outcome name, not blank
   * @return the result
   * @throws IllegalArgumentException if a text is blank or the points are negative
   * @throws NullPointerException if a text is null
   */
  public static CommitteeResult of(String rulebook, int points, boolean certified, String outcome) {
    return ImmutableCommitteeResult.builder()
        .rulebook(rulebook)
        .points(points)
        .certified(certified)
        .outcome(outcome)
        .build();
  }

  /**
   * Returns the result of a rulebook's evaluation of the committee's assessment. Certification
   * comes only from a committee evaluation (RULES.md §3, §7: the committee assesses on site).
   *
   * @param evaluation the evaluation of an assessment of kind {@link AssessmentKind#COMMITTEE},
   *     not null
   * @return its rulebook id, points, certification and outcome
   * @throws IllegalArgumentException if the evaluation is of a self-assessment
   * @throws NullPointerException if {@code evaluation} is null
   */
  public static CommitteeResult from(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    if (evaluation.assessment().kind() != AssessmentKind.COMMITTEE) {
      throw new IllegalArgumentException(
          "certification needs the committee's evaluation (kind COMMITTEE), not "
              + evaluation.assessment().kind());
    }
    return of(evaluation.rulebookId(), evaluation.points(), evaluation.certified(), evaluation.outcome());
  }
}
