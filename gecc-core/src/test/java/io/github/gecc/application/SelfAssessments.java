package io.github.gecc.application;

import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.CommitteeResult;
import io.github.gecc.rules.SelfAssessmentResult;
import java.util.ArrayList;
import java.util.List;

/**
 * GECC-2560 self-assessments for the tests: the first {@code basic} B and {@code advanced} A met.
 */
final class SelfAssessments {

  private SelfAssessments() {}

  static SelfAssessmentResult met(int basic, int advanced) {
    List<String> ids = new ArrayList<>();
    for (int i = 1; i <= basic; i++) {
      ids.add(String.format("B%02d", i));
    }
    for (int i = 1; i <= advanced; i++) {
      ids.add(String.format("A%02d", i));
    }
    return BundledRulebooks.gecc2560().selfAssessment(ids);
  }

  /** The GECC-2560 committee result with the first {@code basic} B and {@code advanced} A met. */
  static CommitteeResult committee(int basic, int advanced) {
    return BundledRulebooks.gecc2560().committeeResult(met(basic, advanced).assessment().metIds());
  }

  /** A self-assessment of the given points: basic criteria first, then advanced (even above 40). */
  static SelfAssessmentResult points(int points) {
    int basic = Math.min(points, 40);
    int advanced = (points - basic) / 2;
    if (basic + 2 * advanced != points) {
      basic--;
      advanced++;
    }
    return met(basic, advanced);
  }
}
