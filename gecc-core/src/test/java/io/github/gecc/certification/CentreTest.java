package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
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
}
