package io.github.gecc.testing.jqwik;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.ApplyDirective;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.Rounds;
import io.github.gecc.application.WindowState;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.CentreLifecycle;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.certification.ReportStatus;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.BundledRulebooks;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateRange;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.junit.jupiter.api.Test;

/** Each arbitrary against the rule it claims, for the bundled rulebook and for invented ones. */
class GeccArbitrariesTest {

  private static final LifecyclePolicy POLICY = LifecyclePolicy.defaults();

  /** Invented rulebooks: 1..12 criteria of 1..3 points in two levels, a gate of 1..max points. */
  @Provide
  Arbitrary<Rulebook> rulebooks() {
    return Arbitraries.integers()
        .between(1, 3)
        .list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .flatMap(
            points -> {
              int max = points.stream().mapToInt(Integer::intValue).sum();
              return Arbitraries.integers()
                  .between(1, max)
                  .map(
                      gate -> {
                        Rulebook.Builder b = Rulebook.builder("INVENTED", FiscalYear.of(2566));
                        for (int i = 0; i < points.size(); i++) {
                          b.addCriterion(
                              Criterion.of(
                                  "X" + i,
                                  i % 2 == 0 ? Level.BASIC : Level.ADVANCED,
                                  points.get(i)));
                        }
                        return b.addOutcome(Outcome.of("PASSED", Requirement.atLeastPoints(gate)))
                            .selfAssessmentGate(gate)
                            .build();
                      });
            });
  }

  @Provide
  Arbitrary<Tuple2<Rulebook, Assessment>> passing() {
    return Arbitraries.oneOf(Arbitraries.just(BundledRulebooks.gecc2560()), rulebooks())
        .flatMap(r -> GeccArbitraries.selfAssessmentsPassingGate(r).map(a -> Tuple.of(r, a)));
  }

  @Provide
  Arbitrary<Tuple2<Rulebook, Assessment>> failing() {
    return Arbitraries.oneOf(Arbitraries.just(BundledRulebooks.gecc2560()), rulebooks())
        .flatMap(r -> GeccArbitraries.selfAssessmentsFailingGate(r).map(a -> Tuple.of(r, a)));
  }

  @Property
  void assessmentsPassingTheGateReachItsPoints(@ForAll("passing") Tuple2<Rulebook, Assessment> c) {
    assertThat(c.get1().evaluate(c.get2()).selfAssessmentPassed()).isTrue();
    assertThat(c.get1().evaluate(c.get2()).points())
        .isGreaterThanOrEqualTo(c.get1().selfAssessmentGate());
  }

  @Property
  void assessmentsFailingTheGateStayBelowItsPoints(
      @ForAll("failing") Tuple2<Rulebook, Assessment> c) {
    assertThat(c.get1().evaluate(c.get2()).selfAssessmentPassed()).isFalse();
    assertThat(c.get1().evaluate(c.get2()).points()).isLessThan(c.get1().selfAssessmentGate());
  }

  @Provide
  Arbitrary<Tuple2<Rulebook, Assessment>> mayApply() {
    return Arbitraries.oneOf(
            Arbitraries.just(BundledRulebooks.gecc2560()), rulebooksWithRequirements())
        .flatMap(r -> GeccArbitraries.selfAssessmentsThatMayApply(r).map(a -> Tuple.of(r, a)));
  }

  @Provide
  Arbitrary<Tuple2<Rulebook, Assessment>> missingARequirement() {
    return Arbitraries.oneOf(
            Arbitraries.just(BundledRulebooks.gecc2560()), rulebooksWithRequirements())
        .flatMap(
            r ->
                GeccArbitraries.selfAssessmentsMissingAnApplicationRequirement(r)
                    .map(a -> Tuple.of(r, a)));
  }

