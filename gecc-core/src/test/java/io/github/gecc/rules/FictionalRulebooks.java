package io.github.gecc.rules;

import io.github.gecc.time.FiscalYear;

/**
 * FICTIONAL TEST DATA, not a real GECC rulebook: a three-level rulebook (basic, advanced,
 * excellent) with three outcomes, to prove that rulebooks beyond BE 2560 are data. Its figures are
 * invented for tests; RULES.md §10 says real thresholds of later rounds are not public here.
 */
final class FictionalRulebooks {

  static final Level EXCELLENT = Level.of("EXCELLENT");

  private FictionalRulebooks() {}

  /**
   * Basic {@code F-B01..F-B10} at 1 point, advanced {@code F-A1..F-A3} at 2 and {@code F-A4..F-A6}
   * at 3 points, excellent {@code F-E1..F-E4} at 3 points (37 points); outcomes EXCELLENT (all
   * basic, 4 advanced, 2 excellent, 30 points), ADVANCED (all basic, 3 advanced), BASIC (8 basic);
   * gate 15; first round 2566.
   */
  static Rulebook threeLevels() {
    Rulebook.Builder b = Rulebook.builder("FICTIONAL-3LEVEL", FiscalYear.of(2566));
    for (int i = 1; i <= 10; i++) {
      b.addCriterion(
          Criterion.of(String.format("F-B%02d", i), Level.BASIC, 1)
              .withGroup(CriterionGroup.PHYSICAL));
    }
    for (int i = 1; i <= 6; i++) {
      b.addCriterion(
          Criterion.of("F-A" + i, Level.ADVANCED, i <= 3 ? 2 : 3)
              .withGroup(CriterionGroup.QUALITY));
    }
    for (int i = 1; i <= 4; i++) {
      b.addCriterion(
          Criterion.of("F-E" + i, EXCELLENT, 3)
              .withGroup(CriterionGroup.RESULTS)
              .withEnglishTitle("Fictional excellent criterion " + i)
              .withThaiTitle("เกณฑ์สมมติระดับเป็นเลิศข้อ " + i));
    }
    return b.addOutcome(
            Outcome.of(
                "EXCELLENT",
                Requirement.allOf(Level.BASIC),
                Requirement.atLeast(4, Level.ADVANCED),
                Requirement.atLeast(2, EXCELLENT),
                Requirement.atLeastPoints(30)))
        .addOutcome(
            Outcome.of(
                "ADVANCED", Requirement.allOf(Level.BASIC), Requirement.atLeast(3, Level.ADVANCED)))
        .addOutcome(Outcome.of("BASIC", Requirement.atLeast(8, Level.BASIC)))
        .selfAssessmentGate(15)
        .build();
  }
}
