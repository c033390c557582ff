package io.github.gecc.application;

import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.Evaluation;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * What the application rules need to know of a self-assessment: the rulebook it was scored
 * against, its points, and the rulebook's gate.
 *
 * <p>RULES.md §3 (FACT): an organisation proceeds to apply only when its self-assessment scores
 * at least the gate (60 of 80 points in the BE 2560 rulebook), DLA นท 0812/694, round 2560. The scoring itself belongs
 * to the rulebook; this value carries its result.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfAssessmentResult {

  SelfAssessmentResult() {}

  /**
   * Returns the id of the rulebook scored against.
   *
   * @return for example {@code GECC-2560}
   */
  public abstract String rulebook();

  /**
   * Returns the points scored.
   *
   * @return 0..{@link #maxPoints()}
   */
  public abstract int points();

  /**
   * Returns the rulebook's self-assessment gate, the fewest points that let the organisation
   * apply.
   *
   * @return 0..{@link #maxPoints()}
   */
  public abstract int gate();

  /**
   * Returns the rulebook's maximum.
   *
   * @return at least 1
   */
  public abstract int maxPoints();

  @Value.Check
  void check() {
    if (rulebook().isBlank()) {
      throw new IllegalArgumentException("self-assessment rulebook id is blank");
    }
    if (maxPoints() < 1) {
      throw new IllegalArgumentException("self-assessment maxPoints " + maxPoints() + " must be at least 1");
    }
    if (points() < 0 || points() > maxPoints()) {
      throw new IllegalArgumentException(
          "self-assessment points " + points() + " are outside 0.." + maxPoints());
    }
    if (gate() < 0 || gate() > maxPoints()) {
      throw new IllegalArgumentException(
          "self-assessment gate " + gate() + " is outside 0.." + maxPoints());
    }
  }

  /**
   * Returns a result.
   *
   * @param rulebook the rulebook id, not blank
   * @param points the points, 0..maxPoints
   * @param gate the gate, 0..maxPoints
   * @param maxPoints the maximum, at least 1
   * @return the result
   * @throws IllegalArgumentException if a number is out of range or the id is blank
   * @throws NullPointerException if {@code rulebook} is null
   */
  public static SelfAssessmentResult of(String rulebook, int points, int gate, int maxPoints) {
    return ImmutableSelfAssessmentResult.builder()
        .rulebook(rulebook)
        .points(points)
        .gate(gate)
        .maxPoints(maxPoints)
        .build();
  }

  /**
   * Returns the result of a rulebook's evaluation of a self-assessment.
   *
   * @param evaluation the evaluation of an assessment of kind {@link
   *     AssessmentKind#SELF_ASSESSMENT}, not null
   * @return its rulebook id, points, gate and maximum
   * @throws IllegalArgumentException if the evaluation is of a committee assessment
   * @throws NullPointerException if {@code evaluation} is null
   */
  public static SelfAssessmentResult from(Evaluation evaluation) {
    Objects.requireNonNull(evaluation, "evaluation");
    if (evaluation.assessment().kind() != AssessmentKind.SELF_ASSESSMENT) {
      throw new IllegalArgumentException(
          "a self-assessment result needs an evaluation of kind SELF_ASSESSMENT, not "
              + evaluation.assessment().kind());
    }
    return of(
        evaluation.rulebookId(),
        evaluation.points(),
        evaluation.selfAssessmentGate(),
        evaluation.maxPoints());
  }

  /**
   * Tells whether the self-assessment reaches the gate.
   *
   * @return true if {@code points() >= gate()}
   */
  public boolean reachesGate() {
    return points() >= gate();
  }
}
