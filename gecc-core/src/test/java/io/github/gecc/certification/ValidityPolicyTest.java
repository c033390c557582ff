package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class ValidityPolicyTest {

  private static Certification certified(int round, String date) {
    return Certification.of("c", FiscalYear.of(round), LocalDate.parse(date));
  }

  static Stream<Arguments> lastValidDays() {
    return Stream.of(
        // The cli.md example: 21 Sep 2017 + 3 years - 1 day.
        Arguments.of("YEARS_FROM_DATE", 2560, "2017-09-21", "2020-09-20"),
        Arguments.of("FISCAL_YEARS", 2560, "2017-09-21", "2019-09-30"),
        // DECISION: a leap-day certification keeps 28 February as its last day.
        Arguments.of("YEARS_FROM_DATE", 2567, "2024-02-29", "2027-02-28"),
        Arguments.of("YEARS_FROM_DATE", 2567, "2024-03-01", "2027-02-28"),
        Arguments.of("YEARS_FROM_DATE", 2568, "2025-03-01", "2028-02-29"),
        Arguments.of("YEARS_FROM_DATE", 2567, "2024-02-28", "2027-02-27"),
        // A ceremony after the round's fiscal year (2 Oct 2563, RULES.md §10).
        Arguments.of("YEARS_FROM_DATE", 2563, "2020-10-02", "2023-10-01"),
        Arguments.of("FISCAL_YEARS", 2563, "2020-10-02", "2022-09-30"),
        Arguments.of("FISCAL_YEARS", 2567, "2024-01-08", "2026-09-30"));
  }

  @ParameterizedTest
  @MethodSource("lastValidDays")
  void lastValidDay(String policy, int round, String certifiedOn, String expected) {
    assertThat(ValidityPolicy.named(policy).lastValidDay(certified(round, certifiedOn)))
        .isEqualTo(LocalDate.parse(expected));
  }

  @Test
  void leapDayWithFourYearsLandsOnTheDayBeforeTheNextLeapDay() {
    assertThat(ValidityPolicy.yearsFromDate(4).lastValidDay(certified(2567, "2024-02-29")))
        .isEqualTo(LocalDate.of(2028, 2, 28));
  }

  @Test
  void namesOfBuiltInPolicies() {
    assertThat(ValidityPolicy.YEARS_FROM_DATE.name()).isEqualTo("YEARS_FROM_DATE");
    assertThat(ValidityPolicy.FISCAL_YEARS.name()).isEqualTo("FISCAL_YEARS");
    assertThat(ValidityPolicy.yearsFromDate(2).name()).isEqualTo("YEARS_FROM_DATE_2");
    assertThat(ValidityPolicy.fiscalYears(5).toString()).isEqualTo("FISCAL_YEARS_5");
  }

  @Test
  void namedRefusesAnUnknownPolicy() {
    assertThatThrownBy(() -> ValidityPolicy.named("FOREVER"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'FOREVER' is unknown")
        .hasMessageContaining("FISCAL_YEARS");
  }

  @Test
  void yearsFromDateRefusesZeroYears() {
    assertThatThrownBy(() -> ValidityPolicy.yearsFromDate(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("validity years 0 is outside 1..100");
  }

  @Test
  void fiscalYearsRefusesTooManyYears() {
    assertThatThrownBy(() -> ValidityPolicy.fiscalYears(101))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("101");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(ValidityPolicy.YEARS_FROM_DATE, ValidityPolicy.yearsFromDate(3))
        .addEqualityGroup(ValidityPolicy.yearsFromDate(2))
        .addEqualityGroup(ValidityPolicy.FISCAL_YEARS, ValidityPolicy.fiscalYears(3))
        .addEqualityGroup(ValidityPolicy.fiscalYears(2))
        .testEquals();
  }

  @Property
  void yearsFromDateIsDatePlusThreeYearsMinusOneDayOffLeapDays(
      @ForAll @IntRange(min = 0, max = 364) int offset) {
    Certification certification =
        Certification.of(
            "c",
            FiscalYear.of(2565),
            Certification.earliestDate(FiscalYear.of(2565)).plusDays(offset));
    LocalDate date = certification.certifiedOn();
    assertThat(ValidityPolicy.YEARS_FROM_DATE.lastValidDay(certification))
        .isEqualTo(date.plusYears(3).minusDays(1));
  }

  @Property
  void everyBuiltInPolicyEndsOnOrAfterTheCertificationDate(
      @ForAll @IntRange(min = 2559, max = 2700) int round,
      @ForAll @IntRange(min = 0, max = 600) int offset) {
    Certification certification =
        Certification.of(
            "c",
            FiscalYear.of(round),
            Certification.earliestDate(FiscalYear.of(round)).plusDays(offset));
    assertThat(ValidityPolicy.YEARS_FROM_DATE.lastValidDay(certification))
        .isAfter(certification.certifiedOn());
    assertThat(ValidityPolicy.FISCAL_YEARS.lastValidDay(certification))
        .isAfterOrEqualTo(certification.certifiedOn());
  }

  @Property
  void everyYearCountFromOneToAHundredIsAPolicySpanningThatManyFiscalYears(
      @ForAll @IntRange(min = 1, max = 100) int years) {
    Certification certification =
        Certification.of("c", FiscalYear.of(2565), LocalDate.of(2022, 9, 28));
    assertThat(ValidityPolicy.fiscalYears(years).lastValidDay(certification))
        .isEqualTo(FiscalYear.of(2565 + years - 1).end());
    assertThat(ValidityPolicy.yearsFromDate(years).lastValidDay(certification))
        .isEqualTo(LocalDate.of(2022 + years, 9, 27));
  }

  @Property
  void everyBuiltInPolicyReadsBackFromItsName(
      @ForAll @IntRange(min = 1, max = 100) int years, @ForAll boolean fromDate) {
    ValidityPolicy policy =
        fromDate ? ValidityPolicy.yearsFromDate(years) : ValidityPolicy.fiscalYears(years);
    assertThat(ValidityPolicy.named(policy.name())).isEqualTo(policy);
  }

  @Test
  void readsBackAPolicyOfFiveYears() {
    assertThat(ValidityPolicy.named("YEARS_FROM_DATE_5"))
        .isEqualTo(ValidityPolicy.yearsFromDate(5));
    assertThat(ValidityPolicy.named("FISCAL_YEARS_100")).isEqualTo(ValidityPolicy.fiscalYears(100));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "YEARS_FROM_DATE_3",
        "FISCAL_YEARS_03",
        "YEARS_FROM_DATE_0",
        "FISCAL_YEARS_101",
        "YEARS_FROM_DATE_",
        "years_from_date",
        "FISCAL_YEARS_5 "
      })
  void namedRefusesEveryOtherSpelling(String name) {
    assertThatThrownBy(() -> ValidityPolicy.named(name))
        .isInstanceOfSatisfying(RefusalException.class, e -> assertThat(e.rule()).isEqualTo("5.11"))
        .hasMessageContaining("'" + name + "' is unknown");
  }
}