  /** Invented rulebooks whose application requirements are all basic and N advanced or P points. */
  Arbitrary<Rulebook> rulebooksWithRequirements() {
    return Combinators.combine(
            Arbitraries.integers().between(1, 6),
            Arbitraries.integers().between(1, 6),
            Arbitraries.integers().between(0, 2))
        .flatAs(
            (basic, advanced, kind) ->
                Arbitraries.integers()
                    .between(1, advanced)
                    .map(
                        n -> {
                          Rulebook.Builder b = Rulebook.builder("INVENTED", FiscalYear.of(2566));
                          for (int i = 0; i < basic; i++) {
                            b.addCriterion(Criterion.of("B" + i, Level.BASIC, 1));
                          }
                          for (int i = 0; i < advanced; i++) {
                            b.addCriterion(Criterion.of("A" + i, Level.ADVANCED, 2));
                          }
                          Requirement second =
                              kind == 0
                                  ? Requirement.atLeast(n, Level.ADVANCED)
                                  : Requirement.atLeastPoints(basic + n);
                          return b.addOutcome(Outcome.of("PASSED", Requirement.allOf(Level.BASIC)))
                              .addApplicationRequirement(Requirement.allOf(Level.BASIC))
                              .addApplicationRequirement(second)
                              .selfAssessmentGate(basic)
                              .build();
                        }));
  }

  @Property
  void assessmentsThatMayApplyMeetEveryRequirementAndTheGate(
      @ForAll("mayApply") Tuple2<Rulebook, Assessment> c) {
    assertThat(c.get1().evaluate(c.get2()).meetsApplicationRequirements()).isTrue();
    assertThat(c.get1().evaluate(c.get2()).mayApply()).isTrue();
  }

  @Property
  void assessmentsMissingARequirementMayNotApply(
      @ForAll("missingARequirement") Tuple2<Rulebook, Assessment> c) {
    assertThat(c.get1().evaluate(c.get2()).meetsApplicationRequirements()).isFalse();
    assertThat(c.get1().evaluate(c.get2()).mayApply()).isFalse();
  }

  @Property(tries = 200)
  void anySelfAssessmentAnswersEveryCriterionOfItsRulebook(@ForAll("any2560") Assessment a) {
    assertThat(a.unansweredIds()).isEmpty();
    assertThat(a.rulebook()).isEqualTo(BundledRulebooks.gecc2560());
  }

  @Provide
  Arbitrary<Assessment> any2560() {
    return GeccArbitraries.selfAssessments(BundledRulebooks.gecc2560());
  }

  @Test
  void gateArbitrariesReachBothEndsOfTheirRange() {
    Rulebook r = BundledRulebooks.gecc2560();
    List<Integer> passing =
        GeccArbitraries.selfAssessmentsPassingGate(r)
            .sampleStream()
            .limit(2000)
            .map(a -> r.evaluate(a).points())
            .collect(Collectors.toList());
    assertThat(passing).contains(r.maxPoints());
    assertThat(passing.stream().mapToInt(Integer::intValue).min().orElseThrow())
        .isLessThanOrEqualTo(r.selfAssessmentGate() + 1);
    List<Integer> failing =
        GeccArbitraries.selfAssessmentsFailingGate(r)
            .sampleStream()
            .limit(2000)
            .map(a -> r.evaluate(a).points())
            .collect(Collectors.toList());
    assertThat(failing).contains(0);
    assertThat(failing.stream().mapToInt(Integer::intValue).max().orElseThrow())
        .isGreaterThanOrEqualTo(r.selfAssessmentGate() - 2);
  }

  @Test
  void aGateNoAssessmentCanFailIsRefused() {
    Rulebook open =
        Rulebook.builder("OPEN", FiscalYear.of(2566))
            .addCriterion(Criterion.of("X1", Level.BASIC, 1))
            .addOutcome(Outcome.of("PASSED", Requirement.allOf(Level.BASIC)))
            .selfAssessmentGate(0)
            .build();
    assertThatThrownBy(() -> GeccArbitraries.selfAssessmentsFailingGate(open))
        .hasMessageContaining("every assessment passes");
  }

  // ---- windows

  private static ApplicationWindow window(int round) {
    return Rounds.bundled().window(FiscalYear.of(round)).orElseThrow();
  }

  @Provide
  Arbitrary<Tuple2<ApplicationWindow, Instant>> inside() {
    return Arbitraries.of(Rounds.bundled().rounds())
        .map(r -> window(r.getValue()))
        .flatMap(w -> GeccArbitraries.instantsInside(w).map(i -> Tuple.of(w, i)));
  }

