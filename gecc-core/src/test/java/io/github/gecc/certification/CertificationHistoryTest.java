package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import io.github.gecc.RefusalException;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class CertificationHistoryTest {

  private static final ValidityPolicy DEFAULT = ValidityPolicy.YEARS_FROM_DATE;
  private static final Certification R2560 =
      Certification.of("c", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));
  private static final Certification R2563 =
      Certification.of("c", FiscalYear.of(2563), LocalDate.of(2020, 10, 2));
  private static final Certification R2565 =
      Certification.of("c", FiscalYear.of(2565), LocalDate.of(2022, 9, 28));
  private static final CertificationHistory HISTORY =
      CertificationHistory.of("c", ImmutableList.of(R2565, R2560, R2563));

  @Test
  void sortsByRound() {
    assertThat(HISTORY.certifications()).containsExactly(R2560, R2563, R2565);
  }

  @Test
  void coverageJoinsOverlapsAndKeepsGaps() {
    // 2560: 2017-09-21..2020-09-20; 2563: 2020-10-02..2023-10-01; 2565: 2022-09-28..2025-09-27.
    assertThat(HISTORY.coverage(DEFAULT))
        .containsExactly(
            DateRange.ofClosed(LocalDate.of(2017, 9, 21), LocalDate.of(2020, 9, 20)),
            DateRange.ofClosed(LocalDate.of(2020, 10, 2), LocalDate.of(2025, 9, 27)));
    assertThat(HISTORY.gaps(DEFAULT))
        .containsExactly(DateRange.ofClosed(LocalDate.of(2020, 9, 21), LocalDate.of(2020, 10, 1)));
  }

  static Stream<Arguments> coveredDates() {
    return Stream.of(
        Arguments.of("2017-09-20", false),
        Arguments.of("2017-09-21", true),
        Arguments.of("2020-09-20", true),
        Arguments.of("2020-09-21", false),
        Arguments.of("2020-10-01", false),
        Arguments.of("2020-10-02", true),
        Arguments.of("2025-09-27", true),
        Arguments.of("2025-09-28", false));
  }

  @ParameterizedTest
  @MethodSource("coveredDates")
  void isCoveredOn(String date, boolean covered) {
    assertThat(HISTORY.isCoveredOn(LocalDate.parse(date), DEFAULT)).isEqualTo(covered);
  }

  @Test
  void validOnListsOverlappingCertifications() {
    assertThat(HISTORY.validOn(LocalDate.of(2023, 1, 1), DEFAULT)).containsExactly(R2563, R2565);
  }

  @Test
  void renewalsPairEachCertificationWithTheNext() {
    assertThat(HISTORY.renewals())
        .containsExactly(Renewal.of(R2560, R2563), Renewal.of(R2563, R2565));
    assertThat(HISTORY.renewalOf(R2560)).contains(R2563);
    assertThat(HISTORY.renewalOf(R2565)).isEmpty();
  }

  @Test
  void renewalOfRefusesAForeignCertification() {
    Certification other = Certification.of("c", FiscalYear.of(2561), LocalDate.of(2018, 9, 27));
    assertThatThrownBy(() -> HISTORY.renewalOf(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not in the history of 'c'");
  }

  @Test
  void listsTheRoundsItWasCertifiedInOldestFirst() {
    assertThat(HISTORY.certifiedRounds())
        .containsExactly(FiscalYear.of(2560), FiscalYear.of(2563), FiscalYear.of(2565));
  }

  @Test
  void anEmptyHistoryHasNoRoundsAndNoGaps() {
    CertificationHistory empty = CertificationHistory.of("e", ImmutableList.of());
    assertThat(empty.certifiedRounds()).isEmpty();
    assertThat(empty.gaps(DEFAULT)).isEmpty();
    assertThat(empty.renewals()).isEmpty();
  }

  @Test
  void refusesARepeatedRound() {
    Certification again = Certification.of("c", FiscalYear.of(2560), LocalDate.of(2017, 9, 22));
    assertThatThrownBy(() -> CertificationHistory.of("c", ImmutableList.of(R2560, again)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("certified twice in round 2560");
  }

  @Test
  void refusesAnotherCentresCertification() {
    assertThatThrownBy(() -> CertificationHistory.of("x", ImmutableList.of(R2560)))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("5.8");
              assertThat(e.path()).hasToString("certifications[0].centreId");
            })
        .hasMessageContaining("is of centre 'c', not of 'x'");
  }

  @Test
  void refusesALaterRoundDatedEarlier() {
    Certification r2560 = Certification.of("c", FiscalYear.of(2560), LocalDate.of(2017, 9, 30));
    Certification r2561 =
        Certification.of("c", FiscalYear.of(2561), LocalDate.of(2017, 9, 30).plusDays(1));
    Certification r2560late = Certification.of("c", FiscalYear.of(2560), LocalDate.of(2018, 9, 1));
    assertThat(CertificationHistory.of("c", ImmutableList.of(r2560, r2561)).certifications())
        .hasSize(2);
    assertThatThrownBy(() -> CertificationHistory.of("c", ImmutableList.of(r2560late, r2561)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not after the one of round 2560 on 2018-09-01");
  }

  @Test
  void equality() {
    new EqualsTester()
        .addEqualityGroup(
            HISTORY, CertificationHistory.of("c", ImmutableList.of(R2560, R2563, R2565)))
        .addEqualityGroup(CertificationHistory.of("c", ImmutableList.of(R2560)))
        .addEqualityGroup(CertificationHistory.of("d", ImmutableList.of()))
        .testEquals();
  }

  @Property
  void coveredExactlyWhenSomeCertificationIsValid(@ForAll long seed) {
    Random random = new Random(seed);
    LifecyclePolicy policy = LifecycleFixtures.policy(random);
    CertificationHistory history =
        CertificationHistory.of("c", LifecycleFixtures.certifications("c", random));
    LocalDate date = LifecycleFixtures.date(random);
    boolean inCoverage =
        history.coverage(policy.validity()).stream().anyMatch(r -> r.contains(date));
    boolean inGap = history.gaps(policy.validity()).stream().anyMatch(r -> r.contains(date));
    assertThat(history.isCoveredOn(date, policy.validity())).isEqualTo(inCoverage);
    assertThat(inCoverage && inGap).isFalse();
  }

  @Test
  void aHistoryBuiltInAnyOrderListsItsRoundsOldestFirstAndKnowsWhichItHolds() {
    CertificationHistory history = CertificationHistory.of("c", ImmutableList.of(R2565, R2560));
    assertThat(history.certifications()).containsExactly(R2560, R2565);
    assertThat(history.isCertifiedIn(FiscalYear.of(2565))).isTrue();
    assertThat(history.isCertifiedIn(FiscalYear.of(2563))).isFalse();
  }
}
