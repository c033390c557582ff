package io.github.gecc.rules;

/**
 * The stable codes of the reasons an {@link Evaluation} gives. Codes are part of the API: they
 * never change meaning, and new ones may be added.
 *
 * <p>The stable codes of the explanations of RULES.md §3: certification requirements and the
 * separate self-assessment gate.
 */
public enum ReasonCode {
  /** An outcome is reached: all of its requirements hold. Names the outcome. */
  OUTCOME_REACHED,
  /**
   * A higher outcome needs every criterion of a level, and some are not met. Names the outcome, the
   * level and the criteria not met; required, actual and shortfall count criteria.
   */
  LEVEL_NOT_ALL_MET,
  /**
   * A higher outcome needs at least N criteria of a level, and fewer are met. Names the outcome and
   * the level; required, actual and shortfall count criteria.
   */
  LEVEL_COUNT_TOO_LOW,
  /**
   * A higher outcome needs at least P points, and fewer are scored. Names the outcome; required,
   * actual and shortfall count points.
   */
  POINTS_TOO_LOW,
  /** The points reach the self-assessment gate (RULES.md §3): required and actual points. */
  SELF_ASSESSMENT_GATE_PASSED,
  /**
   * The points are under the self-assessment gate (RULES.md §3): required, actual and shortfall
   * points.
   */
  SELF_ASSESSMENT_BELOW_GATE,
  /**
   * Every application requirement of the rulebook holds (RULES.md §3): with the gate, the unit may
   * apply. Names the requirements.
   */
  APPLICATION_REQUIREMENT_MET,
  /**
   * An application requirement of the rulebook fails (RULES.md §3, FACT in BE 2560: all basic and
   * at least 10 advanced criteria): the unit may not apply. Names the level and, for an "all of"
   * requirement, the criteria not met; required, actual and shortfall count criteria or points.
   */
  APPLICATION_REQUIREMENT_NOT_MET,
  /** Some criteria were not answered and count as not met. Names the criteria. */
  CRITERIA_UNANSWERED
}
