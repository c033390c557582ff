package io.github.gecc.certification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import io.github.gecc.time.DateRange;
import io.github.gecc.time.FiscalYear;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
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
        ReportSchedule.of(
            EXAMPLE, LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, ReportPolicy.defaults()));
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
    assertThat(schedule.find(ReportingPeriod.of(2561, PeriodKind.H1)).orElseThrow().due())
        .isEqualTo(LocalDate.of(2018, 4, 30));
  }

  @Test
  void refusesAReportPeriodNotInTheSchedule() {
    ReportSchedule schedule = ReportSchedule.of(EXAMPLE, LifecyclePolicy.defaults());
    MaintenanceReport report =
        MaintenanceReport.of(ReportingPeriod.of(2563, PeriodKind.FY), LocalDate.of(2020, 10, 1));
    assertThatThrownBy(() -> schedule.answeredBy(report))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("6.8");
              assertThat(e.path()).hasToString("period");
            })
        .hasMessageContaining("no report is owed for FY2563 FY")
        .hasMessageContaining("FY2561 H1 to FY2563 H1");
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
        assertThat(obligation.due())
            .isEqualTo(obligation.period().end().plusDays(policy.report().dueAfterDays()));
      }
    }
  }

  @Property
  void noPeriodIsOwedTwiceAndEveryCertificationsPeriodIsOwed(@ForAll long seed) {
    Random random = new Random(seed);
    LifecyclePolicy policy = LifecycleFixtures.policy(random);
    CertificationHistory history =
        CertificationHistory.of("c", LifecycleFixtures.certifications("c", random));
    ReportSchedule schedule = ReportSchedule.of(history, policy);
    Set<ReportingPeriod> seen = new HashSet<>();
    for (Obligation obligation : schedule.obligations()) {
      assertThat(seen.add(obligation.period()))
          .as("period %s owed twice", obligation.period())
          .isTrue();
    }
    for (Certification certification : history.certifications()) {
      for (Obligation alone : ReportSchedule.of(certification, policy).obligations()) {
        assertThat(seen).as("a report owed by %s alone", certification).contains(alone.period());
      }
    }
  }

  @Property
  void owesThePeriodsEndingUnderCoverageAfterTheRoundThatBeganIt(@ForAll long seed) {
    Random random = new Random(seed);
    LifecyclePolicy policy = LifecycleFixtures.policy(random);
    CertificationHistory history =
        CertificationHistory.of("c", LifecycleFixtures.certifications("c", random));
    Set<ReportingPeriod> expected = new HashSet<>();
    for (int fy = 2558; fy <= 2580; fy++) {
      for (PeriodKind kind : PeriodKind.values()) {
        ReportingPeriod period = ReportingPeriod.of(fy, kind);
        Certification began = beganCoverageOn(history, period.end(), policy.validity());
        if (began != null && period.fiscalYear().isAfter(began.round())) {
          expected.add(period);
        }
      }
    }
    assertThat(periodsOf(ReportSchedule.of(history, policy))).isEqualTo(expected);
  }

  @Property
  void aGapFreeRenewalChainOwesEveryPeriodUnderItsCoverageOnce(@ForAll long seed) {
    Random random = new Random(seed);
    LifecyclePolicy policy = LifecycleFixtures.policy(random);
    List<Certification> chain = new ArrayList<>();
    int round = 2558 + random.nextInt(10);
    LocalDate first = FiscalYear.of(round).start().plusDays(random.nextInt(366));
    if (first.isBefore(Certification.earliestDate(FiscalYear.of(round)))) {
      first = Certification.earliestDate(FiscalYear.of(round));
    }
    chain.add(Certification.of("c", FiscalYear.of(round), first));
    LocalDate last = chain.get(0).validity(policy.validity()).endInclusive();
    for (int renewals = random.nextInt(4); renewals > 0; renewals--) {
      int next = round + 1 + random.nextInt(3);
      LocalDate earliest = Certification.earliestDate(FiscalYear.of(next));
      Certification previous = chain.get(chain.size() - 1);
      if (!earliest.isAfter(previous.certifiedOn())) {
        earliest = previous.certifiedOn().plusDays(1);
      }
      LocalDate latest = last.plusDays(1);
      if (latest.isAfter(FiscalYear.of(next).end().plusYears(1))) {
        latest = FiscalYear.of(next).end().plusYears(1);
      }
      if (earliest.isAfter(latest)) {
        break;
      }
      LocalDate date =
          earliest.plusDays(
              random.nextInt((int) (latest.toEpochDay() - earliest.toEpochDay()) + 1));
      Certification renewal = Certification.of("c", FiscalYear.of(next), date);
      chain.add(renewal);
      round = next;
      LocalDate end = renewal.validity(policy.validity()).endInclusive();
      last = end.isAfter(last) ? end : last;
    }
    CertificationHistory history = CertificationHistory.of("c", chain);
    assertThat(history.gaps(policy.validity())).isEmpty();
    ReportSchedule schedule = ReportSchedule.of(history, policy);
    List<ReportingPeriod> expected = new ArrayList<>();
    int firstRound = chain.get(0).round().getValue();
    for (ReportingPeriod period = ReportingPeriod.of(firstRound + 1, PeriodKind.H1);
        !period.end().isAfter(last);
        period = period.next()) {
      if (!period.end().isBefore(first)) {
        expected.add(period);
      }
    }
    assertThat(schedule.obligations().stream().map(Obligation::period).collect(Collectors.toList()))
        .containsExactlyElementsOf(expected);
  }

  @Test
  void aRenewalWithoutAGapOwesTheFullYearReportBetweenTheTwoRounds() {
    // BMA กท 0303/1156, 15 Jun 2565: reports every six and twelve months while under certification.
    Certification first = Certification.of("c", FiscalYear.of(2564), LocalDate.of(2021, 9, 30));
    Certification renewal = Certification.of("c", FiscalYear.of(2567), LocalDate.of(2024, 8, 29));
    ReportingPeriod fy2567 = ReportingPeriod.of(2567, PeriodKind.FY);
    LifecyclePolicy policy = LifecyclePolicy.defaults();
    assertThat(ReportSchedule.of(first, policy).contains(fy2567)).isFalse();
    assertThat(ReportSchedule.of(renewal, policy).contains(fy2567)).isFalse();
    ReportSchedule both =
        ReportSchedule.of(CertificationHistory.of("c", ImmutableList.of(first, renewal)), policy);
    assertThat(both.contains(fy2567)).isTrue();
    assertThat(both.obligations().get(0).period())
        .isEqualTo(ReportingPeriod.of(2565, PeriodKind.H1));
    assertThat(both.obligations().get(both.obligations().size() - 1).period())
        .isEqualTo(ReportingPeriod.of(2570, PeriodKind.H1));
    assertThat(both.obligations()).hasSize(11);
  }

  @Test
  void aRenewalAfterAGapOwesFromTheYearAfterItsOwnRound() {
    LifecyclePolicy policy =
        LifecyclePolicy.of(ValidityPolicy.FISCAL_YEARS, ReportPolicy.defaults());
    Certification first = Certification.of("c", FiscalYear.of(2564), LocalDate.of(2021, 9, 30));
    Certification renewal = Certification.of("c", FiscalYear.of(2567), LocalDate.of(2024, 8, 29));
    ReportSchedule both =
        ReportSchedule.of(CertificationHistory.of("c", ImmutableList.of(first, renewal)), policy);
    assertThat(both.contains(ReportingPeriod.of(2566, PeriodKind.FY))).isTrue();
    assertThat(both.contains(ReportingPeriod.of(2567, PeriodKind.H1))).isFalse();
    assertThat(both.contains(ReportingPeriod.of(2567, PeriodKind.FY))).isFalse();
    assertThat(both.contains(ReportingPeriod.of(2568, PeriodKind.H1))).isTrue();
  }

  /**
   * The certification that began the unbroken coverage holding a day: from the certifications valid
   * that day, back through those valid the day before each began.
   */
  private static Certification beganCoverageOn(
      CertificationHistory history, LocalDate day, ValidityPolicy policy) {
    Certification began = null;
    List<Certification> valid = history.validOn(day, policy);
    while (!valid.isEmpty()) {
      began = valid.get(0);
      valid = history.validOn(began.certifiedOn().minusDays(1), policy);
    }
    return began;
  }

  private static Set<ReportingPeriod> periodsOf(ReportSchedule schedule) {
    Set<ReportingPeriod> periods = new HashSet<>();
    schedule.obligations().forEach(o -> periods.add(o.period()));
    return periods;
  }

  @Test
  void aReportDatedBeforeTheCertificationItAnswersIsRefused() {
    // Certified on 2 Oct 2563 (the round-2563 ceremony), after FY 2564 began on 1 Oct 2563.
    Certification late = Certification.of("c", FiscalYear.of(2563), LocalDate.of(2020, 10, 2));
    ReportSchedule schedule = ReportSchedule.of(late, LifecyclePolicy.defaults());
    MaintenanceReport early =
        MaintenanceReport.of(ReportingPeriod.of(2564, PeriodKind.H1), LocalDate.of(2020, 10, 1));
    assertThatThrownBy(() -> schedule.answeredBy(early))
        .isInstanceOfSatisfying(
            RefusalException.class,
            e -> {
              assertThat(e.rule()).isEqualTo("6.8");
              assertThat(e.path()).hasToString("submittedOn");
            })
        .hasMessageContaining(
            "report for FY2564 H1 submitted on 2020-10-01 is dated before the certification it"
                + " answers (round 2563, certified on 2020-10-02)");
    assertThat(schedule.firstReportDay(ReportingPeriod.of(2564, PeriodKind.H1)))
        .isEqualTo(LocalDate.of(2020, 10, 2));
    assertThat(schedule.firstReportDay(ReportingPeriod.of(2564, PeriodKind.FY)))
        .isEqualTo(LocalDate.of(2020, 10, 2));
    assertThat(schedule.firstReportDay(ReportingPeriod.of(2565, PeriodKind.H1)))
        .isEqualTo(LocalDate.of(2021, 10, 1));
    assertThatThrownBy(() -> schedule.firstReportDay(ReportingPeriod.of(2563, PeriodKind.FY)))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("no report is owed for FY2563 FY");
    MaintenanceReport sameDay =
        MaintenanceReport.of(ReportingPeriod.of(2564, PeriodKind.H1), LocalDate.of(2020, 10, 2));
    assertThat(schedule.obligations().get(schedule.answeredBy(sameDay)).period())
        .isEqualTo(ReportingPeriod.of(2564, PeriodKind.H1));
  }

  @Test
  void aReportForAPeriodNotOwedIsRefusedWhateverItsDate() {
    Certification certification =
        Certification.of("c", FiscalYear.of(2565), LocalDate.of(2022, 9, 28));
    ReportSchedule schedule = ReportSchedule.of(certification, LifecyclePolicy.defaults());
    assertThatThrownBy(
            () ->
                schedule.answeredBy(
                    MaintenanceReport.of(
                        ReportingPeriod.of(2565, PeriodKind.FY), LocalDate.of(2022, 10, 1))))
        .isInstanceOf(RefusalException.class)
        .hasMessageContaining("no report is owed for FY2565 FY");
  }

  @Test
  void theFirstOwedPeriodAUserSetsDropsEarlierPeriods() {
    Certification certification =
        Certification.of("c", FiscalYear.of(2564), LocalDate.of(2021, 9, 30));
    LifecyclePolicy fromLetter =
        LifecyclePolicy.of(
            ValidityPolicy.YEARS_FROM_DATE,
            ReportPolicy.builder()
                .firstOwedPeriod(ReportingPeriod.of(2565, PeriodKind.FY))
                .build());
    assertThat(
            ReportSchedule.of(certification, LifecyclePolicy.defaults()).obligations().stream()
                .map(Obligation::period))
        .startsWith(
            ReportingPeriod.of(2565, PeriodKind.H1), ReportingPeriod.of(2565, PeriodKind.FY));
    assertThat(
            ReportSchedule.of(certification, fromLetter).obligations().stream()
                .map(Obligation::period))
        .startsWith(
            ReportingPeriod.of(2565, PeriodKind.FY), ReportingPeriod.of(2566, PeriodKind.H1))
        .doesNotContain(ReportingPeriod.of(2565, PeriodKind.H1));
    LifecyclePolicy fromItsOwnFirst =
        LifecyclePolicy.of(
            ValidityPolicy.YEARS_FROM_DATE,
            ReportPolicy.builder()
                .firstOwedPeriod(ReportingPeriod.of(2565, PeriodKind.H1))
                .build());
    assertThat(ReportSchedule.of(certification, fromItsOwnFirst))
        .isEqualTo(ReportSchedule.of(certification, LifecyclePolicy.defaults()));
  }
}
