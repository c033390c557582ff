package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ReportingPeriodTest {

  @Test
  void firstHalfIsOctoberToMarch() {
    assertThat(ReportingPeriod.of(2561, PeriodKind.H1).range())
        .isEqualTo(DateRange.ofClosed(LocalDate.of(2017, 10, 1), LocalDate.of(2018, 3, 31)));
  }

  @Test
  void fullYearIsTheFiscalYear() {
    assertThat(ReportingPeriod.of(2561, PeriodKind.FY).range())
        .isEqualTo(DateRange.ofClosed(LocalDate.of(2017, 10, 1), LocalDate.of(2018, 9, 30)));
    assertThat(ReportingPeriod.of(2561, PeriodKind.FY).end()).isEqualTo(LocalDate.of(2018, 9, 30));
  }

  @Test
  void nextAlternatesKinds() {
    assertThat(ReportingPeriod.of(2561, PeriodKind.H1).next())
        .isEqualTo(ReportingPeriod.of(2561, PeriodKind.FY));
    assertThat(ReportingPeriod.of(2561, PeriodKind.FY).next())
        .isEqualTo(ReportingPeriod.of(2562, PeriodKind.H1));
  }

  @Test
  void ordersByYearThenFirstHalfFirst() {
    assertThat(ReportingPeriod.of(2561, PeriodKind.H1))
        .isLessThan(ReportingPeriod.of(2561, PeriodKind.FY));
    assertThat(ReportingPeriod.of(2561, PeriodKind.FY))
        .isLessThan(ReportingPeriod.of(2562, PeriodKind.H1));
  }

  @Test
  void textForm() {
    assertThat(ReportingPeriod.of(2561, PeriodKind.H1)).hasToString("FY2561 H1");
  }

  @Test
  void refusesACommonEraYear() {
    assertThatThrownBy(() -> ReportingPeriod.of(2018, PeriodKind.H1))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("did you mean 2561");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            ReportingPeriod.of(2561, PeriodKind.H1),
            ReportingPeriod.of(FiscalYear.of(2561), PeriodKind.H1))
        .addEqualityGroup(ReportingPeriod.of(2561, PeriodKind.FY))
        .addEqualityGroup(ReportingPeriod.of(2562, PeriodKind.H1))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester()
        .setDefault(FiscalYear.class, FiscalYear.of(2567))
        .setDefault(PeriodKind.class, PeriodKind.H1)
        .testAllPublicStaticMethods(ReportingPeriod.class);
  }

  @Property
  void nextEndsAfterAndOrdersAfter(
      @ForAll @IntRange(min = 2500, max = 2799) int year, @ForAll PeriodKind kind) {
    ReportingPeriod period = ReportingPeriod.of(year, kind);
    ReportingPeriod next = period.next();
    assertThat(next.end()).isAfter(period.end());
    assertThat(next).isGreaterThan(period);
    assertThat(period.compareTo(next.next())).isNegative();
  }

  @Property
  void everyPeriodIsItsYearAndKindAndExistsOnce(
      @ForAll @IntRange(min = 2500, max = 2800) int year, @ForAll PeriodKind kind) {
    ReportingPeriod period = ReportingPeriod.of(FiscalYear.of(year), kind);
    assertThat(period.fiscalYear().getValue()).isEqualTo(year);
    assertThat(period.kind()).isEqualTo(kind);
    assertThat(ReportingPeriod.of(year, kind)).isSameAs(period);
    assertThat(period.range()).isEqualTo(kind.range(FiscalYear.of(year)));
  }
}
