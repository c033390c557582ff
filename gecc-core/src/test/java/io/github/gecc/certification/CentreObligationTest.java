package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Value semantics of the lifecycle's row types: {@link CentreObligation}, {@link ObligationState},
 * {@link Obligation}, {@link CentreLifecycle} and {@link Portfolio} are equal exactly when their
 * parts are, hash by their parts, name their parts in text and refuse nulls.
 */
class CentreObligationTest {

  private static final Obligation H1 =
      Obligation.of(ReportingPeriod.of(2561, PeriodKind.H1), LocalDate.of(2018, 4, 30));
  private static final Obligation FY =
      Obligation.of(ReportingPeriod.of(2561, PeriodKind.FY), LocalDate.of(2018, 10, 30));
  private static final MaintenanceReport H1_REPORT =
      MaintenanceReport.of(ReportingPeriod.of(2561, PeriodKind.H1), LocalDate.of(2018, 4, 20));
  private static final ReportPolicy POLICY = ReportPolicy.dueAfter(30);
  private static final ObligationState MISSING =
      ObligationState.unanswered(H1, LocalDate.of(2018, 6, 1));
  private static final ObligationState ON_TIME =
      ObligationState.answered(H1, H1_REPORT, LocalDate.of(2018, 6, 1), POLICY);
  private static final ObligationState NOT_YET_DUE =
      ObligationState.unanswered(H1, LocalDate.of(2018, 4, 1));

  private static Centre centre(String id) {
    return Centre.of(
        id,
        ImmutableList.of(Certification.of(id, FiscalYear.of(2560), LocalDate.of(2017, 9, 21))),
        ImmutableList.of(H1_REPORT));
  }

  @Test
  void centreObligationsAreEqualByCentreAndState() {
    new EqualsTester()
        .addEqualityGroup(CentreObligation.of("a", MISSING), CentreObligation.of("a", MISSING))
        .addEqualityGroup(CentreObligation.of("b", MISSING))
        .addEqualityGroup(CentreObligation.of("a", ON_TIME))
        .testEquals();
  }

  @Test
  void centreObligationsHashByBothParts() {
    assertThat(CentreObligation.of("a", MISSING).hashCode())
        .isNotEqualTo(CentreObligation.of("b", MISSING).hashCode())
        .isNotEqualTo(CentreObligation.of("a", ON_TIME).hashCode());
  }

  @Test
  void aCentreObligationNamesItsCentreAndState() {
    assertThat(CentreObligation.of("amphoe-1", MISSING).toString())
        .contains("amphoe-1")
        .contains("MISSING");
  }

  @Test
  void obligationStatesAreEqualByObligationStatusAndReport() {
    new EqualsTester()
        .addEqualityGroup(MISSING, ObligationState.unanswered(H1, LocalDate.of(2019, 1, 1)))
        .addEqualityGroup(ON_TIME)
        .addEqualityGroup(NOT_YET_DUE)
        .addEqualityGroup(ObligationState.unanswered(FY, LocalDate.of(2019, 1, 1)))
        .testEquals();
    assertThat(MISSING.hashCode())
        .isNotEqualTo(NOT_YET_DUE.hashCode())
        .isNotEqualTo(ON_TIME.hashCode());
  }

  @Test
  void anObligationStateNamesItsPeriodStatusAndReport() {
    assertThat(MISSING.toString()).contains("H1").contains("MISSING");
    assertThat(ON_TIME.toString()).contains("ON_TIME").contains("2018-04-30");
    assertThat(MISSING.period()).isEqualTo(H1.period());
  }

  @Test
  void obligationsOrderByPeriodThenDueDay() {
    Obligation later =
        Obligation.of(ReportingPeriod.of(2561, PeriodKind.H1), LocalDate.of(2018, 5, 30));
    assertThat(H1.compareTo(FY)).isNegative();
    assertThat(FY.compareTo(H1)).isPositive();
    assertThat(H1.compareTo(later)).isNegative();
    assertThat(
            H1.compareTo(
                Obligation.of(ReportingPeriod.of(2561, PeriodKind.H1), LocalDate.of(2018, 4, 30))))
        .isZero();
    assertThat(H1.hashCode()).isNotEqualTo(later.hashCode()).isNotEqualTo(FY.hashCode());
  }

