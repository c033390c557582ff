package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class BundledRoundsTest {

  private static final Rounds BUNDLED = Rounds.bundled();

  @Test
  void everyBodyOfTheBundledDeadlinesHasAWhollyThaiName() {
    Rounds bundled = Rounds.bundled();
    List<ReportingDeadline> deadlines =
        bundled.rounds().stream()
            .flatMap(round -> bundled.cascade(round).orElseThrow().reports().stream())
            .collect(java.util.stream.Collectors.toList());
    assertThat(deadlines).hasSize(4);
    for (ReportingDeadline deadline : deadlines) {
      for (String body :
          List.of(deadline.setBy(), deadline.reportedTo(), deadline.reportedBy().orElseThrow())) {
        assertThat(ReportingCascade.thaiNameOf(body))
            .as(body)
            .hasValueSatisfying(name -> assertThat(name).matches("[\\u0E00-\\u0E7F ]+"));
      }
    }
    assertThat(ReportingCascade.thaiNameOf(ReportingCascade.SAKON_NAKHON))
        .contains("จังหวัดสกลนคร");
    assertThat(ReportingCascade.thaiNameOf("KHON_KAEN")).isEmpty();
  }

  @Test
  void bundledHoldsTheRoundsOfTheSources() {
    assertThat(BUNDLED.rounds())
        .containsExactly(
            FiscalYear.of(2560), FiscalYear.of(2564), FiscalYear.of(2565), FiscalYear.of(2567));
  }

  static Stream<Arguments> bundledWindows() {
    return Stream.of(
        Arguments.of(
            2560,
            null,
            "2017-01-31T16:59:59.999999999Z",
            ImmutableSet.of(Channel.POST_OR_IN_PERSON, Channel.EMAIL),
            ImmutableSet.of(DocumentFormat.WORD, DocumentFormat.PDF),
            "DLA นท 0812/694, round 2560"),
        Arguments.of(
            2564,
            "2020-12-31T17:00:00Z",
            "2021-02-28T16:59:59.999999999Z",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            "§10"),
        Arguments.of(
            2565,
            "2021-12-31T17:00:00Z",
            "2022-02-28T16:59:59.999999999Z",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            "DLA มท 0810.7/ว, Dec 2564"),
        Arguments.of(
            2567,
            "2024-01-08T01:30:00Z",
            "2024-02-29T09:30:00Z",
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567"));
  }

  @ParameterizedTest
  @MethodSource("bundledWindows")
  void bundledWindowsCiteTheirSources(
      int round,
      String opens,
      String closes,
      ImmutableSet<Channel> channels,
      ImmutableSet<DocumentFormat> documents,
      String source) {
    ApplicationWindow window = BUNDLED.window(FiscalYear.of(round)).orElseThrow();
    assertThat(window.opensAt()).isEqualTo(Optional.ofNullable(opens).map(Instant::parse));
    assertThat(window.closesAt()).isEqualTo(Instant.parse(closes));
    assertThat(window.channels()).isEqualTo(channels);
    assertThat(window.documents()).isEqualTo(documents);
    assertThat(window.source()).contains(source);
  }

  @Test
  void unknownRoundIsAbsent() {
    assertThat(BUNDLED.window(FiscalYear.of(2566))).isEmpty();
  }

  @Test
  void checkingARoundNotKnownIsRefusedNamingTheKnownRounds() {
    Application application =
        Application.of(
            FiscalYear.of(2566),
            Organisation.of(OrganisationKind.DISTRICT_OFFICE, false),
            SelfAssessments.met(40, 12),
            Instant.parse("2023-01-10T03:00:00Z"),
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of());
    assertThatThrownBy(() -> BUNDLED.checker().check(application))
        .isInstanceOfSatisfying(
            RefusalException.class,
            refusal -> {
              assertThat(refusal.rule()).isEqualTo("4.14");
              assertThat(refusal.path()).hasToString("round");
              assertThat(refusal.thai()).contains("2566");
            })
        .hasMessageContaining("round 2566")
        .hasMessageContaining("2560, 2564, 2565, 2567");
  }

  @Test
  void usersAddRounds() {
    ApplicationWindow w2568 =
        ApplicationWindow.ofDays(
            FiscalYear.of(2568),
            LocalDate.of(2025, 1, 6),
            LocalDate.of(2025, 2, 28),
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            "host data");
    Rounds rounds = BUNDLED.plus(RoundDefinition.of(w2568));
    assertThat(rounds.window(FiscalYear.of(2568))).contains(w2568);
    assertThat(BUNDLED.window(FiscalYear.of(2568))).isEmpty();
  }

  @Test
  void theWindowOpenAtAnInstantIsFound() {
    Instant during2567 = Instant.parse("2024-02-01T03:00:00Z");
    assertThat(BUNDLED.openAt(during2567))
        .containsExactly(BUNDLED.window(FiscalYear.of(2567)).orElseThrow());
    assertThat(BUNDLED.openAt(Instant.parse("2024-03-01T03:00:00Z"))).isEmpty();
    assertThat(BUNDLED.openNow(java.time.Clock.fixed(during2567, ThaiTime.ZONE)))
        .isEqualTo(BUNDLED.openAt(during2567));
  }

  @Test
  void theBundledRound2567CarriesDopasDirective() {
    assertThat(BUNDLED.directive(FiscalYear.of(2567)))
        .contains(ApplyDirective.dopaDistrictOffices2567());
    assertThat(BUNDLED.directive(FiscalYear.of(2565))).isEmpty();
    assertThat(BUNDLED.directive(FiscalYear.of(2566))).isEmpty();
  }

  @Test
  void cascadeOf2565HoldsTheSurvey() {
    ReportingCascade cascade = BUNDLED.cascade(FiscalYear.of(2565)).orElseThrow();
    assertThat(cascade.reports())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.purpose()).isEqualTo(DeadlinePurpose.SURVEY);
              assertThat(d.due()).isEqualTo(ThaiTime.endOfDay(LocalDate.of(2022, 1, 31)));
            });
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(BUNDLED, Rounds.bundled())
        .addEqualityGroup(
            Rounds.empty(io.github.gecc.rules.RulebookRegistry.bundled()),
            Rounds.empty(io.github.gecc.rules.RulebookRegistry.bundled()))
        .addEqualityGroup(
            Rounds.empty(io.github.gecc.rules.RulebookRegistry.bundled())
                .plus(RoundDefinition.of(BUNDLED.window(FiscalYear.of(2567)).orElseThrow())))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(FiscalYear.class, FiscalYear.of(2567))
            .setDefault(ApplicationWindow.class, BUNDLED.window(FiscalYear.of(2567)).orElseThrow())
            .setDefault(
                Organisation.class, Organisation.of(OrganisationKind.DISTRICT_OFFICE, false))
            .setDefault(StepPlan.class, StepPlan.online())
            .setDefault(Rounds.class, BUNDLED)
            .setDefault(EligibilityPolicy.class, EligibilityPolicy.bundled())
            .setDefault(
                io.github.gecc.rules.RulebookRegistry.class,
                io.github.gecc.rules.RulebookRegistry.bundled())
            .setDefault(ApplicationChecker.class, Rounds.bundled().checker());
    tester.testAllPublicInstanceMethods(BUNDLED);
    tester.testAllPublicInstanceMethods(BUNDLED.cascade(FiscalYear.of(2567)).orElseThrow());
    tester.testAllPublicStaticMethods(ApplicationChecker.class);
    tester.testAllPublicStaticMethods(ApplicationProgress.class);
    tester.testAllPublicInstanceMethods(ApplicationRegister.empty());
    tester.testAllPublicStaticMethods(StepPlan.class);
  }

  @Test
  void roundsDescribeThemselvesByTheirRounds() {
    Rounds calendar = Rounds.bundled().plus(RoundDefinition.of(RoundsTest.window2570()));
    assertThat(calendar.toString())
        .contains("2570")
        .contains(String.valueOf(FiscalYear.of(2567).getValue()));
    assertThat(calendar.hashCode()).isNotEqualTo(Rounds.bundled().hashCode());
  }
}
