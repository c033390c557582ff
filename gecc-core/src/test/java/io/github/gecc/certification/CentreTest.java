package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.gecc.RefusalException;
import io.github.gecc.application.ApplyDirective;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CentreTest {

  private static final Certification R2560 =
      Certification.of("c", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));
  private static final MaintenanceReport H1 =
      MaintenanceReport.of(ReportingPeriod.of(2561, PeriodKind.H1), LocalDate.of(2018, 4, 20));
  private static final MaintenanceReport FY =
      MaintenanceReport.of(ReportingPeriod.of(2561, PeriodKind.FY), LocalDate.of(2018, 10, 20));

  @Test
  void keepsReportsInTheOrderGivenAndFindsThemByPeriod() {
    Centre centre = Centre.of("c", ImmutableList.of(R2560), ImmutableList.of(FY, H1));
    assertThat(centre.id()).isEqualTo("c");
    assertThat(centre.reports()).containsExactly(FY, H1);
    assertThat(centre.reportFor(ReportingPeriod.of(2561, PeriodKind.FY))).contains(FY);
    assertThat(centre.reportFor(ReportingPeriod.of(2562, PeriodKind.H1))).isEmpty();
  }

  @Test
  void refusesTwoReportsForOnePeriod() {
    MaintenanceReport again = MaintenanceReport.of(H1.period(), LocalDate.of(2018, 4, 25));
    assertThatThrownBy(() -> Centre.of("c", ImmutableList.of(R2560), ImmutableList.of(H1, again)))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("6.11");
              assertThat(e.path()).hasToString("reports[1].period");
            })
        .hasMessageContaining("centre 'c' has two reports for FY2561 H1");
  }

  @Test
  void refusesABlankId() {
    assertThatThrownBy(() -> Centre.of("", ImmutableList.of(), ImmutableList.of()))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("5.7");
              assertThat(e.path()).hasToString("id");
            })
        .hasMessageContaining("centre id '' is blank");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            Centre.of("c", ImmutableList.of(R2560), ImmutableList.of(H1)),
            Centre.of("c", ImmutableList.of(R2560), ImmutableList.of(H1)))
        .addEqualityGroup(Centre.of("c", ImmutableList.of(R2560), ImmutableList.of()))
        .addEqualityGroup(Centre.of("d", ImmutableList.of(), ImmutableList.of()))
        .testEquals();
  }

  @Test
  void fullWidthAndAsciiSpellingsOfAnIdAreOneCentre() {
    Centre wide = Centre.of("\uff42\uff4b\uff4b-01", ImmutableList.of(), ImmutableList.of());
    assertThat(wide.id()).isEqualTo("bkk-01");
    assertThat(wide).isEqualTo(Centre.of("bkk-01", ImmutableList.of(), ImmutableList.of()));
  }

  @Test
  void refusesAnIdWithSurroundingWhiteSpace() {
    assertThatThrownBy(() -> Centre.of(" c", ImmutableList.of(), ImmutableList.of()))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("5.7");
              assertThat(e.path()).hasToString("id");
            })
        .hasMessageContaining("leading or trailing white space");
  }

  @Test
  void refusesABlankProvinceAtTheProvince() {
    Centre centre = Centre.of("c", ImmutableList.of(), ImmutableList.of());
    assertThatThrownBy(() -> centre.withProvince(" "))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("5.7");
              assertThat(e.path()).hasToString("province");
            });
  }

  @Test
  void aCentreWithoutAKindIsReachedByNoKindSpecificDirective() {
    ApplyDirective dopa = ApplyDirective.dopaDistrictOffices2567();
    assertThat(LifecycleFixtures.certifiedIn("no-kind").mustApply(dopa)).isFalse();
    assertThat(
            LifecycleFixtures.certifiedIn("office")
                .withKind(OrganisationKind.DISTRICT_OFFICE)
                .mustApply(dopa))
        .isTrue();
    assertThat(
            LifecycleFixtures.certifiedIn("office", 2566)
                .withKind(OrganisationKind.DISTRICT_OFFICE)
                .mustApply(dopa))
        .isFalse();
  }

  @Test
  void aDirectiveOfSomeKindsDoesNotReachACentreWithoutAKindEvenIfItWouldOwe() {
    ApplyDirective allButOne =
        ApplyDirective.of(
            FiscalYear.of(2567),
            "X",
            EnumSet.complementOf(EnumSet.of(OrganisationKind.STATE_ENTERPRISE)),
            (certifiedIn, round) -> true,
            "s");
    assertThat(LifecycleFixtures.certifiedIn("no-kind").mustApply(allButOne)).isFalse();
    assertThat(
            LifecycleFixtures.certifiedIn("city")
                .withKind(OrganisationKind.CITY_MUNICIPALITY)
                .mustApply(allButOne))
        .isTrue();
  }

  @Test
  void aDirectiveOfEveryKindReachesACentreWithoutAKindByItsRoundsAlone() {
    ApplyDirective everyKind = ApplyDirective.twoPreviousRounds(FiscalYear.of(2567));
    assertThat(LifecycleFixtures.certifiedIn("no-kind", 2564).mustApply(everyKind)).isTrue();
    assertThat(LifecycleFixtures.certifiedIn("no-kind", 2565).mustApply(everyKind)).isFalse();
  }

  @Test
  void aCentreKeepsItsKindAndProvince() {
    Centre centre =
        LifecycleFixtures.certifiedIn("amphoe")
            .withKind(OrganisationKind.DISTRICT_OFFICE)
            .withProvince("สกลนคร");
    assertThat(centre.kind()).contains(OrganisationKind.DISTRICT_OFFICE);
    assertThat(centre.province()).contains("สกลนคร");
    assertThat(centre.withKind(OrganisationKind.PROVINCIAL_OFFICE).province()).contains("สกลนคร");
    assertThat(centre)
        .hasToString("Centre " + centre.history() + ", DISTRICT_OFFICE, สกลนคร, 0 reports");
    assertThatThrownBy(() -> centre.withProvince(" "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("blank province");
  }
}