  @Test
  void lifecyclesAreEqualByCentreAndPolicy() {
    LifecyclePolicy other = LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, POLICY);
    CentreLifecycle a = CentreLifecycle.of(centre("a"), LifecyclePolicy.defaults());
    new EqualsTester()
        .addEqualityGroup(a, CentreLifecycle.of(centre("a"), LifecyclePolicy.defaults()))
        .addEqualityGroup(CentreLifecycle.of(centre("b"), LifecyclePolicy.defaults()))
        .addEqualityGroup(CentreLifecycle.of(centre("a"), other))
        .testEquals();
    assertThat(a.hashCode())
        .isNotEqualTo(CentreLifecycle.of(centre("b"), LifecyclePolicy.defaults()).hashCode())
        .isNotEqualTo(CentreLifecycle.of(centre("a"), other).hashCode());
    assertThat(a.policy()).isEqualTo(LifecyclePolicy.defaults());
    assertThat(a.toString()).contains("a").contains("FY2561");
  }

  @Test
  void portfoliosAreEqualByCentresAndPolicy() {
    LifecyclePolicy other = LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, POLICY);
    Portfolio p = Portfolio.of(ImmutableList.of(centre("a")), LifecyclePolicy.defaults());
    Portfolio q = Portfolio.of(ImmutableList.of(centre("b")), LifecyclePolicy.defaults());
    Portfolio r = Portfolio.of(ImmutableList.of(centre("a")), other);
    new EqualsTester()
        .addEqualityGroup(
            p, Portfolio.of(ImmutableList.of(centre("a")), LifecyclePolicy.defaults()))
        .addEqualityGroup(q)
        .addEqualityGroup(r)
        .testEquals();
    assertThat(p.hashCode()).isNotEqualTo(q.hashCode()).isNotEqualTo(r.hashCode());
    assertThat(p.policy()).isEqualTo(LifecyclePolicy.defaults());
    assertThat(p.centres()).containsExactly(centre("a"));
    assertThat(p.toString()).contains("1");
  }

  @Test
  void expiringWithinRefusesNegativeDaysAndCountsTheLastDay() {
    Portfolio p = Portfolio.of(ImmutableList.of(centre("a")), LifecyclePolicy.defaults());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> p.expiringWithin(LocalDate.of(2020, 9, 1), -1))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("horizon of -1 days");
    // valid 2017-09-21..2020-09-20
    assertThat(p.expiringWithin(LocalDate.of(2020, 9, 1), 19)).hasSize(1);
    assertThat(p.expiringWithin(LocalDate.of(2020, 9, 1), 18)).isEmpty();
    assertThat(p.expiringWithin(LocalDate.of(2020, 9, 20), 0)).hasSize(1);
    assertThat(p.expiringWithin(LocalDate.of(2020, 9, 21), 1000)).isEmpty();
    assertThat(p.expiringWithin(LocalDate.of(2017, 9, 21), 1095)).hasSize(1);
    assertThat(p.expiringWithin(LocalDate.of(2017, 9, 20), 2000)).isEmpty();
  }

  @Test
  void underCertificationCountsTheFirstAndLastValidDay() {
    Portfolio p = Portfolio.of(ImmutableList.of(centre("a")), LifecyclePolicy.defaults());
    assertThat(p.countUnderCertification(LocalDate.of(2017, 9, 21))).isEqualTo(1);
    assertThat(p.countUnderCertification(LocalDate.of(2017, 9, 20))).isZero();
    assertThat(p.countUnderCertification(LocalDate.of(2020, 9, 20))).isEqualTo(1);
    assertThat(p.countUnderCertification(LocalDate.of(2020, 9, 21))).isZero();
  }

  @Test
  void factoriesRefuseNulls() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ObligationState.class, MISSING)
            .setDefault(Obligation.class, H1)
            .setDefault(ReportPolicy.class, POLICY)
            .setDefault(LocalDate.class, LocalDate.of(2018, 6, 1));
    tester.testAllPublicStaticMethods(CentreObligation.class);
    tester.testAllPublicStaticMethods(ObligationState.class);
  }
}
