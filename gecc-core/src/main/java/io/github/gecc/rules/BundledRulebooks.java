package io.github.gecc.rules;

import io.github.gecc.time.FiscalYear;

/**
 * The rulebooks that ship with the library. Only one exists: the circulars define only the BE 2560
 * rulebook (RULES.md §3); later rulebooks are data a user loads and registers.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class BundledRulebooks {

  /** The id of the BE 2560 rulebook. */
  public static final String GECC_2560_ID = "GECC-2560";

  /** The citation of the BE 2560 rulebook's figures. */
  public static final String GECC_2560_SOURCE = "DLA นท 0812/694, round 2560";

  /**
   * The fewest advanced criteria before a unit may apply in BE 2560 (RULES.md §3, FACT, DLA นท
   * 0812/694, round 2560, FAQ), and, by the library's DECISION, for certification.
   */
  public static final int GECC_2560_MIN_ADVANCED = 10;

  /** The BE 2560 self-assessment gate in points (RULES.md §3, FACT). */
  public static final int GECC_2560_GATE = 60;

  /** The outcome name of BE 2560 certification. */
  public static final String CERTIFIED = "CERTIFIED";

  private static final Rulebook GECC_2560 = buildGecc2560();

  private BundledRulebooks() {}

  /**
   * Returns the BE 2560 rulebook, {@value #GECC_2560_ID}.
   *
   * <p>RULES.md §3 (FACT): basic criteria {@code B01}–{@code B40} at 1 point, advanced criteria
   * {@code A01}–{@code A20} at 2 points (80 points in all); a unit may apply when its
   * self-assessment scores at least 60 points (step 3) and meets all basic and at least 10 advanced
   * criteria (the FAQ), both DLA นท 0812/694, round 2560. First round 2560. RULES.md §3 (DECISION):
   * the outcome {@value #CERTIFIED} needs the same as the application requirement, because the
   * circulars do not publish the committee's own rule; the ids are the library's; the criteria
   * carry no group and no titles, because the circulars do not give them.
   *
   * @return the rulebook
   */
  public static Rulebook gecc2560() {
    return GECC_2560;
  }

  private static Rulebook buildGecc2560() {
    Rulebook.Builder builder = Rulebook.builder(GECC_2560_ID, FiscalYear.of(2560));
    for (int i = 1; i <= 40; i++) {
      builder.addCriterion(Criterion.of(String.format("B%02d", i), Level.BASIC, 1));
    }
    for (int i = 1; i <= 20; i++) {
      builder.addCriterion(Criterion.of(String.format("A%02d", i), Level.ADVANCED, 2));
    }
    return builder
        .addOutcome(
            Outcome.of(
                CERTIFIED,
                Requirement.allOf(Level.BASIC),
                Requirement.atLeast(GECC_2560_MIN_ADVANCED, Level.ADVANCED)))
        .selfAssessmentGate(GECC_2560_GATE)
        .addApplicationRequirement(Requirement.allOf(Level.BASIC))
        .addApplicationRequirement(Requirement.atLeast(GECC_2560_MIN_ADVANCED, Level.ADVANCED))
        .source(GECC_2560_SOURCE)
        .fromTheCirculars()
        .build();
  }
}