  @Provide
  Arbitrary<Tuple2<ApplicationWindow, Instant>> before() {
    return Arbitraries.of(Rounds.bundled().rounds())
        .map(r -> window(r.getValue()))
        .flatMap(w -> GeccArbitraries.instantsBefore(w).map(i -> Tuple.of(w, i)));
  }

  @Provide
  Arbitrary<Tuple2<ApplicationWindow, Instant>> after() {
    return Arbitraries.of(Rounds.bundled().rounds())
        .map(r -> window(r.getValue()))
        .flatMap(w -> GeccArbitraries.instantsAfter(w).map(i -> Tuple.of(w, i)));
  }

  @Property
  void instantsInsideAWindowFindItOpen(@ForAll("inside") Tuple2<ApplicationWindow, Instant> c) {
    assertThat(c.get1().stateAt(c.get2())).isEqualTo(WindowState.OPEN);
  }

  @Property
  void instantsBeforeAWindowFindItNotYetOpen(
      @ForAll("before") Tuple2<ApplicationWindow, Instant> c) {
    assertThat(c.get1().stateAt(c.get2())).isEqualTo(WindowState.NOT_YET_OPEN);
  }

  @Property
  void instantsAfterAWindowFindItClosed(@ForAll("after") Tuple2<ApplicationWindow, Instant> c) {
    assertThat(c.get1().stateAt(c.get2())).isEqualTo(WindowState.CLOSED);
  }

  @Test
  void instantsAroundAWindowIncludeBothEndsAndTheirNeighbours() {
    ApplicationWindow w = window(2567);
    List<Instant> around = GeccArbitraries.instantsAround(w).sampleStream().limit(3000).toList();
    assertThat(around)
        .contains(
            w.effectiveOpening(),
            w.closesAt(),
            w.effectiveOpening().minusNanos(1),
            w.closesAt().plusNanos(1));
    assertThat(around.stream().map(w::stateAt).distinct())
        .containsExactlyInAnyOrder(WindowState.values());
  }

  // ---- histories

  @Provide
  Arbitrary<Tuple2<ValidityPolicy, CertificationHistory>> withoutGaps() {
    return Arbitraries.of(ValidityPolicy.YEARS_FROM_DATE, ValidityPolicy.FISCAL_YEARS)
        .flatMap(p -> GeccArbitraries.historiesWithoutGaps("C1", p).map(h -> Tuple.of(p, h)));
  }

  @Provide
  Arbitrary<Tuple2<ValidityPolicy, CertificationHistory>> withGaps() {
    return Arbitraries.of(ValidityPolicy.YEARS_FROM_DATE, ValidityPolicy.FISCAL_YEARS)
        .flatMap(p -> GeccArbitraries.historiesWithGaps("C1", p).map(h -> Tuple.of(p, h)));
  }

