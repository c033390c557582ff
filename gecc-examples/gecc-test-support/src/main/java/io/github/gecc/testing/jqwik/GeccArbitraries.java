package io.github.gecc.testing.jqwik;

import io.github.gecc.RefusalException;
import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.ApplyDirective;
import io.github.gecc.application.Channel;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.DeadlinePurpose;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.ReportingDeadline;
import io.github.gecc.application.RoundDefinition;
import io.github.gecc.application.Violation;
import io.github.gecc.application.ViolationCode;
import io.github.gecc.application.Warning;
import io.github.gecc.application.WarningCode;
import io.github.gecc.certification.Centre;
import io.github.gecc.certification.Certification;
import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.certification.LifecyclePolicy;
import io.github.gecc.certification.MaintenanceReport;
import io.github.gecc.certification.Obligation;
import io.github.gecc.certification.PeriodKind;
import io.github.gecc.certification.Portfolio;
import io.github.gecc.certification.ReportPart;
import io.github.gecc.certification.ReportPolicy;
import io.github.gecc.certification.ReportSchedule;
import io.github.gecc.certification.ReportingPeriod;
import io.github.gecc.certification.SatisfactionResult;
import io.github.gecc.certification.ValidityPolicy;
import io.github.gecc.rules.Assessment;
import io.github.gecc.rules.AssessmentKind;
import io.github.gecc.rules.CommitteeResult;
import io.github.gecc.rules.Criterion;
import io.github.gecc.rules.CriterionGroup;
import io.github.gecc.rules.Level;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.Requirement;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiDateRange;
import io.github.gecc.time.ThaiDateTime;
import io.github.gecc.time.ThaiTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/**
 * jqwik arbitraries of the domain, each tested in this artifact against the rule it claims.
 *
 * <pre>{@code
 * @Property
 * void ourScreenNeverShowsCertifiedWhenTheLibrarySaysNot(
 *     @ForAll("belowGate") Assessment assessment) { … }
 *
 * @Provide
 * Arbitrary<Assessment> belowGate() {
 *   return GeccArbitraries.selfAssessmentsFailingGate(BundledRulebooks.gecc2560());
 * }
 * }</pre>
 *
 * <p>Every method returns a new arbitrary; none holds state.
 */
public final class GeccArbitraries {

  /** The earliest round histories start in. */
  static final int FIRST_ROUND = 2560;

  /** The latest round histories start in. */
  static final int LAST_FIRST_ROUND = 2570;

  private GeccArbitraries() {}

  // ---- Self-assessments (RULES.md §3) -------------------------------------------------------

  /**
   * Any self-assessment of a rulebook: every criterion answered, met or not.
   *
   * @param rulebook the rulebook
   * @return assessments of kind {@code SELF_ASSESSMENT}, from none met to all met
   * @throws NullPointerException if {@code rulebook} is null
   */
  public static Arbitrary<Assessment> selfAssessments(Rulebook rulebook) {
    Objects.requireNonNull(rulebook, "rulebook");
    return Arbitraries.shuffle(rulebook.criteria())
        .flatMap(
            order ->
                Arbitraries.integers()
                    .between(0, order.size())
                    .map(k -> prefix(rulebook, order, k)));
  }

  /**
   * Self-assessments whose points reach the rulebook's self-assessment gate ({@code points >=
   * selfAssessmentGate()}), from exactly at the gate to all met.
   *
   * @param rulebook the rulebook
   * @return assessments that pass the gate (a rulebook's gate is never above its maximum points)
   * @throws NullPointerException if {@code rulebook} is null
   */
  public static Arbitrary<Assessment> selfAssessmentsPassingGate(Rulebook rulebook) {
    Objects.requireNonNull(rulebook, "rulebook");
    return Arbitraries.shuffle(rulebook.criteria())
        .flatMap(
            order -> {
              int first = firstReaching(order, rulebook.selfAssessmentGate());
              return Arbitraries.integers()
                  .between(first, order.size())
                  .map(k -> prefix(rulebook, order, k));
            });
  }

  /**
   * Self-assessments whose points stay below the rulebook's self-assessment gate, from none met to
   * one criterion short of it.
   *
   * @param rulebook the rulebook
   * @return assessments that fail the gate
   * @throws IllegalArgumentException if the gate is 0 or less, which every assessment passes
   * @throws NullPointerException if {@code rulebook} is null
   */
  public static Arbitrary<Assessment> selfAssessmentsFailingGate(Rulebook rulebook) {
    Objects.requireNonNull(rulebook, "rulebook");
    if (rulebook.selfAssessmentGate() <= 0) {
      throw new IllegalArgumentException(
          "rulebook "
              + rulebook.id()
              + " has gate "
              + rulebook.selfAssessmentGate()
              + ": every assessment passes it");
    }
    return Arbitraries.shuffle(rulebook.criteria())
        .flatMap(
            order -> {
              int first = firstReaching(order, rulebook.selfAssessmentGate());
              return Arbitraries.integers()
                  .between(0, first - 1)
                  .map(k -> prefix(rulebook, order, k));
            });
  }

  /**
   * Self-assessments that meet every application requirement of the rulebook (RULES.md §3: in BE
   * 2560, every basic criterion and at least ten advanced ones) and reach its gate: those whose
   * centre may apply ({@code Evaluation.mayApply()}).
   *
   * @param rulebook the rulebook
   * @return assessments that may apply
   * @throws NullPointerException if {@code rulebook} is null
   */
  public static Arbitrary<Assessment> selfAssessmentsThatMayApply(Rulebook rulebook) {
    Objects.requireNonNull(rulebook, "rulebook");
    return Arbitraries.shuffle(rulebook.criteria())
        .flatMap(
            order ->
                Arbitraries.integers()
                    .between(0, order.size())
                    .map(
                        k ->
                            completed(
                                rulebook,
                                order,
                                new java.util.LinkedHashSet<>(order.subList(0, k)))));
  }

