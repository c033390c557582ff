package io.github.gecc.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.time.FiscalYear;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class RulebookRegistryTest {

  private static final Rulebook LATER = FictionalRulebooks.threeLevels(); // first round 2566

  @Test
  void bundled_holdsGecc2560() {
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
  void forRound_takesTheNewestRulebookNotAfterTheRound(int round, String expected) {
    RulebookRegistry registry = RulebookRegistry.bundled().plus(LATER);
    assertThat(registry.forRound(FiscalYear.of(round)).map(Rulebook::id).orElse("")).isEqualTo(expected);
  }

  @Test
  void forRound_bundledIsGecc2560FromItsFirstRoundOn() {
    assertThat(RulebookRegistry.bundled().forRound(FiscalYear.of(2567))).contains(BundledRulebooks.gecc2560());
  }

  @Test
  void plus_leavesTheOriginalUnchanged() {
    RulebookRegistry bundled = RulebookRegistry.bundled();
    bundled.plus(LATER);
    assertThat(bundled.byId(LATER.id())).isEmpty();
  }

  @Test
  void plus_acceptsTheSameRulebookAgain() {
    assertThat(RulebookRegistry.bundled().plus(BundledRulebooks.gecc2560()))
        .isSameAs(RulebookRegistry.bundled());
  }

  @Test
  void plus_refusesARegisteredIdWithOtherContent() {
    Rulebook lowGate = copyOfGecc2560WithGate(40);
    assertThatThrownBy(() -> RulebookRegistry.bundled().plus(lowGate))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("rulebook id GECC-2560 is registered with other content")
        .hasMessageContaining("self-assessment gate 40 instead of 60");
  }

  @Test
  void admit_givesTheRegisteredRulebookForAnEqualOne() {
    assertThat(RulebookRegistry.bundled().admit(copyOfGecc2560WithGate(60)))
        .isSameAs(BundledRulebooks.gecc2560());
  }

  @Test
  void admit_refusesARegisteredIdWithOtherRequirements() {
    Rulebook.Builder b = Rulebook.builder("GECC-2560", FiscalYear.of(2560));
    BundledRulebooks.gecc2560().criteria().forEach(b::addCriterion);
    BundledRulebooks.gecc2560().outcomes().forEach(b::addOutcome);
    Rulebook noRequirement = b.selfAssessmentGate(60).source(BundledRulebooks.GECC_2560_SOURCE).build();
    assertThatThrownBy(() -> RulebookRegistry.bundled().admit(noRequirement))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("application requirements [] instead of [all BASIC, at least 10 ADVANCED]");
  }

  @Test
  void admit_letsAnUnregisteredRulebookThrough() {
    assertThat(RulebookRegistry.bundled().admit(LATER)).isSameAs(LATER);
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
  void plus_refusesADuplicateFirstRound() {
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
  void empty_hasNoRulebook() {
    assertThat(RulebookRegistry.empty().forRound(FiscalYear.of(2567))).isEmpty();
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(RulebookRegistry.bundled(), RulebookRegistry.empty().plus(BundledRulebooks.gecc2560()))
        .addEqualityGroup(RulebookRegistry.bundled().plus(LATER))
        .addEqualityGroup(RulebookRegistry.empty())
        .testEquals();
  }

  @Test
  void nulls_areRefused() {
    new NullPointerTester().setDefault(FiscalYear.class, FiscalYear.of(2567)).testAllPublicInstanceMethods(RulebookRegistry.bundled());
  }
}