  @Property
  void historiesWithoutGapsAreCoveredContinuously(
      @ForAll("withoutGaps") Tuple2<ValidityPolicy, CertificationHistory> c) {
    assertThat(c.get2().certifications()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
    assertThat(c.get2().gaps(c.get1())).isEmpty();
    assertThat(c.get2().coverage(c.get1())).hasSize(1);
  }

  /**
   * Validity policies of 1 to 10 years of either kind but {@code fiscalYears(1)}, under some of
   * which no renewal keeps the coverage continuous after some certifications.
   */
  private static Arbitrary<ValidityPolicy> shortAndLongPolicies() {
    List<ValidityPolicy> policies = new ArrayList<>();
    for (int years = 1; years <= 10; years++) {
      policies.add(ValidityPolicy.yearsFromDate(years));
      if (years > 1) {
        policies.add(ValidityPolicy.fiscalYears(years));
      }
    }
    return Arbitraries.of(policies);
  }

  @Provide
  Arbitrary<Tuple2<ValidityPolicy, CertificationHistory>> withoutGapsUnderAnyPolicy() {
    return shortAndLongPolicies()
        .flatMap(p -> GeccArbitraries.historiesWithoutGaps("C1", p).map(h -> Tuple.of(p, h)));
  }

  @Provide
  Arbitrary<Tuple2<ValidityPolicy, CertificationHistory>> withGapsUnderAnyPolicy() {
    return shortAndLongPolicies()
        .flatMap(p -> GeccArbitraries.historiesWithGaps("C1", p).map(h -> Tuple.of(p, h)));
  }

  @Property(tries = 1000)
  void historiesWithoutGapsUnderAnyPolicyAreCoveredContinuously(
      @ForAll("withoutGapsUnderAnyPolicy") Tuple2<ValidityPolicy, CertificationHistory> c) {
    assertThat(c.get2().certifications()).isNotEmpty().hasSizeLessThanOrEqualTo(4);
    assertThat(c.get2().gaps(c.get1())).isEmpty();
  }

  @Property(tries = 1000)
  void historiesWithGapsUnderAnyPolicyHaveAtLeastOneGap(
      @ForAll("withGapsUnderAnyPolicy") Tuple2<ValidityPolicy, CertificationHistory> c) {
    assertThat(c.get2().certifications()).hasSizeBetween(2, 4);
    assertThat(c.get2().gaps(c.get1())).isNotEmpty();
  }

  @Property
  void historiesWithGapsHaveAtLeastOneGap(
      @ForAll("withGaps") Tuple2<ValidityPolicy, CertificationHistory> c) {
    assertThat(c.get2().certifications()).hasSizeBetween(2, 4);
    assertThat(c.get2().gaps(c.get1())).isNotEmpty();
    assertThat(c.get2().gaps(c.get1()).get(0).startInclusive())
        .isAfter(c.get2().certifications().get(0).certifiedOn());
  }

  // ---- reports

  @Provide
  Arbitrary<Obligation> obligations() {
    return GeccArbitraries.historiesWithoutGaps("C1", POLICY.validity())
        .map(h -> ReportSchedule.of(h, POLICY).obligations())
        .filter(list -> !list.isEmpty())
        .flatMap(Arbitraries::of);
  }

  @Provide
  Arbitrary<Tuple2<Obligation, Tuple2<MaintenanceReport, LocalDate>>> onTime() {
    return obligations()
        .flatMap(
            o ->
                GeccArbitraries.reportsOnTime(o)
                    .flatMap(
                        r ->
                            GeccArbitraries.datesIn(r.submittedOn(), o.due().plusYears(3))
                                .map(d -> Tuple.of(o, Tuple.of(r, d)))));
  }

  @Provide
  Arbitrary<Tuple2<Obligation, Tuple2<MaintenanceReport, LocalDate>>> late() {
    return obligations()
        .flatMap(
            o ->
                GeccArbitraries.reportsLate(o)
                    .flatMap(
                        r ->
                            GeccArbitraries.datesIn(r.submittedOn(), o.due().plusYears(3))
                                .map(d -> Tuple.of(o, Tuple.of(r, d)))));
  }

  @Provide
  Arbitrary<Tuple2<Obligation, LocalDate>> missing() {
    return obligations().flatMap(o -> GeccArbitraries.datesWhenMissing(o).map(d -> Tuple.of(o, d)));
  }

  @Provide
  Arbitrary<Tuple2<Obligation, LocalDate>> notYetDue() {
    return obligations().flatMap(o -> GeccArbitraries.datesBeforeDue(o).map(d -> Tuple.of(o, d)));
  }

  @Property
  void reportsOnTimeAreOnTimeAsOfAnyDayFromTheirSubmission(
      @ForAll("onTime") Tuple2<Obligation, Tuple2<MaintenanceReport, LocalDate>> c) {
    assertThat(c.get1().statusOn(c.get2().get1(), c.get2().get2())).isEqualTo(ReportStatus.ON_TIME);
  }

  @Property
  void lateReportsAreLateAsOfAnyDayFromTheirSubmission(
      @ForAll("late") Tuple2<Obligation, Tuple2<MaintenanceReport, LocalDate>> c) {
    assertThat(c.get1().statusOn(c.get2().get1(), c.get2().get2())).isEqualTo(ReportStatus.LATE);
  }

  @Property
  void unansweredObligationsAreMissingOnDatesWhenMissing(
      @ForAll("missing") Tuple2<Obligation, LocalDate> c) {
    assertThat(c.get1().statusOn(c.get2())).isEqualTo(ReportStatus.MISSING);
  }

  @Property
  void unansweredObligationsAreNotYetDueUpToTheirDueDay(
      @ForAll("notYetDue") Tuple2<Obligation, LocalDate> c) {
    assertThat(c.get1().statusOn(c.get2())).isEqualTo(ReportStatus.NOT_YET_DUE);
  }

  // ---- centres and portfolios

  @Provide
  Arbitrary<Centre> centres() {
    return GeccArbitraries.centres("C1", POLICY);
  }

  @Property(tries = 200)
  void centresReportOnlyForPeriodsTheyOwe(@ForAll("centres") Centre centre) {
    ReportSchedule schedule = ReportSchedule.of(centre.history(), POLICY);
    for (MaintenanceReport report : centre.reports()) {
      assertThat(schedule.contains(report.period())).as(report.toString()).isTrue();
    }
    CentreLifecycle.of(centre, POLICY);
  }

  @Test
  void centresCoverEveryReportStatus() {
    LocalDate asOf = LocalDate.of(2040, 1, 1);
    List<ReportStatus> seen =
        GeccArbitraries.centres("C1", POLICY)
            .sampleStream()
            .limit(200)
            .flatMap(c -> CentreLifecycle.of(c, POLICY).obligations(asOf).stream())
            .map(o -> o.status())
            .distinct()
            .toList();
    assertThat(seen).contains(ReportStatus.ON_TIME, ReportStatus.LATE, ReportStatus.MISSING);
  }

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return GeccArbitraries.portfolios(POLICY, 8);
  }

