package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.gecc.time.FiscalYear;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ApplyPolicyTest {

  static Stream<Arguments> twoPreviousRounds() {
    // RULES.md §4: not certified in 2565 or 2566 -> apply in 2567.
    return Stream.of(
        Arguments.of(2564, 2567, true),
        Arguments.of(2565, 2567, false),
        Arguments.of(2566, 2567, false),
        Arguments.of(2567, 2567, true));
  }

  @ParameterizedTest
  @MethodSource("twoPreviousRounds")
  void twoPreviousRoundsExemptsAUnitCertifiedInEitherRoundBefore(
      int certifiedRound, int round, boolean expected) {
    assertThat(
            ApplyPolicy.twoPreviousRounds()
                .mustApply(Set.of(FiscalYear.of(certifiedRound)), FiscalYear.of(round)))
        .isEqualTo(expected);
  }

  @Test
  void twoPreviousRoundsLeavesAUnitNeverCertifiedToApply() {
    assertThat(ApplyPolicy.twoPreviousRounds().mustApply(Set.of(), FiscalYear.of(2567))).isTrue();
  }

  @Test
  void twoPreviousRoundsLooksAtEveryRoundCertified() {
    assertThat(
            ApplyPolicy.twoPreviousRounds()
                .mustApply(
                    Set.of(FiscalYear.of(2560), FiscalYear.of(2565), FiscalYear.of(2567)),
                    FiscalYear.of(2567)))
        .isFalse();
  }

  @Test
  void exemptIfCertifiedInExemptsOnlyTheRoundsItNames() {
    ApplyPolicy policy = ApplyPolicy.exemptIfCertifiedIn(Set.of(FiscalYear.of(2565)));
    assertThat(policy.mustApply(Set.of(FiscalYear.of(2565)), FiscalYear.of(2567))).isFalse();
    assertThat(policy.mustApply(Set.of(FiscalYear.of(2566)), FiscalYear.of(2567))).isTrue();
    assertThat(policy.mustApply(Set.of(), FiscalYear.of(2567))).isTrue();
    assertThat(
            ApplyPolicy.exemptIfCertifiedIn(Set.of())
                .mustApply(Set.of(FiscalYear.of(2566)), FiscalYear.of(2567)))
        .isTrue();
  }
}
