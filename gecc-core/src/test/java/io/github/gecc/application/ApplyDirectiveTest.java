package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.FiscalYear;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplyDirectiveTest {

  private static final ApplyDirective DOPA = ApplyDirective.dopaDistrictOffices2567();

  private static Set<FiscalYear> certifiedIn(int... rounds) {
    Set<FiscalYear> certified = new HashSet<>();
    for (int round : rounds) {
      certified.add(FiscalYear.of(round));
    }
    return certified;
  }

  @Test
  void dopaDirectsDistrictOfficesNotCertifiedIn2565Or2566() {
    assertThat(DOPA.mustApply(OrganisationKind.DISTRICT_OFFICE, certifiedIn())).isTrue();
    assertThat(DOPA.mustApply(OrganisationKind.DISTRICT_OFFICE, certifiedIn(2564))).isTrue();
    assertThat(DOPA.mustApply(OrganisationKind.DISTRICT_OFFICE, certifiedIn(2565))).isFalse();
    assertThat(DOPA.mustApply(OrganisationKind.DISTRICT_OFFICE, certifiedIn(2566))).isFalse();
  }

  @Test
  void dopaDirectsNoOtherKind() {
    assertThat(DOPA.mustApply(OrganisationKind.CITY_MUNICIPALITY, certifiedIn())).isFalse();
    assertThat(DOPA.source()).contains("DOPA มท 0305.1/ว 1660, 18 Jan 2567");
  }

  @Test
  void aReplacedPolicyDecides() {
    ApplyDirective everyone =
        ApplyDirective.of(
            FiscalYear.of(2567),
            "DOPA",
            Set.of(OrganisationKind.DISTRICT_OFFICE),
            (certified, round) -> true,
            "local policy");
    assertThat(everyone.mustApply(OrganisationKind.DISTRICT_OFFICE, certifiedIn(2566))).isTrue();
  }

  @Test
  void aDirectiveNeedsAKind() {
    assertThatThrownBy(
            () ->
                ApplyDirective.of(
                    FiscalYear.of(2567), "DOPA", Set.of(), ApplyPolicy.twoPreviousRounds(), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one kind");
  }

  @Test
  void aUnitWithoutAKindIsReachedOnlyByADirectiveOfEveryKind() {
    assertThat(DOPA.mustApplyWithoutKind(certifiedIn())).isFalse();
    ApplyDirective allButOne =
        ApplyDirective.of(
            FiscalYear.of(2567),
            "X",
            EnumSet.complementOf(EnumSet.of(OrganisationKind.STATE_ENTERPRISE)),
            (certified, round) -> true,
            "s");
    assertThat(allButOne.mustApplyWithoutKind(certifiedIn())).isFalse();
    ApplyDirective everyKind = ApplyDirective.twoPreviousRounds(FiscalYear.of(2567));
    assertThat(everyKind.mustApplyWithoutKind(certifiedIn(2564))).isTrue();
    assertThat(everyKind.mustApplyWithoutKind(certifiedIn(2566))).isFalse();
    assertThat(everyKind.source()).contains("RULES.md §4 DECISION");
  }

  @Test
  void aNullRoundIsRefusedEvenWhereTheDirectiveDoesNotReach() {
    Set<FiscalYear> withNull = new HashSet<>();
    withNull.add(null);
    assertThatThrownBy(() -> DOPA.mustApply(OrganisationKind.CITY_MUNICIPALITY, withNull))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> DOPA.mustApplyWithoutKind(withNull))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void onlyRound2567HasABundledDirective() {
    assertThat(Rounds.bundled().directive(FiscalYear.of(2567))).contains(DOPA);
    for (int round : new int[] {2560, 2565, 2566, 2568}) {
      assertThat(Rounds.bundled().directive(FiscalYear.of(round))).isEmpty();
    }
    assertThat(DOPA.source()).startsWith("DOPA มท 0305.1/ว 1660, 18 Jan 2567");
  }

  @Test
  void dopasDirectiveNamesTheRoundsThatExemptAsData() {
    assertThat(DOPA.exemptIfCertifiedIn())
        .contains(ImmutableList.of(FiscalYear.of(2565), FiscalYear.of(2566)));
    assertThat(ApplyDirective.twoPreviousRounds(FiscalYear.of(2567)).exemptIfCertifiedIn())
        .isEmpty();
  }

  @Test
  void aRegisteredDirectiveExemptsTheRoundsItNames() {
    ApplyDirective byProvince =
        ApplyDirective.exempting(
            FiscalYear.of(2570),
            "SAKON_NAKHON",
            Set.of(OrganisationKind.DISTRICT_OFFICE, OrganisationKind.CITY_MUNICIPALITY),
            Set.of(FiscalYear.of(2569)),
            "a fictional round-2570 letter");
    assertThat(byProvince.mustApply(OrganisationKind.CITY_MUNICIPALITY, certifiedIn(2568)))
        .isTrue();
    assertThat(byProvince.mustApply(OrganisationKind.CITY_MUNICIPALITY, certifiedIn(2569)))
        .isFalse();
    ApplyDirective everyone =
        ApplyDirective.exempting(
            FiscalYear.of(2570), "X", Set.of(OrganisationKind.DISTRICT_OFFICE), Set.of(), "s");
    assertThat(everyone.mustApply(OrganisationKind.DISTRICT_OFFICE, certifiedIn(2569))).isTrue();
  }

  @Test
  void aDirectiveCanOnlyExemptByEarlierRounds() {
    assertThatThrownBy(
            () ->
                ApplyDirective.exempting(
                    FiscalYear.of(2570),
                    "X",
                    Set.of(OrganisationKind.DISTRICT_OFFICE),
                    Set.of(FiscalYear.of(2570)),
                    "s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "a directive of round 2570 exempts units certified in round 2570; it can only look at rounds before its own");
  }
}