  @Property(tries = 100)
  void portfoliosHoldDistinctCentresEachAsItsLifecycleJudgesIt(
      @ForAll("portfolios") Portfolio portfolio) {
    assertThat(portfolio.size()).isBetween(1, 8);
    assertThat(portfolio.centres().stream().map(Centre::id).distinct()).hasSize(portfolio.size());
    LocalDate asOf = LocalDate.of(2035, 1, 1);
    long overdue =
        portfolio.centres().stream()
            .mapToLong(c -> CentreLifecycle.of(c, POLICY).overdue(asOf).size())
            .sum();
    assertThat(portfolio.overdue(asOf)).hasSize((int) overdue);
  }

  @Test
  void portfoliosNeedAtLeastOneCentre() {
    assertThatThrownBy(() -> GeccArbitraries.portfolios(POLICY, 0))
        .hasMessageContaining("at least 1");
  }

  // ---- Any value of a type ------------------------------------------------------------------

  @Property(tries = 200)
  void thaiDateTimesFallInTheFiscalYearsAndRangesRunForwards(
      @ForAll("thaiDateRanges") ThaiDateRange range) {
    assertThat(range.start().isAfter(range.end())).isFalse();
    assertThat(FiscalYear.from(range.start().date()).getValue())
        .isBetween(FiscalYear.MIN_VALUE, FiscalYear.MAX_VALUE);
    assertThat(FiscalYear.from(range.end().date()).getValue())
        .isBetween(FiscalYear.MIN_VALUE, FiscalYear.MAX_VALUE);
  }

  @Provide
  Arbitrary<ThaiDateRange> thaiDateRanges() {
    return GeccArbitraries.thaiDateRanges();
  }

  @Test
  void thaiDateTimesComeWithAndWithoutATime() {
    List<Boolean> timed =
        GeccArbitraries.thaiDateTimes()
            .sampleStream()
            .limit(200)
            .map(value -> value.time().isPresent())
            .distinct()
            .toList();
    assertThat(timed).containsExactlyInAnyOrder(true, false);
  }

  @Property(tries = 200)
  void inventedRulebooksAreNotRegistered(@ForAll("inventedRulebooks") Rulebook rulebook) {
    assertThat(RulebookRegistry.bundled().byId(rulebook.id())).isEmpty();
    assertThat(rulebook.selfAssessmentGate()).isBetween(0, rulebook.maxPoints());
  }

  @Provide
  Arbitrary<Rulebook> inventedRulebooks() {
    return GeccArbitraries.rulebooks();
  }

