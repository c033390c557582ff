package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.time.FiscalYear;
import org.junit.jupiter.api.Test;

class RulebookTest {

  private static Rulebook.Builder small() {
    return Rulebook.builder("SMALL", FiscalYear.of(2570))
        .addCriterion(Criterion.of("B1", Level.BASIC, 1))
        .addCriterion(Criterion.of("B2", Level.BASIC, 1))
        .addCriterion(Criterion.of("A1", Level.ADVANCED, 2));
  }

  // --- accessors

  @Test
  void accessorsDescribeTheCatalogue() {
    Rulebook r =
        small()
            .addOutcome(Outcome.of("OK", Requirement.allOf(Level.BASIC)))
            .selfAssessmentGate(2)
            .build();
    assertThat(r.id()).isEqualTo("SMALL");
    assertThat(r.firstRound()).isEqualTo(FiscalYear.of(2570));
    assertThat(r.maxPoints()).isEqualTo(4);
    assertThat(r.levels()).containsExactly(Level.BASIC, Level.ADVANCED);
    assertThat(r.criteriaOf(Level.ADVANCED)).extracting(Criterion::id).containsExactly("A1");
    assertThat(r.criteriaOf(Level.of("EXCELLENT"))).isEmpty();
    assertThat(r.criterion("B2")).isPresent();
    assertThat(r.criterion("B3")).isEmpty();
    assertThat(r.selfAssessmentGate()).isEqualTo(2);
    assertThat(r.notReachedOutcome()).isEqualTo(Rulebook.NOT_CERTIFIED);
  }

  // --- build refusals, one per rule

  @Test
  void buildRefusesDuplicateIds() {
    Rulebook.Builder b =
        small()
            .addCriterion(Criterion.of("B1", Level.BASIC, 1))
            .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rulebook SMALL: criterion id B1 appears twice");
  }

  @Test
  void buildRefusesPointsAddingUpBeyondTheIntRange() {
    Rulebook.Builder b =
        Rulebook.builder("HUGE", FiscalYear.of(2570))
            .addCriterion(Criterion.of("a", Level.BASIC, Integer.MAX_VALUE))
            .addCriterion(Criterion.of("b", Level.BASIC, Integer.MAX_VALUE))
            .addCriterion(Criterion.of("c", Level.BASIC, 4))
            .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rulebook HUGE add up to 4294967298 points, more than 2147483647");
  }

