package io.github.gecc.rules;

import io.github.gecc.RefusalException;
import org.immutables.value.Value;

/**
 * A unit's self-assessment as an application carries it: the criteria it answered, against a
 * rulebook. The figures (points, gate, maximum, whether the unit may apply) are always computed by
 * the rulebook, never given by the caller (RULES.md §3, DECISION "trust").
 *
 * <p>RULES.md §3 (FACT, DLA นท 0812/694, round 2560): a unit may apply when its self-assessment
 * scores at least the gate (60 of 80 points, step 3) and meets the rulebook's application
 * requirement (all 40 basic and at least 10 advanced criteria, the FAQ).
 *
 * <p>Two results are equal when their assessments are (the rulebook and every answer). This type is
 * immutable and thread-safe.
 */
@Value.Immutable
public abstract class SelfAssessmentResult {

  SelfAssessmentResult() {}

  /**
   * Returns the assessment: the rulebook and the criteria answered.
   *
   * @return an assessment of kind {@link AssessmentKind#SELF_ASSESSMENT}
   */
  public abstract Assessment assessment();

  /**
   * Returns the rulebook's evaluation of the assessment.
   *
   * @return the evaluation
   */
  @Value.Lazy
  public Evaluation evaluation() {
    return assessment().rulebook().evaluate(assessment());
  }

  @Value.Check
  void check() {
    if (assessment().kind() != AssessmentKind.SELF_ASSESSMENT) {
      throw RefusalException.of(
              "3.7",
              assessment().kind(),
              "a self-assessment result needs an assessment of kind SELF_ASSESSMENT, not "
                  + assessment().kind(),
              "ผลการประเมินตนเองต้องเป็นการประเมินประเภท SELF_ASSESSMENT ไม่ใช่ "
                  + assessment().kind())
          .at("kind")
          .at("assessment");
    }
  }

  /**
   * Returns the result of a self-assessment; {@link Rulebook#selfAssessment} makes one from the
   * criteria met.
   *
   * @param assessment an assessment of kind {@link AssessmentKind#SELF_ASSESSMENT}, not null
   * @return the result
   * @throws RefusalException (3.7) at {@code assessment.kind} if the assessment is of another kind
   * @throws NullPointerException if {@code assessment} is null
   */
  public static SelfAssessmentResult of(Assessment assessment) {
    return ImmutableSelfAssessmentResult.builder().assessment(assessment).build();
  }

  /**
   * Returns the id of the rulebook scored against.
   *
   * @return for example {@code GECC-2560}
   */
  public String rulebook() {
    return assessment().rulebook().id();
  }

  /**
   * Returns the points scored, as the rulebook counts them.
   *
   * @return 0..{@link #maxPoints()}
   */
  public int points() {
    return evaluation().points();
  }

  /**
   * Returns the rulebook's self-assessment gate.
   *
   * @return for example 60
   */
  public int gate() {
    return evaluation().selfAssessmentGate();
  }

  /**
   * Returns the rulebook's maximum.
   *
   * @return for example 80
   */
  public int maxPoints() {
    return evaluation().maxPoints();
  }

  /**
   * Tells whether the self-assessment reaches the gate.
   *
   * @return true if {@code points() >= gate()}
   */
  public boolean reachesGate() {
    return evaluation().selfAssessmentPassed();
  }

  /**
   * Tells whether the self-assessment meets the rulebook's application requirements.
   *
   * @return see {@link Evaluation#meetsApplicationRequirements()}
   */
  public boolean meetsApplicationRequirements() {
    return evaluation().meetsApplicationRequirements();
  }

  /**
   * Tells whether the unit may apply: the gate and the application requirements both hold.
   *
   * @return see {@link Evaluation#mayApply()}
   */
  public boolean mayApply() {
    return evaluation().mayApply();
  }
}