  @Test
  void assessmentsLeaveCriteriaUnansweredAtTimes() {
    Rulebook rulebook = BundledRulebooks.gecc2560();
    List<Boolean> complete =
        GeccArbitraries.assessments(rulebook)
            .sampleStream()
            .limit(50)
            .map(assessment -> assessment.answers().size() == rulebook.criteria().size())
            .distinct()
            .toList();
    assertThat(complete).contains(false);
  }

  @Property(tries = 200)
  void certificationsAreOfTheirCentreAndNotBeforeTheirRoundOpened(
      @ForAll("certifications") Certification certification) {
    assertThat(certification.centreId()).isEqualTo("C1");
    assertThat(certification.certifiedOn())
        .isAfterOrEqualTo(Certification.earliestDate(certification.round()));
  }

  @Provide
  Arbitrary<Certification> certifications() {
    return GeccArbitraries.certifications("C1");
  }

  @Property(tries = 200)
  void reportsAreSubmittedWithinTwoYearsOfTheirPeriodsStart(
      @ForAll("reports") MaintenanceReport report) {
    LocalDate start = report.period().range().startInclusive();
    assertThat(report.submittedOn()).isBetween(start, start.plusYears(2));
  }

  @Provide
  Arbitrary<MaintenanceReport> reports() {
    return GeccArbitraries.maintenanceReports();
  }

  @Test
  void validityPoliciesIncludeTheDefaultsAndOthers() {
    List<ValidityPolicy> seen =
        GeccArbitraries.validityPolicies().sampleStream().limit(300).distinct().toList();
    assertThat(seen).contains(ValidityPolicy.YEARS_FROM_DATE, ValidityPolicy.FISCAL_YEARS);
    assertThat(seen.size()).isGreaterThan(10);
  }

  @Property(tries = 200)
  void windowsCloseInTheirRoundAndOpenAtMostSixtyDaysBefore(
      @ForAll("windows") ApplicationWindow window) {
    assertThat(FiscalYear.from(window.closesAt())).isEqualTo(window.round());
    window
        .opensAt()
        .ifPresent(
            opening ->
                assertThat(opening)
                    .isBetween(window.closesAt().minus(Duration.ofDays(60)), window.closesAt()));
  }

  @Provide
  Arbitrary<ApplicationWindow> windows() {
    return GeccArbitraries.applicationWindows();
  }

  @Property(tries = 100)
  void applicationsAreSubmittedInTheirRound(@ForAll("applications") Application application) {
    assertThat(FiscalYear.from(application.submittedAt())).isEqualTo(application.round());
    assertThat(application.selfAssessment().assessment().kind())
        .isEqualTo(AssessmentKind.SELF_ASSESSMENT);
  }

  @Provide
  Arbitrary<Application> applications() {
    return GeccArbitraries.applications();
  }

  @Property(tries = 100)
  void roundRegistersHoldRoundsThatExemptOnlyEarlierRounds(
      @ForAll("registers") List<RoundDefinition> register) {
    for (RoundDefinition round : register) {
      round
          .directive()
          .flatMap(ApplyDirective::exemptIfCertifiedIn)
          .ifPresent(
              exempting ->
                  assertThat(exempting)
                      .allMatch(earlier -> earlier.isBefore(round.window().round())));
      assertThat(round.deadlines())
          .allMatch(deadline -> deadline.round().equals(round.window().round()));
    }
  }

  @Provide
  Arbitrary<List<RoundDefinition>> registers() {
    return GeccArbitraries.roundRegisters();
  }

  @Test
  void checkResultsComeAcceptedAndRefused() {
    List<Boolean> accepted =
        GeccArbitraries.checkResults()
            .sampleStream()
            .limit(100)
            .map(CheckResult::accepted)
            .distinct()
            .toList();
    assertThat(accepted).containsExactlyInAnyOrder(true, false);
  }

  @Test
  void centresComeWithAndWithoutAKindAndAProvince() {
    List<List<Boolean>> seen =
        GeccArbitraries.centres("C1", POLICY)
            .sampleStream()
            .limit(200)
            .map(centre -> List.of(centre.kind().isPresent(), centre.province().isPresent()))
            .distinct()
            .toList();
    assertThat(seen).contains(List.of(true, true), List.of(false, false));
  }
}
