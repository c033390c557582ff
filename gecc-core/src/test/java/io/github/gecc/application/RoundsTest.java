package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.rules.RulebookRegistry;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class RoundsTest {

  static final FiscalYear R2570 = FiscalYear.of(2570);
  static final String FICTIONAL =
      "FICTIONAL test data: an invented round 2570 circular, not a fact";
  static final String THAI_2570 = "๗ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๖ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๗๐";

  static ApplicationWindow window2570() {
    return ApplicationWindow.fromThaiText(
        R2570, THAI_2570, ImmutableSet.of(Channel.ONLINE), ImmutableSet.of(), FICTIONAL);
  }

  static RoundDefinition restated2567(String source) {
    ApplicationWindow bundled = Rounds.bundled().window(FiscalYear.of(2567)).orElseThrow();
    return RoundDefinition.of(
        ApplicationWindow.of(
            bundled.round(),
            bundled.opensAt().orElseThrow(),
            bundled.closesAt(),
            bundled.channels(),
            bundled.documents(),
            source));
  }

  // bundled

  @Test
  void bundledRoundsHoldTheBundledCalendar() {
    assertThat(Rounds.bundled().rounds()).hasSize(4);
    assertThat(Rounds.bundled().isRegistered(FiscalYear.of(2567))).isFalse();
  }

  @Test
  void bundledRoundsUseTheRegistrysRulebook() {
    assertThat(Rounds.bundled().rulebook(FiscalYear.of(2567)).orElseThrow().id())
        .isEqualTo("GECC-2560");
  }

  @Test
  void round2560AdmitsThreeLocalKindsAndEveryOtherKind() {
    assertThat(Rounds.bundled().admittedKinds(FiscalYear.of(2560)))
        .contains(
            OrganisationKind.CITY_MUNICIPALITY,
            OrganisationKind.PATTAYA_CITY,
            OrganisationKind.DISTRICT_OFFICE)
        .doesNotContain(OrganisationKind.SUBDISTRICT_MUNICIPALITY);
  }

  // lastWindowWithin

  private static io.github.gecc.time.DateRange validity(String from, String to) {
    return io.github.gecc.time.DateRange.ofClosed(
        java.time.LocalDate.parse(from), java.time.LocalDate.parse(to));
  }

  @Test
  void theLastWindowBeforeALapseIsTheLatestThatClosesInsideTheValidity() {
    // Round 2567 closes on 29 Feb 2024 at 16:30; round 2565 on 28 Feb 2022.
    assertThat(
            Rounds.bundled()
                .lastWindowWithin(validity("2021-09-30", "2024-09-29"))
                .orElseThrow()
                .round())
        .isEqualTo(FiscalYear.of(2567));
    assertThat(
            Rounds.bundled()
                .lastWindowWithin(validity("2021-09-30", "2024-02-28"))
                .orElseThrow()
                .round())
        .isEqualTo(FiscalYear.of(2565));
  }

  @Test
  void aWindowClosingOnTheLastValidDayStillCounts() {
    assertThat(
            Rounds.bundled()
                .lastWindowWithin(validity("2021-09-30", "2024-02-29"))
                .orElseThrow()
                .round())
        .isEqualTo(FiscalYear.of(2567));
  }

  @Test
  void aWindowThatClosedBeforeTheCertificationIsNotARenewal() {
    // Certified in round 2567 (Aug 2024): no known window closes inside its validity.
    assertThat(Rounds.bundled().lastWindowWithin(validity("2024-08-29", "2027-08-28"))).isEmpty();
  }

  @Test
  void aRegisteredRoundIsTheLastWindowOnceItIsKnown() {
    Rounds rounds = Rounds.bundled().plus(RoundDefinition.of(window2570()));
    assertThat(rounds.lastWindowWithin(validity("2024-08-29", "2027-08-28")).orElseThrow().round())
        .isEqualTo(R2570);
  }

  // plus

  @Test
  void aRegisteredRoundIsKnownEverywhere() {
    Rounds rounds =
        Rounds.bundled()
            .plus(
                RoundDefinition.builder(window2570())
                    .eligibleKinds(ImmutableSet.of(OrganisationKind.DISTRICT_OFFICE))
                    .rulebook("GECC-2560")
                    .build());
    assertThat(rounds.window(R2570).orElseThrow().opensAt())
        .contains(ThaiTime.toInstant(LocalDateTime.of(2027, 1, 7, 8, 30)));
    assertThat(rounds.cascade(R2570).orElseThrow().window()).isEqualTo(window2570());
    assertThat(rounds.rulebook(R2570).orElseThrow().id()).isEqualTo("GECC-2560");
    assertThat(rounds.admittedKinds(R2570)).containsExactly(OrganisationKind.DISTRICT_OFFICE);
    assertThat(rounds.isRegistered(R2570)).isTrue();
  }

  @Test
  void anIdenticalRestatementChangesNothing() {
    Rounds rounds = Rounds.bundled().plus(restated2567("DOPA มท 0305.1/ว 1660, 18 Jan 2567"));
    assertThat(rounds).isEqualTo(Rounds.bundled());
  }

  @Test
  void refusesARestatementThatDiffers() {
    ApplicationWindow bundled = Rounds.bundled().window(FiscalYear.of(2567)).orElseThrow();
    RoundDefinition later =
        RoundDefinition.of(
            ApplicationWindow.of(
                bundled.round(),
                bundled.opensAt().orElseThrow(),
                bundled.closesAt().plusSeconds(3600),
                bundled.channels(),
                bundled.documents(),
                "a later copy"));
    assertThatThrownBy(() -> Rounds.bundled().plus(later))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("round 2567 is already defined")
        .hasMessageContaining("closing")
        .hasMessageContaining("\"replaces\": true");
  }

  @Test
  void refusesARestatementNamingAnotherKind() {
    RoundDefinition restated =
        RoundDefinition.builder(restated2567("DOPA").window())
            .eligibleKinds(ImmutableSet.of(OrganisationKind.DISTRICT_OFFICE))
            .build();
    assertThatThrownBy(() -> Rounds.bundled().plus(restated))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("eligible kinds");
  }

  @Test
  void replacesAKnownRoundWhenMarkedWithItsOwnSource() {
    ApplicationWindow bundled = Rounds.bundled().window(FiscalYear.of(2567)).orElseThrow();
    RoundDefinition replacement =
        RoundDefinition.builder(
                ApplicationWindow.of(
                    bundled.round(),
                    bundled.opensAt().orElseThrow(),
                    bundled.closesAt().plusSeconds(3600),
                    bundled.channels(),
                    bundled.documents(),
                    "a correcting circular"))
            .replaces(true)
            .build();
    Rounds rounds = Rounds.bundled().plus(replacement);
    assertThat(rounds.window(FiscalYear.of(2567)).orElseThrow().closesAt())
        .isEqualTo(bundled.closesAt().plusSeconds(3600));
    assertThat(rounds.cascade(FiscalYear.of(2567)).orElseThrow().reports()).isEmpty();
    assertThat(rounds.isRegistered(FiscalYear.of(2567))).isTrue();
  }

  @Test
  void refusesAReplacementCitingTheSourceItReplaces() {
    ApplicationWindow bundled = Rounds.bundled().window(FiscalYear.of(2567)).orElseThrow();
    RoundDefinition replacement = RoundDefinition.builder(bundled).replaces(true).build();
    assertThatThrownBy(() -> Rounds.bundled().plus(replacement))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("cites the source of the round it replaces");
  }

  @Test
  void refusesAReplacementOfAnUnknownRound() {
    RoundDefinition replacement = RoundDefinition.builder(window2570()).replaces(true).build();
    assertThatThrownBy(() -> Rounds.bundled().plus(replacement))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no round 2570 is known to replace");
  }

  @Test
  void refusesAnUnknownRulebook() {
    RoundDefinition definition =
        RoundDefinition.builder(window2570()).rulebook("GECC-2570").build();
    assertThatThrownBy(() -> Rounds.bundled().plus(definition))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'GECC-2570', which is not registered")
        .hasMessageContaining("GECC-2560");
  }

  @Test
  void refusesARulebookThatStartsAfterTheRound() {
    ApplicationWindow w2559 =
        ApplicationWindow.ofLastDay(
            FiscalYear.of(2559),
            java.time.LocalDate.of(2016, 1, 31),
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            FICTIONAL);
    RoundDefinition definition = RoundDefinition.builder(w2559).rulebook("GECC-2560").build();
    assertThatThrownBy(() -> Rounds.bundled().plus(definition))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whose first round is 2560, after it");
  }

  @Test
  void aSecondRegisterMayRestateTheFirstOnlyIdentically() {
    Rounds once = Rounds.bundled().plus(RoundDefinition.of(window2570()));
    assertThat(once.plus(RoundDefinition.of(window2570()))).isEqualTo(once);
    RoundDefinition other =
        RoundDefinition.of(
            ApplicationWindow.fromThaiText(
                R2570, THAI_2570, ImmutableSet.of(Channel.EMAIL), ImmutableSet.of(), FICTIONAL));
    assertThatThrownBy(() -> once.plus(other)).hasMessageContaining("channels");
  }

  // register

  @Test
  void refusesARoundListedTwice() {
    assertThatThrownBy(
            () ->
                Rounds.bundled()
                    .plus(
                        List.of(
                            RoundDefinition.of(window2570()), RoundDefinition.of(window2570()))))
        .isInstanceOfSatisfying(
            io.github.gecc.RefusalException.class,
            refusal -> {
              assertThat(refusal.rule()).isEqualTo("4.16");
              assertThat(refusal.path()).hasToString("rounds[1].round");
            })
        .hasMessageContaining("round 2570 is listed twice");
  }

  @Test
  void aRegisterMergesInOrder() {
    Rounds merged =
        Rounds.bundled().plus(List.of(RoundDefinition.of(window2570()), restated2567("DOPA")));
    assertThat(merged.rounds()).contains(R2570, FiscalYear.of(2567));
    assertThat(merged).isEqualTo(Rounds.bundled().plus(RoundDefinition.of(window2570())));
  }

  @Test
  void aRefusedEntryOfARegisterIsRefusedAtItsIndex() {
    RoundDefinition unknownRulebook =
        RoundDefinition.builder(window2570()).rulebook("GECC-2570").build();
    assertThatThrownBy(() -> Rounds.bundled().plus(List.of(restated2567("DOPA"), unknownRulebook)))
        .isInstanceOfSatisfying(
            io.github.gecc.RefusalException.class,
            refusal -> {
              assertThat(refusal.rule()).isEqualTo("4.17");
              assertThat(refusal.path()).hasToString("rounds[1].rulebook");
            });
  }

  // definition

  @Test
  void opensAtTheEarliestThreeMonthsBeforeTheFiscalYear() {
    Instant earliest = RoundDefinition.earliestOpening(R2570);
    assertThat(earliest).isEqualTo(OffsetDateTime.parse("2026-07-01T00:00:00+07:00").toInstant());
    ApplicationWindow early =
        ApplicationWindow.of(
            R2570,
            earliest,
            window2570().closesAt(),
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            FICTIONAL);
    assertThat(RoundDefinition.of(early).window()).isEqualTo(early);
  }

  @Test
  void refusesAnOpeningMoreThanThreeMonthsBeforeTheFiscalYear() {
    ApplicationWindow tooEarly =
        ApplicationWindow.of(
            R2570,
            RoundDefinition.earliestOpening(R2570).minusNanos(1),
            window2570().closesAt(),
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            FICTIONAL);
    assertThatThrownBy(() -> RoundDefinition.of(tooEarly))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("more than 3 months before round 2570");
  }

  @Test
  void refusesAnEmptyListOfKinds() {
    assertThatThrownBy(
            () -> RoundDefinition.builder(window2570()).eligibleKinds(ImmutableSet.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("admits no organisation kind");
  }

  @Test
  void refusesADeadlineOfAnotherRound() {
    ReportingDeadline other =
        ReportingDeadline.at(
            FiscalYear.of(2567),
            "DOPA",
            DeadlinePurpose.APPLICATION_REPORT,
            LocalDateTime.of(2024, 2, 28, 12, 0),
            "report",
            "DOPA");
    assertThatThrownBy(
            () -> RoundDefinition.builder(window2570()).deadlines(List.of(other)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is listed in round 2570");
  }

  // checker and steps

  @Test
  void theCheckerRefusesAKindTheRoundDoesNotAdmit() {
    Rounds rounds =
        Rounds.bundled()
            .plus(
                RoundDefinition.builder(window2570())
                    .eligibleKinds(ImmutableSet.of(OrganisationKind.DISTRICT_OFFICE))
                    .build());
    Application application =
        Application.of(
            R2570,
            Organisation.of(OrganisationKind.BANGKOK_AGENCY, false),
            SelfAssessments.met(40, 12),
            ThaiTime.toInstant(LocalDateTime.of(2027, 2, 1, 10, 0)),
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of());
    CheckResult result = rounds.checker().check(application);
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.INELIGIBLE_ORGANISATION);
    assertThat(result.violations().get(0).source()).isEqualTo(FICTIONAL);
  }

  @Test
  void theStepsWorkForARegisteredRound() {
    Rounds rounds = Rounds.bundled().plus(RoundDefinition.of(window2570()));
    ApplicationProgress progress =
        ApplicationProgress.start(
            rounds.checker(), R2570, Organisation.of(OrganisationKind.DISTRICT_OFFICE, false));
    assertThat(progress.plan()).isEqualTo(StepPlan.online());
    assertThat(progress.window()).isEqualTo(window2570());
  }

  @Test
  void equalsAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            Rounds.bundled(), Rounds.bundled().withRulebooks(RulebookRegistry.bundled()))
        .addEqualityGroup(Rounds.bundled().plus(RoundDefinition.of(window2570())))
        .addEqualityGroup(Rounds.empty(RulebookRegistry.bundled()))
        .testEquals();
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(RulebookRegistry.class, RulebookRegistry.bundled())
            .setDefault(RoundDefinition.class, RoundDefinition.of(window2570()))
            .setDefault(List.class, List.of())
            .setDefault(EligibilityPolicy.class, EligibilityPolicy.bundled())
            .setDefault(FiscalYear.class, R2570);
    tester.testAllPublicInstanceMethods(Rounds.bundled());
    tester.testAllPublicStaticMethods(Rounds.class);
  }

  @Test
  void definitionsAreValues() {
    new EqualsTester()
        .addEqualityGroup(
            RoundDefinition.of(window2570()), RoundDefinition.builder(window2570()).build())
        .addEqualityGroup(RoundDefinition.builder(window2570()).replaces(true).build())
        .addEqualityGroup(RoundDefinition.builder(window2570()).rulebook("GECC-2560").build())
        .testEquals();
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(ApplicationWindow.class, window2570())
            .setDefault(RoundDefinition.class, RoundDefinition.of(window2570()))
            .setDefault(FiscalYear.class, R2570);
    tester.testAllPublicStaticMethods(RoundDefinition.class);
    tester.testAllPublicInstanceMethods(RoundDefinition.of(window2570()));
  }

  // the rulebook of a round judges its self-assessments (RULES.md §3)

  private static final io.github.gecc.rules.Rulebook LATER =
      io.github.gecc.rules.Rulebook.builder("LATER-2566", FiscalYear.of(2566))
          .addCriterion(
              io.github.gecc.rules.Criterion.of("X1", io.github.gecc.rules.Level.BASIC, 1))
          .addOutcome(
              io.github.gecc.rules.Outcome.of(
                  "CERTIFIED",
                  io.github.gecc.rules.Requirement.allOf(io.github.gecc.rules.Level.BASIC)))
          .build();

  private static CheckResult check2570(RoundDefinition definition) {
    Rounds rounds =
        Rounds.bundled()
            .withRulebooks(io.github.gecc.rules.RulebookRegistry.bundled().plus(LATER))
            .plus(definition);
    return rounds
        .checker()
        .check(
            Application.of(
                R2570,
                Organisation.of(OrganisationKind.DISTRICT_OFFICE, false),
                SelfAssessments.met(40, 10),
                ThaiTime.toInstant(LocalDateTime.of(2027, 2, 1, 10, 0)),
                ImmutableSet.of(Channel.ONLINE),
                ImmutableSet.of()));
  }

  @Test
  void theCheckerJudgesByTheRulebookTheRoundNames() {
    CheckResult result =
        check2570(RoundDefinition.builder(window2570()).rulebook("GECC-2560").build());
    assertThat(result.accepted()).isTrue();
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void aRoundsDirectiveIsItsDefinitions() {
    Rounds bundled = Rounds.bundled();
    assertThat(bundled.directive(FiscalYear.of(2567)))
        .contains(ApplyDirective.dopaDistrictOffices2567());
    assertThat(bundled.directive(FiscalYear.of(2565))).isEmpty();
    assertThat(bundled.plus(RoundDefinition.of(window2570())).directive(R2570)).isEmpty();
    ApplyDirective own =
        ApplyDirective.exempting(
            R2570,
            "X",
            java.util.Set.of(OrganisationKind.DISTRICT_OFFICE),
            java.util.Set.of(FiscalYear.of(2569)),
            "s");
    assertThat(
            bundled
                .plus(RoundDefinition.builder(window2570()).directive(own).build())
                .directive(R2570))
        .contains(own);
    ApplyDirective other =
        ApplyDirective.exempting(
            FiscalYear.of(2569),
            "X",
            java.util.Set.of(OrganisationKind.DISTRICT_OFFICE),
            java.util.Set.of(),
            "s");
    assertThatThrownBy(() -> RoundDefinition.builder(window2570()).directive(other).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the directive of round 2569 is listed in round 2570");
  }

  @Test
  void aRoundJudgedByAnEarlierRoundsRulebookSaysSoUnlessItsEntryNamesTheRulebook() {
    Rounds rounds = Rounds.bundled().withRulebooks(RulebookRegistry.bundled().plus(LATER));
    assertThat(rounds.rulebookWarning(FiscalYear.of(2566))).isEmpty();
    assertThat(rounds.rulebookWarning(FiscalYear.of(2567)).orElseThrow().english())
        .startsWith("round 2567 is judged by rulebook LATER-2566 of round 2566");
    assertThat(rounds.rulebookWarning(FiscalYear.of(2565)).orElseThrow().english())
        .startsWith("round 2565 is judged by rulebook GECC-2560 of round 2560");
    assertThat(
            rounds
                .plus(RoundDefinition.builder(window2570()).rulebook("GECC-2560").build())
                .rulebookWarning(R2570))
        .isEmpty();
    assertThat(rounds.plus(RoundDefinition.of(window2570())).rulebookWarning(R2570)).isPresent();
    assertThat(
            Rounds.bundled()
                .withRulebooks(RulebookRegistry.empty())
                .rulebookWarning(FiscalYear.of(2567)))
        .isEmpty();
  }

  @Test
  void aSelfAssessmentAgainstAnotherRulebookThanTheRoundsIsRefused() {
    CheckResult result = check2570(RoundDefinition.of(window2570()));
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.RULEBOOK_NOT_OF_ROUND);
    assertThat(result.violations().get(0).english()).contains("GECC-2560").contains("LATER-2566");
  }

  // the combined eligibility policy

  private static final EligibilityPolicy ADMITS_ALL =
      (round, organisation) -> com.google.common.collect.ImmutableList.of();

  private static final Violation BASE_INELIGIBLE =
      Violation.of(
          ViolationCode.INELIGIBLE_ORGANISATION, "ไม่มีสิทธิ์", "refused by the base policy");

  private static Rounds with2570ForDistrictOffices() {
    return Rounds.bundled()
        .plus(
            RoundDefinition.builder(window2570())
                .eligibleKinds(ImmutableSet.of(OrganisationKind.DISTRICT_OFFICE))
                .build());
  }

  @Test
  void aKindTheRoundDoesNotNameIsRefusedNamingTheRoundsKinds() {
    List<Violation> violations =
        with2570ForDistrictOffices()
            .withEligibility(ADMITS_ALL)
            .eligibility()
            .check(R2570, Organisation.of(OrganisationKind.CITY_MUNICIPALITY, false));
    assertThat(violations)
        .extracting(Violation::code)
        .containsExactly(ViolationCode.INELIGIBLE_ORGANISATION);
    assertThat(violations.get(0).english())
        .contains("round 2570")
        .contains("CITY_MUNICIPALITY")
        .contains("DISTRICT_OFFICE");
    assertThat(violations.get(0).source()).isEqualTo(window2570().source());
  }

  @Test
  void aKindTheRoundNamesGetsOnlyTheBasePolicysAnswer() {
    assertThat(
            with2570ForDistrictOffices()
                .withEligibility(ADMITS_ALL)
                .eligibility()
                .check(R2570, Organisation.of(OrganisationKind.DISTRICT_OFFICE, false)))
        .isEmpty();
  }

  @Test
  void aKindTheBaseAlreadyRefusedIsNotRefusedTwice() {
    EligibilityPolicy refusesAll =
        (round, organisation) -> com.google.common.collect.ImmutableList.of(BASE_INELIGIBLE);
    assertThat(
            with2570ForDistrictOffices()
                .withEligibility(refusesAll)
                .eligibility()
                .check(R2570, Organisation.of(OrganisationKind.CITY_MUNICIPALITY, false)))
        .containsExactly(BASE_INELIGIBLE);
  }

  @Test
  void theCombinedPolicyIsAValueOfItsBaseAndRounds() {
    Rounds other = with2570ForDistrictOffices();
    new EqualsTester()
        .addEqualityGroup(
            Rounds.bundled().withEligibility(ADMITS_ALL).eligibility(),
            Rounds.bundled().withEligibility(ADMITS_ALL).eligibility())
        .addEqualityGroup(
            Rounds.bundled().withEligibility(EligibilityPolicy.bundled()).eligibility())
        .addEqualityGroup(other.withEligibility(ADMITS_ALL).eligibility())
        .testEquals();
    assertThat(other.withEligibility(ADMITS_ALL).eligibility().toString())
        .contains(ADMITS_ALL.toString())
        .contains("2570");
  }

  @Test
  void roundsDescribeTheirRoundsAndRegistrations() {
    Rounds other = with2570ForDistrictOffices();
    assertThat(other.toString()).contains("2570").contains(other.rulebooks().toString());
    assertThat(other.hashCode()).isNotEqualTo(Rounds.bundled().hashCode());
    assertThat(other.definitions()).extracting(d -> d.window().round()).contains(R2570);
    assertThat(other.rulebooks()).isEqualTo(Rounds.bundled().rulebooks());
  }

  // restatements

  private static RoundDefinition.Draft restating2567() {
    return RoundDefinition.builder(Rounds.bundled().window(FiscalYear.of(2567)).orElseThrow());
  }

  @Test
  void aRestatementNamingTheRoundsOwnKindsRulebookAndDeadlinesChangesNothing() {
    ReportingCascade known = Rounds.bundled().cascade(FiscalYear.of(2567)).orElseThrow();
    RoundDefinition same =
        restating2567()
            .eligibleKinds(java.util.EnumSet.allOf(OrganisationKind.class))
            .rulebook("GECC-2560")
            .deadlines(known.reports())
            .build();
    assertThat(Rounds.bundled().plus(same)).isEqualTo(Rounds.bundled());
  }

  @Test
  void aRestatementWithOtherDeadlinesIsRefusedNamingBoth() {
    ReportingCascade known = Rounds.bundled().cascade(FiscalYear.of(2567)).orElseThrow();
    ReportingDeadline first = known.reports().get(0);
    RoundDefinition other = restating2567().deadlines(List.of(first)).build();
    assertThatThrownBy(() -> Rounds.bundled().plus(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "deadlines ["
                + first.setBy()
                + " "
                + first.purpose()
                + " "
                + first.due()
                + "] instead of");
  }

  @Test
  void aRestatementWithAnotherOpeningIsRefusedNamingBothInBangkokTime() {
    ApplicationWindow known = Rounds.bundled().window(FiscalYear.of(2567)).orElseThrow();
    Instant earlier = known.opensAt().orElseThrow().minusSeconds(86_400);
    RoundDefinition other =
        RoundDefinition.of(
            ApplicationWindow.of(
                known.round(),
                earlier,
                known.closesAt(),
                known.channels(),
                known.documents(),
                known.source()));
    assertThatThrownBy(() -> Rounds.bundled().plus(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(
            "opening "
                + ThaiTime.atBangkok(earlier)
                + " instead of "
                + ThaiTime.atBangkok(known.opensAt().orElseThrow()));
  }

  @Test
  void aRoundMayNameTheRulebookThatStartsWithIt() {
    RoundDefinition same =
        RoundDefinition.builder(Rounds.bundled().window(FiscalYear.of(2560)).orElseThrow())
            .rulebook("GECC-2560")
            .build();
    assertThat(Rounds.bundled().plus(same)).isEqualTo(Rounds.bundled());
  }

  @Test
  void aKindTheRoundDoesNotNameIsRefusedBesideTheBasePolicysOtherViolations() {
    Violation other =
        Violation.of(
            ViolationCode.INFORMATION_ONLY_CENTRE, "ศูนย์ข้อมูล", "an information-only centre");
    EligibilityPolicy refusesOtherwise =
        (round, organisation) -> com.google.common.collect.ImmutableList.of(other);
    assertThat(
            with2570ForDistrictOffices()
                .withEligibility(refusesOtherwise)
                .eligibility()
                .check(R2570, Organisation.of(OrganisationKind.CITY_MUNICIPALITY, false)))
        .extracting(Violation::code)
        .containsExactly(
            ViolationCode.INELIGIBLE_ORGANISATION, ViolationCode.INFORMATION_ONLY_CENTRE);
  }
}
