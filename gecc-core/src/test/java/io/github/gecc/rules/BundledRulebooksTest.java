package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gecc.time.FiscalYear;
import org.junit.jupiter.api.Test;

/** The BE 2560 figures of RULES.md §3, as DLA นท 0812/694, round 2560 prints them. */
class BundledRulebooksTest {

  private final Rulebook gecc = BundledRulebooks.gecc2560();

  @Test
  void gecc2560HasFortyBasicCriteriaAtOnePoint() {
    assertThat(gecc.criteriaOf(Level.BASIC)).hasSize(40).allMatch(c -> c.points() == 1);
    assertThat(gecc.criteriaOf(Level.BASIC).get(0).id()).isEqualTo("B01");
    assertThat(gecc.criteriaOf(Level.BASIC).get(39).id()).isEqualTo("B40");
  }

  @Test
  void gecc2560HasTwentyAdvancedCriteriaAtTwoPoints() {
    assertThat(gecc.criteriaOf(Level.ADVANCED)).hasSize(20).allMatch(c -> c.points() == 2);
    assertThat(gecc.criteriaOf(Level.ADVANCED).get(0).id()).isEqualTo("A01");
    assertThat(gecc.criteriaOf(Level.ADVANCED).get(19).id()).isEqualTo("A20");
  }

  @Test
  void gecc2560IsWorthEightyPointsWithAGateOfSixty() {
    assertThat(gecc.maxPoints()).isEqualTo(80);
    assertThat(gecc.selfAssessmentGate()).isEqualTo(60);
    assertThat(gecc.firstRound()).isEqualTo(FiscalYear.of(2560));
    assertThat(gecc.id()).isEqualTo("GECC-2560");
  }

  @Test
  void gecc2560CertifiesWithAllBasicAndTenAdvanced() {
    assertThat(gecc.outcomes()).hasSize(1);
    assertThat(gecc.outcomes().get(0).name()).isEqualTo("CERTIFIED");
    assertThat(gecc.outcomes().get(0).requirements())
        .containsExactly(Requirement.allOf(Level.BASIC), Requirement.atLeast(10, Level.ADVANCED));
    assertThat(gecc.notReachedOutcome()).isEqualTo("NOT_CERTIFIED");
  }

  @Test
  void gecc2560InventsNoTitleAndNoGroup() {
    assertThat(gecc.criteria())
        .allMatch(
            c -> c.thaiTitle().isEmpty() && c.englishTitle().isEmpty() && c.group().isEmpty());
  }
}
