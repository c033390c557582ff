package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.certification.Certification;
import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ApplyDirectiveTest {

  private static final ApplyDirective DOPA = ApplyDirective.dopaDistrictOffices2567();

  private static CertificationHistory certifiedIn(int round, LocalDate on) {
    return CertificationHistory.of("office", List.of(Certification.of("office", FiscalYear.of(round), on)));
  }

  @Test
  void dopaDirectsDistrictOfficesNotCertifiedIn2565Or2566() {
    assertThat(DOPA.mustApply(OrganisationKind.DISTRICT_OFFICE, CertificationHistory.of("office", List.of()))).isTrue();
    assertThat(DOPA.mustApply(OrganisationKind.DISTRICT_OFFICE, certifiedIn(2564, LocalDate.of(2021, 9, 30)))).isTrue();
    assertThat(DOPA.mustApply(OrganisationKind.DISTRICT_OFFICE, certifiedIn(2565, LocalDate.of(2022, 9, 28)))).isFalse();
    assertThat(DOPA.mustApply(OrganisationKind.DISTRICT_OFFICE, certifiedIn(2566, LocalDate.of(2023, 8, 30)))).isFalse();
  }

  @Test
  void dopaDirectsNoOtherKind() {
    assertThat(DOPA.mustApply(OrganisationKind.CITY_MUNICIPALITY, CertificationHistory.of("city", List.of()))).isFalse();
    assertThat(DOPA.source()).contains("DOPA มท 0305.1/ว 1660, 18 Jan 2567");
  }

  @Test
  void aReplacedPolicyDecides() {
    ApplyDirective everyone =
        ApplyDirective.of(FiscalYear.of(2567), "DOPA", Set.of(OrganisationKind.DISTRICT_OFFICE), (h, r) -> true, "local policy");
    assertThat(everyone.mustApply(OrganisationKind.DISTRICT_OFFICE, certifiedIn(2566, LocalDate.of(2023, 8, 30)))).isTrue();
  }

  @Test
  void aDirectiveNeedsAKind() {
    assertThatThrownBy(() -> ApplyDirective.of(FiscalYear.of(2567), "DOPA", Set.of(), ApplyPolicy.twoPreviousRounds(), "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least one kind");
  }
}
