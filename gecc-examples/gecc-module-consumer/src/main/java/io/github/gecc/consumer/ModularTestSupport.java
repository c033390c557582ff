package io.github.gecc.consumer;

import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.testing.assertj.GeccAssertions;
import io.github.gecc.testing.jqwik.GeccArbitraries;
import java.util.List;

/**
 * What a modular test suite does with the test support: it draws self-assessments from the domain
 * arbitraries and checks an evaluation with the domain assertions.
 */
public final class ModularTestSupport {

  private ModularTestSupport() {}

  /**
   * Draws self-assessments that pass the gate of a rulebook.
   *
   * @param rulebook the rulebook
   * @param count how many to draw, at least 1
   * @return the assessments
   */
  public static List<Assessment> passingSelfAssessments(Rulebook rulebook, int count) {
    return GeccArbitraries.selfAssessmentsPassingGate(rulebook)
        .sampleStream()
        .limit(count)
        .toList();
  }

  /**
   * Checks the points an assessment reaches, with the domain assertions.
   *
   * @param rulebook the rulebook that evaluates it
   * @param assessment the assessment
   * @param points the points the evaluation must have
   * @throws AssertionError if it has other points
   */
  public static void assertPoints(Rulebook rulebook, Assessment assessment, int points) {
    GeccAssertions.assertThat(rulebook.evaluate(assessment)).hasPoints(points);
  }
}
