package io.github.gecc.rules;

import io.github.gecc.RefusalException;
import org.immutables.value.Value;

/**
 * The outcome of the committee's on-site assessment (RULES.md 3.10, FACT, DLA นท 0812/694, round
 * 2560): the committee's assessment and what its rulebook makes of it.
 *
 * <p>RULES.md 3.22 (DECISION, trust): the points, the outcome and whether the centre is certified
 * are always computed by the rulebook from the criteria the committee found met, never taken from a
 * caller. A result is made by {@link Rulebook#committeeResult} (from the criteria met) or by {@link
 * #of(Assessment)} (from the committee's answers).
 *
 * <p>Two results are equal when their assessments are (the rulebook and every answer). This type is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class CommitteeResult {

  CommitteeResult() {}

  /**
   * Returns the committee's assessment: the rulebook and the criteria answered.
   *
   * @return an assessment of kind {@link AssessmentKind#COMMITTEE}
   */
  public abstract Assessment assessment();

  /**
   * Returns the rulebook's evaluation of the committee's assessment.
   *
   * @return the evaluation
   */
  @Value.Lazy
  public Evaluation evaluation() {
    return assessment().rulebook().evaluate(assessment());
  }

  @Value.Check
  void check() {
    if (assessment().kind() != AssessmentKind.COMMITTEE) {
      throw RefusalException.of(
              "3.22",
              assessment().kind(),
              "a committee result needs the committee's assessment (kind COMMITTEE), not "
                  + assessment().kind(),
              "ผลการตรวจประเมินของคณะกรรมการต้องมาจากการประเมินของคณะกรรมการ (COMMITTEE) ไม่ใช่ "
                  + assessment().kind())
          .at("kind")
          .at("assessment");
    }
  }

  /**
   * Returns the result of the committee's assessment.
   *
   * @param assessment an assessment of kind {@link AssessmentKind#COMMITTEE}, not null
   * @return the result, its figures computed by the assessment's rulebook
   * @throws RefusalException (RULES.md 3.22) at {@code assessment.kind} if the assessment is of
   *     another kind
   * @throws NullPointerException if {@code assessment} is null
   */
  public static CommitteeResult of(Assessment assessment) {
    return ImmutableCommitteeResult.builder().assessment(assessment).build();
  }

  /**
   * Returns the id of the rulebook applied.
   *
   * @return for example {@code GECC-2560}
   */
  public String rulebook() {
    return assessment().rulebook().id();
  }

  /**
   * Returns the points the committee found, as the rulebook counts them.
   *
   * @return at least 0
   */
  public int points() {
    return evaluation().points();
  }

  /**
   * Tells whether the evaluation reaches one of the rulebook's outcomes (every listed outcome is a
   * certification, RULES.md 3.13).
   *
   * @return true if the centre can be certified
   */
  public boolean certified() {
    return evaluation().certified();
  }

  /**
   * Returns the rulebook's outcome name.
   *
   * @return for example {@code CERTIFIED} or {@code NOT_CERTIFIED}
   */
  public String outcome() {
    return evaluation().outcome();
  }
}
