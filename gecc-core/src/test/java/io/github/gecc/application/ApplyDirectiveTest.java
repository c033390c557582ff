package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplyDirectiveTest {

  private static final ApplyDirective DOPA = ApplyDirective.dopaDistrictOffices2567();

  private static CertificationHistory certifiedIn(int round, LocalDate on) {
    return CertificationHistory.of(
        "office", List.of(Certification.of("office", FiscalYear.of(round), on)));
  }

  @Test
  void dopaDirectsDistrictOfficesNotCertifiedIn2565Or2566() {
    assertThat(
            DOPA.mustApply(
                OrganisationKind.DISTRICT_OFFICE, CertificationHistory.of("office", List.of())))
        .isTrue();
    assertThat(
            DOPA.mustApply(
                OrganisationKind.DISTRICT_OFFICE, certifiedIn(2564, LocalDate.of(2021, 9, 30))))
        .isTrue();
    assertThat(
            DOPA.mustApply(
                OrganisationKind.DISTRICT_OFFICE, certifiedIn(2565, LocalDate.of(2022, 9, 28))))
        .isFalse();
    assertThat(
            DOPA.mustApply(
                OrganisationKind.DISTRICT_OFFICE, certifiedIn(2566, LocalDate.of(2023, 8, 30))))
        .isFalse();
  }

  @Test
  void dopaDirectsNoOtherKind() {
    assertThat(
            DOPA.mustApply(
                OrganisationKind.CITY_MUNICIPALITY, CertificationHistory.of("city", List.of())))
        .isFalse();
    assertThat(DOPA.source()).contains("DOPA มท 0305.1/ว 1660, 18 Jan 2567");
  }

  @Test
  void aReplacedPolicyDecides() {
    ApplyDirective everyone =
        ApplyDirective.of(
            FiscalYear.of(2567),
            "DOPA",
            Set.of(OrganisationKind.DISTRICT_OFFICE),
            (h, r) -> true,
            "local policy");
    assertThat(
            everyone.mustApply(
                OrganisationKind.DISTRICT_OFFICE, certifiedIn(2566, LocalDate.of(2023, 8, 30))))
        .isTrue();
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

  private static Centre centre(String id, OrganisationKind kind, int... rounds) {
    List<Certification> certifications = new java.util.ArrayList<>();
    for (int round : rounds) {
      certifications.add(
          Certification.of(id, FiscalYear.of(round), LocalDate.of(round - 543, 9, 1)));
    }
    Centre centre = Centre.of(id, certifications, List.of());
    return kind == null ? centre : centre.withKind(kind);
  }

  private static final Portfolio MIXED =
      Portfolio.of(
          List.of(
              centre("amphoe-2564", OrganisationKind.DISTRICT_OFFICE, 2564),
              centre("amphoe-2566", OrganisationKind.DISTRICT_OFFICE, 2566),
              centre("amphoe-never", OrganisationKind.DISTRICT_OFFICE),
              centre("city-never", OrganisationKind.CITY_MUNICIPALITY),
              centre("no-kind-never", null)),
          LifecyclePolicy.defaults());

  @Test
  void dopaReachesOnlyItsDistrictOfficesNotCertifiedIn2565Or2566() {
    assertThat(DOPA.mustApply(MIXED)).containsExactly("amphoe-2564", "amphoe-never");
  }

  @Test
  void aCentreWithoutAKindIsReachedByNoKindSpecificDirective() {
    assertThat(DOPA.mustApply(centre("no-kind", null))).isFalse();
    assertThat(DOPA.mustApply(centre("office", OrganisationKind.DISTRICT_OFFICE))).isTrue();
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
  void theNamedTwoPreviousRoundsPolicyReachesEveryKindAndCentresWithoutOne() {
    ApplyDirective policy = ApplyDirective.twoPreviousRounds(FiscalYear.of(2567));
    assertThat(policy.mustApply(MIXED))
        .containsExactly("amphoe-2564", "amphoe-never", "city-never", "no-kind-never");
    assertThat(policy.source()).contains("RULES.md §4 DECISION");
  }

  @Test
  void aDirectiveOfSomeKindsDoesNotReachACentreWithoutAKindEvenIfItWouldOwe() {
    ApplyDirective allButOne =
        ApplyDirective.of(
            FiscalYear.of(2567),
            "X",
            java.util.EnumSet.complementOf(java.util.EnumSet.of(OrganisationKind.STATE_ENTERPRISE)),
            (h, r) -> true,
            "s");
    assertThat(allButOne.mustApply(centre("no-kind", null))).isFalse();
    assertThat(allButOne.mustApply(centre("city", OrganisationKind.CITY_MUNICIPALITY))).isTrue();
  }

  @Test
  void aCentreKeepsItsKindAndProvince() {
    Centre centre = centre("amphoe", OrganisationKind.DISTRICT_OFFICE).withProvince("สกลนคร");
    assertThat(centre.kind()).contains(OrganisationKind.DISTRICT_OFFICE);
    assertThat(centre.province()).contains("สกลนคร");
    assertThat(centre.withKind(OrganisationKind.PROVINCIAL_OFFICE).province()).contains("สกลนคร");
    assertThat(centre)
        .hasToString("Centre " + centre.history() + ", DISTRICT_OFFICE, สกลนคร, 0 reports");
    assertThatThrownBy(() -> centre.withProvince(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank province");
  }

  @Test
  void dopasDirectiveNamesTheRoundsThatExemptAsData() {
    assertThat(DOPA.exemptIfCertifiedIn())
        .contains(
            com.google.common.collect.ImmutableList.of(FiscalYear.of(2565), FiscalYear.of(2566)));
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
    assertThat(
            byProvince.mustApply(
                OrganisationKind.CITY_MUNICIPALITY, certifiedIn(2568, LocalDate.of(2025, 8, 29))))
        .isTrue();
    assertThat(
            byProvince.mustApply(
                OrganisationKind.CITY_MUNICIPALITY, certifiedIn(2569, LocalDate.of(2026, 8, 28))))
        .isFalse();
    ApplyDirective everyone =
        ApplyDirective.exempting(
            FiscalYear.of(2570), "X", Set.of(OrganisationKind.DISTRICT_OFFICE), Set.of(), "s");
    assertThat(
            everyone.mustApply(
                OrganisationKind.DISTRICT_OFFICE, certifiedIn(2569, LocalDate.of(2026, 8, 28))))
        .isTrue();
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