  /**
   * Self-assessments that miss at least one application requirement of the rulebook, whatever their
   * points: those whose centre may not apply however many points it scores.
   *
   * @param rulebook the rulebook
   * @return assessments that fail an application requirement
   * @throws IllegalArgumentException if the rulebook has no application requirement that an
   *     assessment can miss
   * @throws NullPointerException if {@code rulebook} is null
   */
  public static Arbitrary<Assessment> selfAssessmentsMissingAnApplicationRequirement(
      Rulebook rulebook) {
    Objects.requireNonNull(rulebook, "rulebook");
    List<Requirement> missable = new ArrayList<>();
    for (Requirement r : rulebook.applicationRequirements()) {
      if (r.kind() == Requirement.Kind.ALL_OF_LEVEL
          ? !rulebook.criteriaOf(r.level().orElseThrow()).isEmpty()
          : r.minimum() > 0) {
        missable.add(r);
      }
    }
    if (missable.isEmpty()) {
      throw new IllegalArgumentException(
          "rulebook "
              + rulebook.id()
              + " has no application requirement an assessment can miss: "
              + rulebook.applicationRequirements());
    }
    return Combinators.combine(Arbitraries.of(missable), Arbitraries.shuffle(rulebook.criteria()))
        .as((missed, order) -> missing(rulebook, missed, order));
  }

  /** Adds criteria in {@code order} until every application requirement and the gate hold. */
  private static Assessment completed(
      Rulebook rulebook, List<Criterion> order, java.util.Set<Criterion> met) {
    for (Requirement r : rulebook.applicationRequirements()) {
      for (Criterion c : order) {
        if (holds(rulebook, r, met)) {
          break;
        }
        if (r.level().isEmpty() || c.level().equals(r.level().get())) {
          met.add(c);
        }
      }
    }
    for (Criterion c : order) {
      if (points(met) >= rulebook.selfAssessmentGate()) {
        break;
      }
      met.add(c);
    }
    return Assessment.ofMet(
        rulebook, AssessmentKind.SELF_ASSESSMENT, met.stream().map(Criterion::id).toList());
  }

  /** Every criterion but enough, taken in {@code order}, to break {@code missed}. */
  private static Assessment missing(Rulebook rulebook, Requirement missed, List<Criterion> order) {
    java.util.Set<Criterion> met = new java.util.LinkedHashSet<>(order);
    for (Criterion c : order) {
      if (!holds(rulebook, missed, met)) {
        break;
      }
      if (missed.level().isEmpty() || c.level().equals(missed.level().get())) {
        met.remove(c);
      }
    }
    return Assessment.ofMet(
        rulebook, AssessmentKind.SELF_ASSESSMENT, met.stream().map(Criterion::id).toList());
  }

  private static boolean holds(Rulebook rulebook, Requirement r, java.util.Set<Criterion> met) {
    switch (r.kind()) {
      case AT_LEAST_POINTS:
        return points(met) >= r.minimum();
      case AT_LEAST_COUNT:
        return met.stream().filter(c -> c.level().equals(r.level().orElseThrow())).count()
            >= r.minimum();
      default:
        Level level = r.level().orElseThrow();
        return met.stream().filter(c -> c.level().equals(level)).count()
            == rulebook.criteriaOf(level).size();
    }
  }

  private static int points(java.util.Set<Criterion> met) {
    return met.stream().mapToInt(Criterion::points).sum();
  }

  /** The fewest leading criteria of {@code order} whose points reach {@code gate}. */
  private static int firstReaching(List<Criterion> order, int gate) {
    int points = 0;
    for (int k = 0; k < order.size(); k++) {
      if (points >= gate) {
        return k;
      }
      points += order.get(k).points();
    }
    return order.size();
  }

