package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.time.FiscalYear;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RulebookRegistryTest {

  private static final Rulebook LATER = FictionalRulebooks.threeLevels(); // first round 2566

  @Test
  void bundledHoldsGecc2560() {
    assertThat(RulebookRegistry.bundled().byId("GECC-2560")).contains(BundledRulebooks.gecc2560());
    assertThat(RulebookRegistry.bundled().byId("GECC-2999")).isEmpty();
    assertThat(RulebookRegistry.bundled().all()).containsExactly(BundledRulebooks.gecc2560());
  }

  static Stream<Arguments> rounds() {
    // round, expected rulebook id in bundled+LATER ("" = none)
    return Stream.of(
        Arguments.of(2559, ""),
        Arguments.of(2560, "GECC-2560"),
        Arguments.of(2565, "GECC-2560"),
        Arguments.of(2566, "FICTIONAL-3LEVEL"),
        Arguments.of(2580, "FICTIONAL-3LEVEL"));
  }

  @ParameterizedTest
  @MethodSource("rounds")
  void forRoundTakesTheNewestRulebookNotAfterTheRound(int round, String expected) {
    RulebookRegistry registry = RulebookRegistry.bundled().plus(LATER);
    assertThat(registry.forRound(FiscalYear.of(round)).map(Rulebook::id).orElse(""))
        .isEqualTo(expected);
  }

  @Test
  void forRoundBundledIsGecc2560FromItsFirstRoundOn() {
    assertThat(RulebookRegistry.bundled().forRound(FiscalYear.of(2567)))
        .contains(BundledRulebooks.gecc2560());
  }

  @Test
  void plusLeavesTheOriginalUnchanged() {
    RulebookRegistry bundled = RulebookRegistry.bundled();
    bundled.plus(LATER);
    assertThat(bundled.byId(LATER.id())).isEmpty();
  }

  @Test
  void plusAcceptsTheSameRulebookAgain() {
    assertThat(RulebookRegistry.bundled().plus(BundledRulebooks.gecc2560()))
        .isSameAs(RulebookRegistry.bundled());
  }

  @Test
  void plusRefusesARegisteredIdWithOtherContent() {
    Rulebook lowGate = copyOfGecc2560WithGate(40);
    assertThatThrownBy(() -> RulebookRegistry.bundled().plus(lowGate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rulebook id GECC-2560 is registered with other content")
        .hasMessageContaining("self-assessment gate 40 instead of 60");
  }

  @Test
  void admitGivesTheRegisteredRulebookForAnEqualOne() {
    assertThat(RulebookRegistry.bundled().admit(copyOfGecc2560WithGate(60)))
        .isSameAs(BundledRulebooks.gecc2560());
  }

  @Test
  void admitRefusesARegisteredIdWithOtherRequirements() {
    Rulebook.Builder b = Rulebook.builder("GECC-2560", FiscalYear.of(2560));
    BundledRulebooks.gecc2560().criteria().forEach(b::addCriterion);
    BundledRulebooks.gecc2560().outcomes().forEach(b::addOutcome);
    Rulebook noRequirement =
        b.selfAssessmentGate(60).source(BundledRulebooks.GECC_2560_SOURCE).build();
    assertThatThrownBy(() -> RulebookRegistry.bundled().admit(noRequirement))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "application requirements [] instead of [all BASIC, at least 10 ADVANCED]");
  }

  @Test
  void admitLetsAnUnregisteredRulebookThrough() {
    assertThat(RulebookRegistry.bundled().admit(LATER)).isSameAs(LATER);
  }

  static Stream<Arguments> redefinitions() {
    Rulebook gecc = BundledRulebooks.gecc2560();
    Rulebook.Builder morePoints = Rulebook.builder(gecc.id(), gecc.firstRound());
    gecc.criteria().forEach(morePoints::addCriterion);
    morePoints.addCriterion(Criterion.of("A21", Level.ADVANCED, 2));
    Rulebook.Builder otherOutcomes = Rulebook.builder(gecc.id(), gecc.firstRound());
    gecc.criteria().forEach(otherOutcomes::addCriterion);
    otherOutcomes.addOutcome(
        Outcome.of(
            "CERTIFIED", Requirement.allOf(Level.BASIC), Requirement.atLeast(11, Level.ADVANCED)));
    Rulebook.Builder otherCriteria = Rulebook.builder(gecc.id(), gecc.firstRound());
    gecc.criteria()
        .forEach(
            c ->
                otherCriteria.addCriterion(
                    c.id().equals("B01") ? c.withEnglishTitle("Another title") : c));
    Rulebook.Builder otherRound = Rulebook.builder(gecc.id(), FiscalYear.of(2561));
    gecc.criteria().forEach(otherRound::addCriterion);
    Rulebook.Builder otherSource = Rulebook.builder(gecc.id(), gecc.firstRound());
    gecc.criteria().forEach(otherSource::addCriterion);
    return Stream.of(
        Arguments.of(
            finish(morePoints, gecc, gecc.source().orElseThrow(), true),
            "maximum 82 points instead of 80"),
        Arguments.of(
            finish(otherOutcomes, gecc, gecc.source().orElseThrow(), false),
            "outcomes [CERTIFIED[all BASIC, at least 11 ADVANCED]] instead of [CERTIFIED[all BASIC, at least 10 ADVANCED]]"),
        Arguments.of(
            finish(otherCriteria, gecc, gecc.source().orElseThrow(), true), "(other criteria)"),
        Arguments.of(
            finish(otherRound, gecc, gecc.source().orElseThrow(), true),
            "first round 2561 instead of 2560"),
        Arguments.of(
            finish(otherSource, gecc, "another circular", true),
            "other source or not-reached outcome"));
  }

  private static Rulebook finish(
      Rulebook.Builder b, Rulebook gecc, String source, boolean sameOutcomes) {
    if (sameOutcomes) {
      gecc.outcomes().forEach(b::addOutcome);
    }
    gecc.applicationRequirements().forEach(b::addApplicationRequirement);
    return b.selfAssessmentGate(gecc.selfAssessmentGate()).source(source).build();
  }

  @ParameterizedTest
  @MethodSource("redefinitions")
  void admitNamesTheFirstDifferenceOfARedefinedRulebook(Rulebook redefined, String difference) {
    assertThatThrownBy(() -> RulebookRegistry.bundled().admit(redefined))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rulebook id GECC-2560 is registered with other content")
        .hasMessageContaining(difference);
  }

  private static Rulebook copyOfGecc2560WithGate(int gate) {
    Rulebook gecc = BundledRulebooks.gecc2560();
    Rulebook.Builder b = Rulebook.builder(gecc.id(), gecc.firstRound());
    gecc.criteria().forEach(b::addCriterion);
    gecc.outcomes().forEach(b::addOutcome);
    gecc.applicationRequirements().forEach(b::addApplicationRequirement);
    return b.selfAssessmentGate(gate).source(gecc.source().orElseThrow()).build();
  }

  @Test
  void plusRefusesADuplicateFirstRound() {
    Rulebook sameRound =
        Rulebook.builder("OTHER", FiscalYear.of(2560))
            .addCriterion(Criterion.of("X", Level.BASIC, 1))
            .addOutcome(Outcome.of("OK", Requirement.allOf(Level.BASIC)))
            .build();
    assertThatThrownBy(() -> RulebookRegistry.bundled().plus(sameRound))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has first round 2560, like rulebook GECC-2560");
  }

  @Test
  void emptyHasNoRulebook() {
    assertThat(RulebookRegistry.empty().forRound(FiscalYear.of(2567))).isEmpty();
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(
            RulebookRegistry.bundled(), RulebookRegistry.empty().plus(BundledRulebooks.gecc2560()))
        .addEqualityGroup(RulebookRegistry.bundled().plus(LATER))
        .addEqualityGroup(RulebookRegistry.empty())
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(FiscalYear.class, FiscalYear.of(2567))
        .testAllPublicInstanceMethods(RulebookRegistry.bundled());
  }
}