  @Test
  void buildAcceptsPointsAddingUpToExactlyTheIntRange() {
    Rulebook r =
        Rulebook.builder("FULL", FiscalYear.of(2570))
            .addCriterion(Criterion.of("a", Level.BASIC, Integer.MAX_VALUE - 1))
            .addCriterion(Criterion.of("b", Level.BASIC, 1))
            .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)))
            .build();
    assertThat(r.maxPoints()).isEqualTo(Integer.MAX_VALUE);
  }

  @Test
  void buildRefusesAnEmptyCatalogue() {
    Rulebook.Builder b =
        Rulebook.builder("E", FiscalYear.of(2570))
            .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the catalogue has no criterion");
  }

  @Test
  void buildRefusesNoOutcome() {
    assertThatThrownBy(small()::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no outcome");
  }

  @Test
  void buildRefusesARepeatedOutcomeName() {
    Rulebook.Builder b =
        small()
            .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(4)))
            .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcome OK appears twice");
  }

  @Test
  void buildRefusesAnOutcomeNamedLikeTheNotReachedOutcome() {
    Rulebook.Builder b =
        small().addOutcome(Outcome.of("NOT_CERTIFIED", Requirement.atLeastPoints(1)));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcome NOT_CERTIFIED is also the not-reached outcome");
  }

  @Test
  void buildRefusesARequirementOnAMissingLevel() {
    Rulebook.Builder b =
        small().addOutcome(Outcome.of("GOLD", Requirement.allOf(Level.of("EXCELLENT"))));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no criterion of the catalogue has level EXCELLENT");
  }

  @Test
  void buildRefusesTooManyOfALevel() {
    Rulebook.Builder b =
        small().addOutcome(Outcome.of("OK", Requirement.atLeast(2, Level.ADVANCED)));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "outcome OK cannot be reached: it requires 'at least 2 ADVANCED' but the catalogue has only 1");
  }

  @Test
  void buildRefusesTooManyPoints() {
    Rulebook.Builder b = small().addOutcome(Outcome.of("OK", Requirement.atLeastPoints(5)));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is worth only 4 points");
  }

  @Test
  void buildRefusesAnOutcomeHiddenByAHigherOne() {
    // whenever 3 points are scored, 2 points are too: LOW is never the highest outcome reached
    Rulebook.Builder b =
        small()
            .addOutcome(Outcome.of("HIGH", Requirement.atLeastPoints(2)))
            .addOutcome(Outcome.of("LOW", Requirement.atLeastPoints(3)));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "outcome LOW cannot be reached: whenever its requirements hold, a higher outcome (HIGH)");
  }

  /** Three classes of interchangeable criteria, of the given sizes; HIGH hides LOW. */
  private static Rulebook.Builder hiddenOutcomeWithClassesOf(
      int basicOnePoint, int basicTwoPoints, int advanced) {
    Rulebook.Builder b = Rulebook.builder("WIDE", FiscalYear.of(2570));
    for (int i = 0; i < basicOnePoint; i++) {
      b.addCriterion(Criterion.of("B1-" + i, Level.BASIC, 1));
    }
    for (int i = 0; i < basicTwoPoints; i++) {
      b.addCriterion(Criterion.of("B2-" + i, Level.BASIC, 2));
    }
    for (int i = 0; i < advanced; i++) {
      b.addCriterion(Criterion.of("A-" + i, Level.ADVANCED, 1));
    }
    return b.addOutcome(Outcome.of("HIGH", Requirement.atLeastPoints(2)))
        .addOutcome(Outcome.of("LOW", Requirement.atLeastPoints(3)));
  }

  @Test
  void buildChecksHiddenOutcomesUpToTheProfileLimit() {
    // 125 * 125 * 128 = 2,000,000 profiles: still checked
    assertThat(125L * 125 * 128).isEqualTo(Rulebook.MAX_PROFILES);
    assertThatThrownBy(hiddenOutcomeWithClassesOf(124, 124, 127)::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcome LOW cannot be reached");
  }

  @Test
  void buildSkipsTheHiddenOutcomeCheckBeyondTheProfileLimit() {
    // 125 * 125 * 129 profiles: only outcomes that cannot hold at all are refused
    assertThat(hiddenOutcomeWithClassesOf(124, 124, 128).build().outcomes()).hasSize(2);
  }

  @Test
  void buildAcceptsAnOutcomeAskingForEveryPoint() {
    assertThat(
            small().addOutcome(Outcome.of("ALL", Requirement.atLeastPoints(4))).build().maxPoints())
        .isEqualTo(4);
  }

  @Test
  void buildAcceptsALowerOutcomeReachableOnlyWithCheapCriteria() {
    // LOW (2 BASIC) can hold with 2 points, under HIGH's 3 points
    Rulebook r =
        small()
            .addOutcome(Outcome.of("HIGH", Requirement.atLeastPoints(3)))
            .addOutcome(Outcome.of("LOW", Requirement.atLeast(2, Level.BASIC)))
            .build();
    assertThat(r.outcomes()).hasSize(2);
  }

  @Test
  void buildRefusesAGateAboveTheMaximum() {
    Rulebook.Builder b =
        small().addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1))).selfAssessmentGate(5);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("self-assessment gate 5 is outside 0..4");
  }

  @Test
  void buildRefusesANegativeGate() {
    Rulebook.Builder b =
        small().addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1))).selfAssessmentGate(-1);
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("self-assessment gate -1");
  }

  @Test
  void buildAcceptsAGateOfZeroOrOfEveryPoint() {
    assertThat(
            small()
                .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)))
                .selfAssessmentGate(4)
                .build()
                .selfAssessmentGate())
        .isEqualTo(4);
    assertThat(
            small()
                .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)))
                .selfAssessmentGate(0)
                .build()
                .selfAssessmentGate())
        .isZero();
  }

  @Test
  void buildAcceptsApplicationRequirementsAskingForEveryCriterionOrPoint() {
    Rulebook rulebook =
        small()
            .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)))
            .addApplicationRequirement(Requirement.atLeast(2, Level.BASIC))
            .addApplicationRequirement(Requirement.atLeastPoints(4))
            .build();
    assertThat(rulebook.applicationRequirements())
        .containsExactly(Requirement.atLeast(2, Level.BASIC), Requirement.atLeastPoints(4));
  }

  @Test
  void buildRefusesAnApplicationRequirementAskingForMoreThanTheLevelHas() {
    Rulebook.Builder b =
        small()
            .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)))
            .addApplicationRequirement(Requirement.atLeast(3, Level.BASIC));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "application requirement 'at least 3 BASIC' asks for more than the 2 criteria of its level");
  }

  @Test
  void buildRefusesAnApplicationRequirementAskingForMorePointsThanTheRulebookHas() {
    Rulebook.Builder b =
        small()
            .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)))
            .addApplicationRequirement(Requirement.atLeastPoints(5));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("asks for more than the 4 points of the rulebook");
  }

  @Test
  void buildRefusesAnApplicationRequirementOnALevelNoCriterionHas() {
    Rulebook.Builder b =
        small()
            .addOutcome(Outcome.of("OK", Requirement.atLeastPoints(1)))
            .addApplicationRequirement(Requirement.allOf(Level.of("EXCELLENT")));
    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "application requirement 'all EXCELLENT' names level EXCELLENT, which no criterion has");
  }

  @Test
  void reasonsOfARulebookWithoutSourceCiteItsIdAndTheLibrarysDecision() {
    Rulebook rulebook =
        small()
            .addOutcome(Outcome.of("OK", Requirement.allOf(Level.BASIC)))
            .addApplicationRequirement(Requirement.atLeastPoints(1))
            .build();
    Evaluation e =
        rulebook.evaluate(
            Assessment.ofMet(rulebook, AssessmentKind.COMMITTEE, java.util.List.of("B1", "B2")));
    assertThat(e.reasons())
        .extracting(Reason::source)
        .containsExactly(
            "rulebook SMALL (data given by its user); RULES.md §3 DECISION",
            "rulebook SMALL (data given by its user); RULES.md §3 DECISION",
            "rulebook SMALL (data given by its user); RULES.md §3 DECISION");
  }

  @Test
  void aUsersRulebookIsNeverCitedAsAFactOfTheRulesEvenWithASource() {
    Rulebook rulebook =
        small()
            .addOutcome(Outcome.of("OK", Requirement.allOf(Level.BASIC)))
            .addApplicationRequirement(Requirement.atLeastPoints(1))
            .source("Circular X")
            .build();
    Evaluation e =
        rulebook.evaluate(
            Assessment.ofMet(rulebook, AssessmentKind.COMMITTEE, java.util.List.of("B1", "B2")));
    assertThat(e.reasons())
        .extracting(Reason::source)
        .containsExactly(
            "Circular X; RULES.md §3 DECISION",
            "Circular X; RULES.md §3 DECISION",
            "Circular X; RULES.md §3 DECISION");
  }

  @Test
  void builderRefusesAMalformedId() {
    assertThatThrownBy(() -> Rulebook.builder("GECC 2560", FiscalYear.of(2560)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rulebook id 'GECC 2560'");
  }

  @Test
  void notReachedOutcomeRefusesAMalformedName() {
    assertThatThrownBy(() -> small().notReachedOutcome("failed"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not-reached outcome name 'failed'");
  }

  // --- evaluate

  @Test
  void evaluateRefusesAnAssessmentOfAnotherRulebook() {
    Rulebook other = FictionalRulebooks.threeLevels();
    Assessment a = Assessment.ofMet(other, AssessmentKind.COMMITTEE, java.util.List.of());
    assertThatThrownBy(() -> BundledRulebooks.gecc2560().evaluate(a))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "the assessment answers rulebook FICTIONAL-3LEVEL, not rulebook GECC-2560");
  }

  // --- values

  @Test
  void equalsAndHashCode() {
    Outcome ok = Outcome.of("OK", Requirement.atLeastPoints(1));
    new EqualsTester()
        .addEqualityGroup(small().addOutcome(ok).build(), small().addOutcome(ok).build())
        .addEqualityGroup(small().addOutcome(ok).selfAssessmentGate(1).build())
        .addEqualityGroup(small().addOutcome(ok).notReachedOutcome("FAILED").build())
        .addEqualityGroup(
            small().addOutcome(Outcome.of("OK", Requirement.atLeastPoints(2))).build())
        .addEqualityGroup(BundledRulebooks.gecc2560())
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(FiscalYear.class, FiscalYear.of(2570))
        .setDefault(String.class, "X")
        .testAllPublicStaticMethods(Rulebook.class);
    new NullPointerTester().testAllPublicInstanceMethods(BundledRulebooks.gecc2560());
    new NullPointerTester().testAllPublicInstanceMethods(small());
  }
}