  private static Assessment prefix(Rulebook rulebook, List<Criterion> order, int count) {
    List<String> met = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      met.add(order.get(i).id());
    }
    return Assessment.ofMet(rulebook, AssessmentKind.SELF_ASSESSMENT, met);
  }

  // ---- Instants on and around a window (RULES.md §4) ----------------------------------------

  /**
   * Instants at which the window is open: from its effective opening to its closing, both ends
   * included (the ends are among jqwik's edge cases).
   *
   * @param window the window
   * @return instants inside the window
   * @throws NullPointerException if {@code window} is null
   */
  public static Arbitrary<Instant> instantsInside(ApplicationWindow window) {
    Instant opening = window.effectiveOpening();
    long span = ChronoUnit.NANOS.between(opening, window.closesAt());
    return Arbitraries.longs().between(0, span).map(opening::plusNanos);
  }

  /**
   * Instants before the window opens: from 60 days before its effective opening to one nanosecond
   * before it.
   *
   * @param window the window
   * @return instants at which the window is not yet open
   * @throws NullPointerException if {@code window} is null
   */
  public static Arbitrary<Instant> instantsBefore(ApplicationWindow window) {
    Instant opening = window.effectiveOpening();
    return Arbitraries.longs().between(1, Duration.ofDays(60).toNanos()).map(opening::minusNanos);
  }

  /**
   * Instants after the window closed: from one nanosecond after its closing to 60 days after.
   *
   * @param window the window
   * @return instants at which the window is closed
   * @throws NullPointerException if {@code window} is null
   */
  public static Arbitrary<Instant> instantsAfter(ApplicationWindow window) {
    Instant closing = window.closesAt();
    return Arbitraries.longs().between(1, Duration.ofDays(60).toNanos()).map(closing::plusNanos);
  }

  /**
   * Instants on and around the window: before, inside and after it in equal measure, the instants
   * next to each end included.
   *
   * @param window the window
   * @return instants anywhere from 60 days before the opening to 60 days after the closing
   * @throws NullPointerException if {@code window} is null
   */
  public static Arbitrary<Instant> instantsAround(ApplicationWindow window) {
    return Arbitraries.oneOf(instantsBefore(window), instantsInside(window), instantsAfter(window));
  }

  // ---- Certification histories (RULES.md §5) ------------------------------------------------

  /**
   * Histories of one to four certifications in which each certification is dated no later than the
   * day after the previous one's last valid day: continuous coverage, no gap. A history ends early
   * when no renewal can keep it continuous, as under a one-year validity that ends before the next
   * round's window opens.
   *
   * @param centreId the centre's id
   * @param policy the validity policy coverage is judged by
   * @return histories without gaps
   * @throws NullPointerException if an argument is null
   */
  public static Arbitrary<CertificationHistory> historiesWithoutGaps(
      String centreId, ValidityPolicy policy) {
    return histories(centreId, policy, 1, -1);
  }

  /**
   * Histories of two to four certifications with at least one gap: some certification is dated two
   * days or more after the previous one's last valid day.
   *
   * @param centreId the centre's id
   * @param policy the validity policy coverage is judged by
   * @return histories with gaps
   * @throws NullPointerException if an argument is null
   */
  public static Arbitrary<CertificationHistory> historiesWithGaps(
      String centreId, ValidityPolicy policy) {
    return Arbitraries.integers()
        .between(2, 4)
        .flatMap(
            size ->
                Arbitraries.integers()
                    .between(1, size - 1)
                    .flatMap(gapAt -> histories(centreId, policy, size, gapAt)));
  }

  /**
   * Any history of zero to four certifications, with or without gaps.
   *
   * @param centreId the centre's id
   * @param policy the validity policy certifications are chained by
   * @return histories
   * @throws NullPointerException if an argument is null
   */
  public static Arbitrary<CertificationHistory> histories(String centreId, ValidityPolicy policy) {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(1, Arbitraries.just(CertificationHistory.of(centreId, List.of()))),
        net.jqwik.api.Tuple.of(3, historiesWithoutGaps(centreId, policy)),
        net.jqwik.api.Tuple.of(3, historiesWithGaps(centreId, policy)));
  }

  /**
   * Histories of {@code size} certifications (1..4 when size is 1 and gapAt -1); the link into
   * certification {@code gapAt} leaves a gap, every other link is continuous or, when {@code gapAt}
   * is a real index, either.
   */
  private static Arbitrary<CertificationHistory> histories(
      String centreId, ValidityPolicy policy, int size, int gapAt) {
    Objects.requireNonNull(centreId, "centreId");
    Objects.requireNonNull(policy, "policy");
    Arbitrary<Integer> sizes =
        gapAt < 0 ? Arbitraries.integers().between(1, 4) : Arbitraries.just(size);
    return sizes.flatMap(
        n -> {
          Arbitrary<Certification> first =
              Arbitraries.integers()
                  .between(FIRST_ROUND, LAST_FIRST_ROUND)
                  .flatMap(
                      round ->
                          datesIn(FiscalYear.of(round).start(), FiscalYear.of(round).end())
                              .map(date -> certified(centreId, FiscalYear.of(round), date)));
          Arbitrary<List<Certification>> chain = first.map(List::of);
          for (int i = 1; i < n; i++) {
            boolean mustGap = i == gapAt;
            boolean mayGap = gapAt >= 0 && !mustGap;
            chain = chain.flatMap(sofar -> next(sofar, policy, mustGap, mayGap));
          }
          return chain.map(certifications -> CertificationHistory.of(centreId, certifications));
        });
  }

  private static Arbitrary<List<Certification>> next(
      List<Certification> sofar, ValidityPolicy policy, boolean mustGap, boolean mayGap) {
    Certification previous = sofar.get(sofar.size() - 1);
    LocalDate lastValid = previous.validity(policy).endInclusive();
    LocalDate nextRoundStart = previous.round().end().plusDays(1);
    LocalDate continuousFrom = max(previous.certifiedOn().plusDays(1), nextRoundStart);
    Optional<Arbitrary<LocalDate>> continuous =
        renewableDates(previous, continuousFrom, lastValid.plusDays(1));
    LocalDate gapFrom = max(lastValid.plusDays(2), nextRoundStart);
    Arbitrary<Certification> gapRenewals =
        datesIn(gapFrom, gapFrom.plusYears(2))
            .map(date -> renewal(previous, date, LocalDate.MAX).orElseThrow());
    if (continuous.isEmpty() && !mustGap && !mayGap) {
      return Arbitraries.just(sofar); // no renewal keeps the coverage continuous: the history ends
    }
    Arbitrary<Certification> renewals;
    if (mustGap || continuous.isEmpty()) {
      renewals = gapRenewals;
    } else {
      Arbitrary<Certification> continuousRenewals =
          continuous
              .get()
              .map(date -> renewal(previous, date, lastValid.plusDays(1)).orElseThrow());
      renewals = mayGap ? Arbitraries.oneOf(continuousRenewals, gapRenewals) : continuousRenewals;
    }
    return renewals.map(
        renewal -> {
          List<Certification> more = new ArrayList<>(sofar);
          more.add(renewal);
          return List.copyOf(more);
        });
  }

  /**
   * The dates from {@code first} to {@code latest} on which {@link #renewal} gives a renewal of
   * {@code previous} no later than {@code latest}; empty when there is none, as when a validity
   * ends before the next round's window opens. Computed fiscal year by fiscal year, so that no
   * filter can miss: in a fiscal year whose round is not after the round before it, the dates
   * before the window opened renew only if the window opened no later than {@code latest}.
   */
  private static Optional<Arbitrary<LocalDate>> renewableDates(
      Certification previous, LocalDate first, LocalDate latest) {
    List<Arbitrary<LocalDate>> ranges = new ArrayList<>();
    for (LocalDate from = first; !from.isAfter(latest); ) {
      FiscalYear year = FiscalYear.from(from);
      LocalDate to = min(year.end(), latest);
      LocalDate opening = Certification.earliestDate(year);
      boolean beforeOpeningRenews =
          year.getValue() - 1 > previous.round().getValue() || !opening.isAfter(latest);
      LocalDate renewsFrom = beforeOpeningRenews ? from : max(from, opening);
      if (!renewsFrom.isAfter(to)) {
        ranges.add(datesIn(renewsFrom, to));
      }
      from = to.plusDays(1);
    }
    return ranges.isEmpty() ? Optional.empty() : Optional.of(Arbitraries.oneOf(ranges));
  }

  /**
   * A certification of a round on a date, moved forward to the day the round's window opened when
   * the date is before it (RULES.md §6: no certification before its round's window).
   */
  private static Certification certified(String centreId, FiscalYear round, LocalDate date) {
    return Certification.of(centreId, round, max(date, Certification.earliestDate(round)));
  }

  /**
   * The renewal of a certification on a date, no later than {@code latest}: of the date's round
   * once its window has opened; before that, of the round before when it is after the previous
   * certification's, else on the day the date's round opened; empty when that day is after {@code
   * latest}.
   */
  private static Optional<Certification> renewal(
      Certification previous, LocalDate date, LocalDate latest) {
    FiscalYear round = FiscalYear.from(date);
    LocalDate opening = Certification.earliestDate(round);
    if (!date.isBefore(opening)) {
      return Optional.of(Certification.of(previous.centreId(), round, date));
    }
    if (round.getValue() - 1 > previous.round().getValue()) {
      return Optional.of(
          Certification.of(previous.centreId(), FiscalYear.of(round.getValue() - 1), date));
    }
    return opening.isAfter(latest)
        ? Optional.empty()
        : Optional.of(Certification.of(previous.centreId(), round, opening));
  }

  // ---- Maintenance reports (RULES.md §6) ----------------------------------------------------

  /**
   * Reports answering an obligation on time: submitted from the first day of its period to its due
   * day, both included.
   *
   * @param obligation the obligation
   * @return reports whose status is {@code ON_TIME} as of any day from their submission on (before
   *     it, a report is not yet known: RULES.md §6)
   * @throws NullPointerException if {@code obligation} is null
   */
  public static Arbitrary<MaintenanceReport> reportsOnTime(Obligation obligation) {
    LocalDate from = min(obligation.range().startInclusive(), obligation.due());
    return datesIn(from, obligation.due()).map(d -> MaintenanceReport.of(obligation.period(), d));
  }

  /**
   * Reports answering an obligation late: submitted from the day after its due day to a year after
   * it.
   *
   * @param obligation the obligation
   * @return reports whose status is {@code LATE} as of any day from their submission on
   * @throws NullPointerException if {@code obligation} is null
   */
  public static Arbitrary<MaintenanceReport> reportsLate(Obligation obligation) {
    LocalDate due = obligation.due();
    return datesIn(due.plusDays(1), due.plusYears(1))
        .map(d -> MaintenanceReport.of(obligation.period(), d));
  }

  /**
   * As-of dates on which an unanswered obligation is missing: from the day after its due day to two
   * years after it.
   *
   * @param obligation the obligation
   * @return dates on which, without a report, its status is {@code MISSING}
   * @throws NullPointerException if {@code obligation} is null
   */
  public static Arbitrary<LocalDate> datesWhenMissing(Obligation obligation) {
    LocalDate due = obligation.due();
    return datesIn(due.plusDays(1), due.plusYears(2));
  }

  /**
   * As-of dates on which an unanswered obligation is not yet due: from a year before its due day to
   * the due day itself.
   *
   * @param obligation the obligation
   * @return dates on which, without a report, its status is {@code NOT_YET_DUE}
   * @throws NullPointerException if {@code obligation} is null
   */
  public static Arbitrary<LocalDate> datesBeforeDue(Obligation obligation) {
    LocalDate due = obligation.due();
    return datesIn(due.minusYears(1), due);
  }

  // ---- Centres and portfolios (RULES.md §5, §6) ---------------------------------------------

  /**
   * Centres with any history and, for each period they owe, a report on time, a late report or none
   * (missing once due), with or without the kind of organisation and the province.
   *
   * @param centreId the centre's id
   * @param policy the validity and report policies the schedule is computed by
   * @return centres
   * @throws NullPointerException if an argument is null
   */
  public static Arbitrary<Centre> centres(String centreId, LifecyclePolicy policy) {
    Objects.requireNonNull(policy, "policy");
    return histories(centreId, policy.validity())
        .flatMap(
            history -> {
              ReportSchedule schedule = ReportSchedule.of(history, policy);
              List<Arbitrary<java.util.Optional<MaintenanceReport>>> answers = new ArrayList<>();
              for (Obligation obligation : schedule.obligations()) {
                // On time from the first day a report answers the period (not before the
                // certification that owes it) to the due day.
                LocalDate first = schedule.firstReportDay(obligation.period());
                answers.add(
                    Arbitraries.oneOf(
                        datesIn(min(first, obligation.due()), obligation.due())
                            .map(
                                d ->
                                    java.util.Optional.of(
                                        MaintenanceReport.of(obligation.period(), d))),
                        reportsLate(obligation).map(java.util.Optional::of),
                        Arbitraries.just(java.util.Optional.<MaintenanceReport>empty())));
              }
              Arbitrary<List<MaintenanceReport>> reports =
                  Combinators.combine(answers)
                      .as(list -> list.stream().flatMap(java.util.Optional::stream).toList());
              return Combinators.combine(
                      reports,
                      Arbitraries.of(OrganisationKind.class).optional(),
                      texts().optional())
                  .as(
                      (list, kind, province) -> {
                        Centre centre = Centre.of(centreId, history.certifications(), list);
                        centre = kind.map(centre::withKind).orElse(centre);
                        return province.map(centre::withProvince).orElse(centre);
                      });
            });
  }

  /**
   * Whole portfolios of one to {@code maxCentres} centres with distinct ids {@code C0001}, {@code
   * C0002}, …, each as {@link #centres} makes them.
   *
   * @param policy the validity and report policies
   * @param maxCentres the most centres, at least 1
   * @return portfolios
   * @throws IllegalArgumentException if {@code maxCentres} is below 1
   * @throws NullPointerException if {@code policy} is null
   */
  public static Arbitrary<Portfolio> portfolios(LifecyclePolicy policy, int maxCentres) {
    Objects.requireNonNull(policy, "policy");
    if (maxCentres < 1) {
      throw new IllegalArgumentException("maxCentres must be at least 1, got " + maxCentres);
    }
    return Arbitraries.integers()
        .between(1, maxCentres)
        .flatMap(
            n -> {
              List<Arbitrary<Centre>> centres = new ArrayList<>();
              for (int i = 1; i <= n; i++) {
                centres.add(centres(String.format(java.util.Locale.ROOT, "C%04d", i), policy));
              }
              return Combinators.combine(centres).as(list -> Portfolio.of(list, policy));
            });
  }

  // ---- Any value of a type, for round trips through JSON ------------------------------------

  /**
   * Any fiscal year, from {@link FiscalYear#MIN_VALUE} to {@link FiscalYear#MAX_VALUE}.
   *
   * @return fiscal years
   */
  public static Arbitrary<FiscalYear> fiscalYears() {
    return Arbitraries.integers()
        .between(FiscalYear.MIN_VALUE, FiscalYear.MAX_VALUE)
        .map(FiscalYear::of);
  }

  /**
   * Thai official dates in the fiscal years {@link #fiscalYears} spans, with a time of day in whole
   * minutes or without one.
   *
   * @return dates with or without a time
   */
  public static Arbitrary<ThaiDateTime> thaiDateTimes() {
    Arbitrary<LocalDate> dates =
        datesIn(
            FiscalYear.of(FiscalYear.MIN_VALUE).start(), FiscalYear.of(FiscalYear.MAX_VALUE).end());
    Arbitrary<LocalTime> times =
        Arbitraries.integers()
            .between(0, 24 * 60 - 1)
            .map(minute -> LocalTime.of(minute / 60, minute % 60));
    return Arbitraries.oneOf(
        dates.map(ThaiDateTime::of), Combinators.combine(dates, times).as(ThaiDateTime::of));
  }

  /**
   * Ranges of two {@link #thaiDateTimes}, the earlier first.
   *
   * @return ranges, some of them a single day or instant
   */
  public static Arbitrary<ThaiDateRange> thaiDateRanges() {
    return Combinators.combine(thaiDateTimes(), thaiDateTimes())
        .as((a, b) -> a.isAfter(b) ? ThaiDateRange.of(b, a) : ThaiDateRange.of(a, b));
  }

  /**
   * Levels: {@link Level#BASIC}, {@link Level#ADVANCED} and invented names.
   *
   * @return levels
   */
  public static Arbitrary<Level> levels() {
    return Arbitraries.oneOf(Arbitraries.of(Level.BASIC, Level.ADVANCED), names().map(Level::of));
  }

  /**
   * Criteria of any level, 1 to 9 points, with or without a group, a Thai and an English title.
   *
   * @return criteria
   */
  public static Arbitrary<Criterion> criteria() {
    Arbitrary<String> ids =
        Arbitraries.strings()
            .withCharRange('A', 'Z')
            .withCharRange('0', '9')
            .withChars('.', '_', '-')
            .ofMinLength(0)
            .ofMaxLength(8)
            .flatMap(
                tail ->
                    Arbitraries.strings()
                        .withCharRange('A', 'Z')
                        .withCharRange('0', '9')
                        .ofLength(1)
                        .map(head -> head + tail));
    return Combinators.combine(
            ids,
            levels(),
            Arbitraries.integers().between(1, 9),
            Arbitraries.of(CriterionGroup.class).optional(),
            texts().optional(),
            texts().optional())
        .as(
            (id, level, points, group, thai, english) -> {
              Criterion criterion = Criterion.of(id, level, points);
              criterion = group.map(criterion::withGroup).orElse(criterion);
              criterion = thai.map(criterion::withThaiTitle).orElse(criterion);
              return english.map(criterion::withEnglishTitle).orElse(criterion);
            });
  }

  /**
   * Requirements of each kind: every criterion of a level, at least 1 to 20 criteria of a level, at
   * least 1 to 100 points.
   *
   * @return requirements
   */
  public static Arbitrary<Requirement> requirements() {
    Arbitrary<Integer> counts = Arbitraries.integers().between(1, 20);
    return Arbitraries.oneOf(
        levels().map(Requirement::allOf),
        Combinators.combine(counts, levels()).as(Requirement::atLeast),
        Arbitraries.integers().between(1, 100).map(Requirement::atLeastPoints));
  }

  /**
   * Outcomes with an invented name and one to three different {@link #requirements}.
   *
   * @return outcomes
   */
  public static Arbitrary<Outcome> outcomes() {
    return Combinators.combine(names(), requirements().set().ofMinSize(1).ofMaxSize(3))
        .as((name, requirements) -> Outcome.of(name, List.copyOf(requirements)));
  }

  /**
   * Invented rulebooks that build: one to eight criteria of 1 to 5 points in one to three levels,
   * one or two reachable outcomes, a gate from 0 to the maximum, with or without a source, a
   * not-reached outcome of its own and application requirements.
   *
   * @return rulebooks, none of them registered anywhere
   */
  public static Arbitrary<Rulebook> rulebooks() {
    Arbitrary<List<Integer>> points =
        Arbitraries.integers().between(1, 5).list().ofMinSize(1).ofMaxSize(8);
    Arbitrary<List<Level>> levels = levels().list().uniqueElements().ofMinSize(1).ofMaxSize(3);
    return Combinators.combine(
            points,
            levels,
            fiscalYears(),
            Arbitraries.integers().between(1, 99),
            texts().optional(),
            Arbitraries.of(false, true),
            Arbitraries.of(false, true))
        .flatAs(
            (pointsOf, levelsOf, firstRound, number, source, ownNotReached, requiresAll) -> {
              int max = pointsOf.stream().mapToInt(Integer::intValue).sum();
              return Combinators.combine(
                      Arbitraries.integers().between(1, max),
                      Arbitraries.integers().between(0, max))
                  .as(
                      (passing, gate) -> {
                        Rulebook.Builder builder = Rulebook.builder("RB-" + number, firstRound);
                        for (int i = 0; i < pointsOf.size(); i++) {
                          builder.addCriterion(
                              Criterion.of(
                                  "K" + i, levelsOf.get(i % levelsOf.size()), pointsOf.get(i)));
                        }
                        if (requiresAll && passing < max) { // the higher outcome first
                          builder.addOutcome(
                              Outcome.of(
                                  "EXCELLENT",
                                  Requirement.allOf(levelsOf.get(0)),
                                  Requirement.atLeastPoints(max)));
                          builder.addApplicationRequirement(
                              Requirement.atLeast(1, levelsOf.get(0)));
                        }
                        builder.addOutcome(
                            Outcome.of("PASSED", Requirement.atLeastPoints(passing)));
                        source.ifPresent(builder::source);
                        if (ownNotReached) {
                          builder.notReachedOutcome("NOT_YET");
                        }
                        try {
                          return Optional.of(builder.selfAssessmentGate(gate).build());
                        } catch (RefusalException e) {
                          if (!e.rule().equals("3.15")) {
                            throw e;
                          }
                          // EXCELLENT shadows PASSED (no points between): an outcome no
                          // assessment reaches is refused (RULES.md 3.15), so none is drawn.
                          return Optional.<Rulebook>empty();
                        }
                      });
            })
        .filter(Optional::isPresent)
        .map(Optional::get);
  }

  /**
   * Assessments of a rulebook of either kind, each criterion answered met, answered not met or left
   * unanswered.
   *
   * @param rulebook the rulebook
   * @return assessments, from none answered to all answered
   * @throws NullPointerException if {@code rulebook} is null
   */
  public static Arbitrary<Assessment> assessments(Rulebook rulebook) {
    Objects.requireNonNull(rulebook, "rulebook");
    return Combinators.combine(
            Arbitraries.of(AssessmentKind.class),
            Arbitraries.of(Optional.of(true), Optional.of(false), Optional.<Boolean>empty())
                .list()
                .ofSize(rulebook.criteria().size()))
        .as(
            (kind, answers) -> {
              Assessment.Builder builder = Assessment.builder(rulebook, kind);
              for (int i = 0; i < answers.size(); i++) {
                String id = rulebook.criteria().get(i).id();
                answers.get(i).ifPresent(met -> builder.answer(id, met));
              }
              return builder.build();
            });
  }

  /**
   * Assessments, as {@link #assessments(Rulebook)} makes them, of a bundled rulebook or an invented
   * one ({@link #rulebooks}).
   *
   * @return assessments
   */
  public static Arbitrary<Assessment> assessments() {
    return Arbitraries.oneOf(Arbitraries.of(RulebookRegistry.bundled().all()), rulebooks())
        .flatMap(GeccArbitraries::assessments);
  }

  /**
   * Certifications of any round from {@link #FIRST_ROUND} on, dated from the day its window opened
   * to the end of the next fiscal year, with or without an outcome and a rulebook of their own.
   *
   * @param centreId the centre's id
   * @return certifications
   * @throws NullPointerException if {@code centreId} is null
   */
  public static Arbitrary<Certification> certifications(String centreId) {
    Objects.requireNonNull(centreId, "centreId");
    return Arbitraries.integers()
        .between(FIRST_ROUND, LAST_FIRST_ROUND)
        .map(FiscalYear::of)
        .flatMap(
            round ->
                Combinators.combine(
                        datesIn(Certification.earliestDate(round), round.end().plusYears(1)),
                        names().optional(),
                        Arbitraries.of("GECC-2560", "RB-1").optional())
                    .as(
                        (date, outcome, rulebook) -> {
                          Certification.Builder builder =
                              Certification.builder()
                                  .centreId(centreId)
                                  .round(round)
                                  .certifiedOn(date);
                          outcome.ifPresent(builder::outcome);
                          rulebook.ifPresent(builder::rulebookId);
                          return builder.build();
                        }));
  }

  /**
   * Maintenance reports of any period of {@link #FIRST_ROUND}..{@link #LAST_FIRST_ROUND}, submitted
   * within two years of its start, with or without satisfaction results (any finite score),
   * checklist answers and the list of parts sent.
   *
   * @return reports
   */
  public static Arbitrary<MaintenanceReport> maintenanceReports() {
    Arbitrary<ReportingPeriod> periods =
        Combinators.combine(
                Arbitraries.integers().between(FIRST_ROUND, LAST_FIRST_ROUND),
                Arbitraries.of(PeriodKind.class))
            .as(ReportingPeriod::of);
    Arbitrary<SatisfactionResult> satisfaction =
        Combinators.combine(
                Arbitraries.integers().between(0, 100_000),
                Arbitraries.oneOf(
                    Arbitraries.doubles().between(0, 100),
                    Arbitraries.doubles().between(0, Double.MAX_VALUE),
                    Arbitraries.of(-0.0, Double.MIN_VALUE, Double.MIN_NORMAL, 0.1 + 0.2)))
            .as(SatisfactionResult::of);
    Arbitrary<Map<String, Boolean>> checklist =
        Arbitraries.maps(
                Arbitraries.strings()
                    .withCharRange('A', 'Z')
                    .withCharRange('0', '9')
                    .ofMinLength(1)
                    .ofMaxLength(4),
                Arbitraries.of(false, true))
            .ofMaxSize(4);
    return periods.flatMap(
        period ->
            Combinators.combine(
                    datesIn(
                        period.range().startInclusive(),
                        period.range().startInclusive().plusYears(2)),
                    satisfaction.optional(),
                    checklist,
                    Arbitraries.of(false, true))
                .as(
                    (submittedOn, result, answers, listsParts) -> {
                      MaintenanceReport.Builder builder =
                          MaintenanceReport.builder()
                              .period(period)
                              .submittedOn(submittedOn)
                              .putAllChecklist(answers);
                      result.ifPresent(builder::satisfaction);
                      if (listsParts) {
                        java.util.Set<ReportPart> parts =
                            java.util.EnumSet.noneOf(ReportPart.class);
                        result.ifPresent(r -> parts.add(ReportPart.SATISFACTION_RESULTS));
                        if (!answers.isEmpty()) {
                          parts.add(ReportPart.SELF_CHECKLIST);
                        }
                        builder.parts(com.google.common.collect.ImmutableSet.copyOf(parts));
                      }
                      return builder.build();
                    }));
  }

  /**
   * The built-in validity policies: a number of years from the certification date and a number of
   * fiscal years from the round, each for 1 to 100 years.
   *
   * @return validity policies, the two three-year defaults among them
   */
  public static Arbitrary<ValidityPolicy> validityPolicies() {
    Arbitrary<Integer> years = Arbitraries.integers().between(1, 100);
    return Arbitraries.oneOf(
        Arbitraries.of(ValidityPolicy.YEARS_FROM_DATE, ValidityPolicy.FISCAL_YEARS),
        years.map(ValidityPolicy::yearsFromDate),
        years.map(ValidityPolicy::fiscalYears));
  }

  /**
   * Lifecycle policies: any of {@link #validityPolicies}, reports due 0 to 365 days after their
   * period, with or without a satisfaction threshold and a first owed period.
   *
   * @return lifecycle policies
   */
  public static Arbitrary<LifecyclePolicy> lifecyclePolicies() {
    Arbitrary<ReportingPeriod> periods =
        Combinators.combine(
                Arbitraries.integers().between(FIRST_ROUND, LAST_FIRST_ROUND),
                Arbitraries.of(PeriodKind.class))
            .as(ReportingPeriod::of);
    return Combinators.combine(
            validityPolicies(),
            Arbitraries.integers().between(0, 365),
            Arbitraries.doubles().between(0, 100).optional(),
            periods.optional())
        .as(
            (validity, days, threshold, first) -> {
              ReportPolicy.Builder report = ReportPolicy.builder().dueAfterDays(days);
              threshold.ifPresent(report::satisfactionThreshold);
              first.ifPresent(report::firstOwedPeriod);
              return LifecyclePolicy.of(validity, report.build());
            });
  }

  /**
   * Application windows of any round from {@link #FIRST_ROUND} on: closing in the round, opening up
   * to 60 days before or not given, one or more channels, any documents, a cited source.
   *
   * @return windows
   */
  public static Arbitrary<ApplicationWindow> applicationWindows() {
    return Arbitraries.integers()
        .between(FIRST_ROUND, LAST_FIRST_ROUND)
        .map(FiscalYear::of)
        .flatMap(
            round -> {
              Instant first = ThaiTime.startOfDay(round.start());
              long span = ChronoUnit.NANOS.between(first, ThaiTime.endOfDay(round.end()));
              return Combinators.combine(
                      Arbitraries.longs().between(0, span).map(first::plusNanos),
                      Arbitraries.longs().between(0, Duration.ofDays(60).toSeconds()).optional(),
                      Arbitraries.of(Channel.class).set().ofMinSize(1),
                      Arbitraries.of(DocumentFormat.class).set(),
                      texts())
                  .as(
                      (closesAt, before, channels, documents, source) ->
                          before.isPresent()
                              ? ApplicationWindow.of(
                                  round,
                                  closesAt.minusSeconds(before.get()),
                                  closesAt,
                                  channels,
                                  documents,
                                  source)
                              : ApplicationWindow.ofClosing(
                                  round, closesAt, channels, documents, source));
            });
  }

  /**
   * Organisations of any kind, information-only or not, division-only or not, with or without an id
   * and a location.
   *
   * @return organisations
   */
  public static Arbitrary<Organisation> organisations() {
    return Combinators.combine(
            Arbitraries.of(OrganisationKind.class),
            Arbitraries.of(false, true),
            texts().optional(),
            texts().optional(),
            Arbitraries.of(false, true))
        .as(
            (kind, informationOnly, id, location, divisionOnly) ->
                Organisation.of(kind, informationOnly, id, location)
                    .withDivisionOnly(divisionOnly));
  }

  /**
   * Results of self-assessments of a bundled rulebook or an invented one ({@link #rulebooks}), each
   * criterion met, not met or left unanswered.
   *
   * @return self-assessment results
   */
  public static Arbitrary<SelfAssessmentResult> selfAssessmentResults() {
    return Arbitraries.oneOf(Arbitraries.of(RulebookRegistry.bundled().all()), rulebooks())
        .flatMap(GeccArbitraries::assessments)
        .filter(assessment -> assessment.kind() == AssessmentKind.SELF_ASSESSMENT)
        .map(SelfAssessmentResult::of);
  }

  /**
   * Committee results of a bundled rulebook or an invented one ({@link #rulebooks}): any subset of
   * its criteria found met on site, the rest not met; points and outcome computed by the rulebook.
   *
   * @return committee results
   */
  public static Arbitrary<CommitteeResult> committeeResults() {
    return Arbitraries.oneOf(Arbitraries.of(RulebookRegistry.bundled().all()), rulebooks())
        .flatMap(
            rulebook ->
                Arbitraries.of(true, false)
                    .list()
                    .ofSize(rulebook.criteria().size())
                    .map(
                        found -> {
                          List<String> met = new ArrayList<>();
                          for (int i = 0; i < found.size(); i++) {
                            if (found.get(i)) {
                              met.add(rulebook.criteria().get(i).id());
                            }
                          }
                          return rulebook.committeeResult(met);
                        }));
  }

  /**
   * Applications of any round from {@link #FIRST_ROUND} on, from any {@link #organisations}, with
   * any {@link #selfAssessmentResults}, submitted at any instant of the round, by any channels with
   * any documents.
   *
   * @return applications
   */
  public static Arbitrary<Application> applications() {
    return Arbitraries.integers()
        .between(FIRST_ROUND, LAST_FIRST_ROUND)
        .map(FiscalYear::of)
        .flatMap(
            round -> {
              Instant first = ThaiTime.startOfDay(round.start());
              long span = ChronoUnit.NANOS.between(first, ThaiTime.endOfDay(round.end()));
              return Combinators.combine(
                      organisations(),
                      selfAssessmentResults(),
                      Arbitraries.longs().between(0, span).map(first::plusNanos),
                      Arbitraries.of(Channel.class).set(),
                      Arbitraries.of(DocumentFormat.class).set())
                  .as(
                      (organisation, result, submittedAt, channels, documents) ->
                          Application.of(
                              round, organisation, result, submittedAt, channels, documents));
            });
  }

  /**
   * Violations of any code, with a Thai and an English message and a source.
   *
   * @return violations
   */
  public static Arbitrary<Violation> violations() {
    return Combinators.combine(Arbitraries.of(ViolationCode.class), texts(), texts(), texts())
        .as(Violation::of);
  }

  /**
   * Warnings of any code, with a Thai and an English message and a source.
   *
   * @return warnings
   */
  public static Arbitrary<Warning> warnings() {
    return Combinators.combine(Arbitraries.of(WarningCode.class), texts(), texts(), texts())
        .as(Warning::of);
  }

  /**
   * Check results of zero to three {@link #violations} and zero to three {@link #warnings}.
   *
   * @return check results, accepted exactly when there is no violation
   */
  public static Arbitrary<CheckResult> checkResults() {
    return Combinators.combine(violations().list().ofMaxSize(3), warnings().list().ofMaxSize(3))
        .as(CheckResult::of);
  }

  /**
   * Round definitions: one of {@link #applicationWindows} and, each or not, the organisation kinds
   * it admits, the rulebook it names, up to two internal deadlines, a directive exempting units
   * certified in earlier rounds, and whether it replaces a bundled round.
   *
   * @return round definitions
   */
  public static Arbitrary<RoundDefinition> roundDefinitions() {
    return applicationWindows()
        .flatMap(
            window -> {
              FiscalYear round = window.round();
              Arbitrary<ReportingDeadline> deadlines =
                  Combinators.combine(
                          texts(),
                          Arbitraries.of(DeadlinePurpose.class),
                          window.opensAt().isPresent()
                              ? instantsInside(window)
                              : Arbitraries.just(window.closesAt()),
                          texts(),
                          texts(),
                          texts().optional(),
                          texts())
                      .as(
                          (setBy, purpose, due, task, source, reportedBy, reportedTo) -> {
                            ReportingDeadline deadline =
                                ReportingDeadline.of(round, setBy, purpose, due, task, source);
                            return reportedBy
                                .map(by -> deadline.reported(by, reportedTo))
                                .orElse(deadline);
                          });
              Arbitrary<ApplyDirective> directives =
                  Combinators.combine(
                          texts(),
                          Arbitraries.of(OrganisationKind.class).set().ofMinSize(1),
                          Arbitraries.integers()
                              .between(1, 5)
                              .map(back -> round.plusYears(-back))
                              .set()
                              .ofMaxSize(2),
                          texts())
                      .as(
                          (by, kinds, exempting, source) ->
                              ApplyDirective.exempting(round, by, kinds, exempting, source));
              return Combinators.combine(
                      Arbitraries.of(OrganisationKind.class).set().ofMinSize(1).optional(),
                      Arbitraries.of("GECC-2560", "RB-1").optional(),
                      deadlines.list().ofMaxSize(2),
                      directives.optional(),
                      Arbitraries.of(false, true))
                  .as(
                      (kinds, rulebook, deadlineList, directive, replaces) -> {
                        RoundDefinition.Draft draft =
                            RoundDefinition.builder(window)
                                .deadlines(deadlineList)
                                .replaces(replaces);
                        kinds.ifPresent(draft::eligibleKinds);
                        rulebook.ifPresent(draft::rulebook);
                        directive.ifPresent(draft::directive);
                        return draft.build();
                      });
            });
  }

  /**
   * Round registers: lists of zero to three {@link #roundDefinitions} of different rounds.
   *
   * @return round registers
   */
  public static Arbitrary<List<RoundDefinition>> roundRegisters() {
    return roundDefinitions()
        .list()
        .ofMaxSize(3)
        .uniqueElements(definition -> definition.window().round());
  }

  /** Names of outcomes and levels: an upper-case letter, then up to 7 letters, digits or _. */
  private static Arbitrary<String> names() {
    return Arbitraries.strings()
        .withCharRange('A', 'Z')
        .withCharRange('0', '9')
        .withChars('_')
        .ofMaxLength(7)
        .flatMap(
            tail ->
                Arbitraries.strings().withCharRange('A', 'Z').ofLength(1).map(head -> head + tail));
  }

  /**
   * Non-blank texts of up to 40 characters: Thai and Latin letters, digits, spaces, the characters
   * JSON escapes (quote, backslash, controls) and, at times, a character outside the Basic
   * Multilingual Plane.
   */
  private static Arbitrary<String> texts() {
    Arbitrary<String> texts =
        Arbitraries.strings()
            .withCharRange('\u0e01', '\u0e2e')
            .withCharRange('a', 'z')
            .withCharRange('0', '9')
            .withChars(' ', '.', '/', '"', '\\', '\n', '\t', '\u0000', '\u007f', '\u00e9')
            .ofMinLength(1)
            .ofMaxLength(40);
    return Arbitraries.oneOf(texts, texts.map(text -> text + "\ud83c\udfdb"))
        .filter(text -> !text.isBlank());
  }

  // ---- Dates --------------------------------------------------------------------------------

  /**
   * Dates from {@code first} to {@code last}, both included (and among the edge cases).
   *
   * @param first the first date
   * @param last the last date, not before {@code first}
   * @return the dates
   * @throws IllegalArgumentException if {@code last} is before {@code first}
   * @throws NullPointerException if an argument is null
   */
  public static Arbitrary<LocalDate> datesIn(LocalDate first, LocalDate last) {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("no date from " + first + " to " + last);
    }
    return Arbitraries.longs()
        .between(first.toEpochDay(), last.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
