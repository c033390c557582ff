package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class ReportScheduleTest {

  private static final Certification EXAMPLE =
      Certification.of("c-1", FiscalYear.of(2560), LocalDate.of(2017, 9, 21));

  private static String periods(ReportSchedule schedule) {
    return schedule.obligations().stream()
        .map(o -> o.period().toString())
        .collect(Collectors.joining(", "));
  }

  @Test
  void theCommandLineExample() {
    ReportSchedule schedule = ReportSchedule.of(EXAMPLE, LifecyclePolicy.defaults());
    // FY2563 FY ends 2020-09-30, after the last valid day 2020-09-20: not owed.
    assertThat(periods(schedule))
        .isEqualTo("FY2561 H1, FY2561 FY, FY2562 H1, FY2562 FY, FY2563 H1");
    assertThat(schedule.obligations().get(0).due()).isEqualTo(LocalDate.of(2018, 4, 30));
  }

  @Test
  void fiscalYearsValidityOwesTwoWholeYears() {
    ReportSchedule schedule =
        ReportSchedule.of(EXAMPLE, LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, ReportPolicy.defaults()));
    assertThat(periods(schedule)).isEqualTo("FY2561 H1, FY2561 FY, FY2562 H1, FY2562 FY");
  }

  @Test
  void aCeremonyAfterTheRoundOwesFromTheNextFiscalYear() {
    Certification late = Certification.of("c", FiscalYear.of(2563), LocalDate.of(2020, 10, 2));
    assertThat(periods(ReportSchedule.of(late, LifecyclePolicy.defaults())))
        .isEqualTo("FY2564 H1, FY2564 FY, FY2565 H1, FY2565 FY, FY2566 H1, FY2566 FY");
  }

  @Test
  void aPeriodEndedBeforeTheCertificationIsNotOwed() {
    Certification late = Certification.of("c", FiscalYear.of(2563), LocalDate.of(2021, 5, 1));
    assertThat(ReportSchedule.of(late, LifecyclePolicy.defaults()).obligations().get(0).period())
        .isEqualTo(ReportingPeriod.of(2564, PeriodKind.FY));
  }

  @Test
  void overlappingCertificationsOweEachPeriodOnce() {
    CertificationHistory history =
        CertificationHistory.of(
            "c-1",
            ImmutableList.of(
                EXAMPLE, Certification.of("c-1", FiscalYear.of(2561), LocalDate.of(2018, 9, 27))));
    ReportSchedule schedule = ReportSchedule.of(history, LifecyclePolicy.defaults());
    assertThat(periods(schedule))
        .isEqualTo("FY2561 H1, FY2561 FY, FY2562 H1, FY2562 FY, FY2563 H1, FY2563 FY, FY2564 H1");
  }

  @Test
  void findsAndRequiresOwedPeriods() {
    ReportSchedule schedule = ReportSchedule.of(EXAMPLE, LifecyclePolicy.defaults());
    assertThat(schedule.contains(ReportingPeriod.of(2562, PeriodKind.FY))).isTrue();
    assertThat(schedule.find(ReportingPeriod.of(2560, PeriodKind.FY))).isEmpty();
    assertThat(schedule.requireOwed(ReportingPeriod.of(2561, PeriodKind.H1)).due())
        .isEqualTo(LocalDate.of(2018, 4, 30));
  }

  @Test
  void refusesAReportPeriodNotInTheSchedule() {
    ReportSchedule schedule = ReportSchedule.of(EXAMPLE, LifecyclePolicy.defaults());
    assertThatThrownBy(() -> schedule.requireOwed(ReportingPeriod.of(2563, PeriodKind.FY)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no report is owed for FY2563 FY")
        .hasMessageContaining("FY2561 H1 to FY2563 H1");
  }

  @Test
  void ofObligationsRefusesARepeatedPeriod() {
    Obligation owed = Obligation.of(ReportingPeriod.of(2561, PeriodKind.H1), ReportPolicy.defaults());
    assertThatThrownBy(() -> ReportSchedule.ofObligations(ImmutableList.of(owed, owed)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("FY2561 H1 follows FY2561 H1");
  }

  @Test
  void emptyScheduleOwesNothing() {
    assertThat(ReportSchedule.ofObligations(ImmutableList.of())).isEqualTo(ReportSchedule.empty());
    assertThatThrownBy(() -> ReportSchedule.empty().requireOwed(ReportingPeriod.of(2561, PeriodKind.H1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the schedule owes no report");
  }

  @Property
  void everyObligationLiesInsideValidityAndAfterTheRound(@ForAll long seed) {
    Random random = new Random(seed);
    LifecyclePolicy policy = LifecycleFixtures.policy(random);
    for (Certification certification : LifecycleFixtures.certifications("c", random)) {
      DateRange validity = certification.validity(policy.validity());
      for (Obligation obligation : ReportSchedule.of(certification, policy).obligations()) {
        assertThat(obligation.period().fiscalYear()).isGreaterThan(certification.round());
        assertThat(obligation.range().startInclusive()).isAfter(certification.round().end());
        assertThat(validity.contains(obligation.period().end())).isTrue();
        assertThat(obligation.due()).isEqualTo(obligation.period().end().plusDays(policy.report().dueAfterDays()));
      }
    }
  }

  @Property
  void noPeriodIsOwedTwiceAndEveryCertificationsPeriodIsOwed(@ForAll long seed) {
    Random random = new Random(seed);
    LifecyclePolicy policy = LifecycleFixtures.policy(random);
    CertificationHistory history = CertificationHistory.of("c", LifecycleFixtures.certifications("c", random));
    ReportSchedule schedule = ReportSchedule.of(history, policy);
    Set<ReportingPeriod> seen = new HashSet<>();
    for (Obligation obligation : schedule.obligations()) {
      assertThat(seen.add(obligation.period())).as("period %s owed twice", obligation.period()).isTrue();
    }
    Set<ReportingPeriod> union = new HashSet<>();
    for (Certification certification : history.certifications()) {
      ReportSchedule.of(certification, policy).obligations().forEach(o -> union.add(o.period()));
    }
    assertThat(seen).isEqualTo(union);
  }
}
