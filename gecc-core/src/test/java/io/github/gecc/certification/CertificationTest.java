package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CertificationTest {

  private static final Certification EXAMPLE =
      Certification.of("c-1", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));

  @Test
  void defaultsOutcomeAndRulebook() {
    assertThat(EXAMPLE.outcome()).isEqualTo("CERTIFIED");
    assertThat(EXAMPLE.rulebookId()).isEqualTo("GECC-2560");
    assertThat(EXAMPLE.toString()).isEqualTo("c-1 round 2560 on 2017-09-21 (CERTIFIED, GECC-2560)");
  }

  @Test
  void builderSetsEveryField() {
    Certification certification =
        Certification.builder()
            .centreId("c-2")
            .round(FiscalYear.of(2568))
            .certifiedOn(LocalDate.of(2025, 8, 29))
            .outcome("GOLD")
            .rulebookId("GECC-2568")
            .build();
    assertThat(certification.outcome()).isEqualTo("GOLD");
    assertThat(certification.rulebookId()).isEqualTo("GECC-2568");
  }

  @Test
  void validityUnderTheDefaultPolicy() {
    assertThat(EXAMPLE.validity(ValidityPolicy.YEARS_FROM_DATE))
        .isEqualTo(DateRange.ofClosed(LocalDate.of(2017, 9, 21), LocalDate.of(2020, 9, 20)));
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of("2017-09-20", ValidityStatus.NOT_YET_VALID),
        Arguments.of("2017-09-21", ValidityStatus.VALID),
        Arguments.of("2019-06-01", ValidityStatus.VALID),
        Arguments.of("2020-09-20", ValidityStatus.VALID),
        Arguments.of("2020-09-21", ValidityStatus.EXPIRED));
  }

  @ParameterizedTest
  @MethodSource("statuses")
  void statusOn(String date, ValidityStatus expected) {
    assertThat(EXAMPLE.statusOn(LocalDate.parse(date), ValidityPolicy.YEARS_FROM_DATE))
        .isEqualTo(expected);
  }

  @Test
  void fiscalYearsPolicyExpiresEarlier() {
    assertThat(EXAMPLE.statusOn(LocalDate.of(2019, 10, 1), ValidityPolicy.FISCAL_YEARS))
        .isEqualTo(ValidityStatus.EXPIRED);
  }

  @Test
  void refusesADateBeforeTheRound() {
    assertThatThrownBy(() -> Certification.of("c", FiscalYear.of(2560), LocalDate.of(2016, 9, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("certifiedOn 2016-09-30 does not fit round 2560");
  }

  @Test
  void refusesADateMoreThanAFiscalYearAfterTheRound() {
    assertThatThrownBy(() -> Certification.of("c", FiscalYear.of(2560), LocalDate.of(2018, 10, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2016-10-01..2018-09-30");
  }

  @Test
  void acceptsACeremonyJustAfterTheRound() {
    assertThat(Certification.of("c", FiscalYear.of(2563), LocalDate.of(2020, 10, 2)).round())
        .isEqualTo(FiscalYear.of(2563));
  }

  @Test
  void refusesABlankCentreId() {
    assertThatThrownBy(() -> Certification.of(" ", FiscalYear.of(2560), LocalDate.of(2017, 9, 21)))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("5.7");
              assertThat(e.path()).hasToString("centreId");
            })
        .hasMessageContaining("centre id ' ' is blank");
  }

  @Test
  void refusesABlankOutcome() {
    assertThatThrownBy(
            () ->
                Certification.builder()
                    .centreId("c")
                    .round(FiscalYear.of(2560))
                    .certifiedOn(LocalDate.of(2017, 9, 21))
                    .outcome("")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outcome must not be blank");
  }

  @Test
  void refusesABlankRulebookIdInWordsAtItsProperty() {
    assertThatThrownBy(
            () ->
                Certification.builder()
                    .centreId("c")
                    .round(FiscalYear.of(2560))
                    .certifiedOn(LocalDate.of(2017, 9, 21))
                    .rulebookId(" ")
                    .build())
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("5.7");
              assertThat(e.path()).hasToString("rulebookId");
            })
        .hasMessage("rulebook id must not be blank, got ' '");
  }

  @Test
  void refusesAPolicyThatEndsBeforeTheCertificationDate() {
    ValidityPolicy broken =
        new ValidityPolicy() {
          @Override
          public String name() {
            return "BROKEN";
          }

          @Override
          public LocalDate lastValidDay(Certification certification) {
            return certification.certifiedOn().minusDays(1);
          }
        };
    assertThatThrownBy(() -> EXAMPLE.validity(broken))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("validity policy BROKEN gives last valid day 2017-09-20");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            EXAMPLE, Certification.of("c-1", FiscalYear.of(2560), LocalDate.of(2017, 9, 21)))
        .addEqualityGroup(Certification.of("c-2", FiscalYear.of(2560), LocalDate.of(2017, 9, 21)))
        .addEqualityGroup(Certification.of("c-1", FiscalYear.of(2561), LocalDate.of(2018, 9, 27)))
        .testEquals();
  }

  @Test
  void nulls() {
    new NullPointerTester().testAllPublicInstanceMethods(EXAMPLE);
  }

  @Test
  void aCertificationBeforeItsRoundsWindowOpenedIsRefusedWithTheWindow() {
    assertThatThrownBy(
            () -> Certification.of("amphoe", FiscalYear.of(2567), LocalDate.of(2024, 1, 7)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "certifiedOn 2024-01-07 is before round 2567's application window opened on 2024-01-08")
        .hasMessageContaining("2024-01-08T08:30+07:00 .. 2024-02-29T16:30+07:00");
    assertThatThrownBy(
            () -> Certification.of("amphoe", FiscalYear.of(2565), LocalDate.of(2021, 12, 31)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("before round 2565's application window opened on 2022-01-01");
  }

  @Test
  void aCertificationOnTheDayItsWindowOpenedIsAccepted() {
    assertThat(
            Certification.of("amphoe", FiscalYear.of(2567), LocalDate.of(2024, 1, 8)).certifiedOn())
        .isEqualTo(LocalDate.of(2024, 1, 8));
  }

  @Test
  void theEarliestDateIsTheOpeningWhereKnownElseTheFiscalYearsFirstDay() {
    assertThat(Certification.earliestDate(FiscalYear.of(2567))).isEqualTo(LocalDate.of(2024, 1, 8));
    assertThat(Certification.earliestDate(FiscalYear.of(2565))).isEqualTo(LocalDate.of(2022, 1, 1));
    assertThat(Certification.earliestDate(FiscalYear.of(2560)))
        .isEqualTo(LocalDate.of(2016, 10, 1));
    assertThat(Certification.earliestDate(FiscalYear.of(2570)))
        .isEqualTo(LocalDate.of(2026, 10, 1));
    assertThat(Certification.of("c", FiscalYear.of(2560), LocalDate.of(2016, 10, 1)).certifiedOn())
        .isEqualTo(LocalDate.of(2016, 10, 1));
  }

  @Test
  void holdsItsCentreIdInNfkcForm() {
    Certification wide =
        Certification.of("\uff42\uff4b\uff4b-01", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));
    assertThat(wide.centreId()).isEqualTo("bkk-01");
    assertThat(wide)
        .isEqualTo(Certification.of("bkk-01", FiscalYear.of(2560), LocalDate.of(2017, 9, 21)));
  }

  @Test
  void refusesABlankRulebookAtTheRulebook() {
    assertThatThrownBy(
            () ->
                Certification.builder()
                    .centreId("c")
                    .round(FiscalYear.of(2560))
                    .certifiedOn(LocalDate.of(2017, 9, 21))
                    .rulebookId(" ")
                    .build())
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("5.7");
              assertThat(e.path()).hasToString("rulebookId");
            });
  }
}
