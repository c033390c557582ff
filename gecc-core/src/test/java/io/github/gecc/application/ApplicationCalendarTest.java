package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
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

class ApplicationCalendarTest {

  private static final ApplicationCalendar BUNDLED = ApplicationCalendar.bundled();

  @Test
  void everyBodyOfTheBundledDeadlinesHasAWhollyThaiName() {
    ApplicationCalendar bundled = ApplicationCalendar.bundled();
    List<ReportingDeadline> deadlines = bundled.rounds().stream()
        .flatMap(round -> bundled.reportingCascade(round).reports().stream())
        .collect(java.util.stream.Collectors.toList());
    assertThat(deadlines).hasSize(4);
    for (ReportingDeadline deadline : deadlines) {
      for (String body : List.of(deadline.setBy(), deadline.reportedTo(),
          deadline.reportedBy().orElseThrow())) {
        assertThat(ApplicationCalendar.thaiNameOf(body)).as(body).hasValueSatisfying(
            name -> assertThat(name).matches("[\\u0E00-\\u0E7F ]+"));
      }
    }
    assertThat(ApplicationCalendar.thaiNameOf(ApplicationCalendar.SAKON_NAKHON)).contains("จังหวัดสกลนคร");
    assertThat(ApplicationCalendar.thaiNameOf("KHON_KAEN")).isEmpty();
  }

  @Test
  void bundledHoldsTheRoundsOfTheSources() {
    assertThat(BUNDLED.rounds())
        .containsExactly(FiscalYear.of(2560), FiscalYear.of(2564), FiscalYear.of(2565), FiscalYear.of(2567));
  }

  static Stream<Arguments> bundledWindows() {
    return Stream.of(
        Arguments.of(2560, null, "2017-01-31T16:59:59.999999999Z", ImmutableSet.of(Channel.POST_OR_IN_PERSON, Channel.EMAIL),
            ImmutableSet.of(DocumentFormat.WORD, DocumentFormat.PDF), "DLA นท 0812/694, round 2560"),
        Arguments.of(2564, "2020-12-31T17:00:00Z", "2021-02-28T16:59:59.999999999Z", ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(), "§10"),
        Arguments.of(2565, "2021-12-31T17:00:00Z", "2022-02-28T16:59:59.999999999Z", ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(), "DLA มท 0810.7/ว, Dec 2564"),
        Arguments.of(2567, "2024-01-08T01:30:00Z", "2024-02-29T09:30:00Z", ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(), "DOPA มท 0305.1/ว 1660, 18 Jan 2567"));
  }

  @ParameterizedTest
  @MethodSource("bundledWindows")
  void bundledWindowsCiteTheirSources(
      int round, String opens, String closes, ImmutableSet<Channel> channels, ImmutableSet<DocumentFormat> documents, String source) {
    ApplicationWindow window = BUNDLED.windowOf(FiscalYear.of(round));
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
  void windowOfUnknownRoundNamesTheKnownRounds() {
    assertThatThrownBy(() -> BUNDLED.windowOf(FiscalYear.of(2566)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("round 2566")
        .hasMessageContaining("2560, 2564, 2565, 2567");
  }

  @Test
  void usersAddRounds() {
    ApplicationWindow w2568 =
        ApplicationWindow.ofDays(
            FiscalYear.of(2568),
            Optional.of(LocalDate.of(2025, 1, 6)),
            LocalDate.of(2025, 2, 28),
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            "host data");
    ApplicationCalendar calendar = BUNDLED.plus(w2568);
    assertThat(calendar.windowOf(FiscalYear.of(2568))).isEqualTo(w2568);
    assertThat(BUNDLED.window(FiscalYear.of(2568))).isEmpty();
  }

  @Test
  void aSecondWindowForARoundIsRefused() {
    ApplicationWindow again =
        ApplicationWindow.ofDays(
            FiscalYear.of(2567),
            Optional.empty(),
            LocalDate.of(2024, 3, 1),
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            "again");
    assertThatThrownBy(() -> BUNDLED.plus(again))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already holds a window for round 2567");
  }

  @Test
  void aDeadlineForAnUnknownRoundIsRefused() {
    ReportingDeadline deadline =
        ReportingDeadline.onDay(
            FiscalYear.of(2566), "DOPA", DeadlinePurpose.SURVEY, LocalDate.of(2023, 1, 1), "task", "src");
    assertThatThrownBy(() -> BUNDLED.plus(deadline))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("round 2566");
  }

  @Test
  void cascadeOf2565HoldsTheSurvey() {
    ReportingCascade cascade = BUNDLED.reportingCascade(FiscalYear.of(2565));
    assertThat(cascade.reports()).singleElement()
        .satisfies(d -> {
          assertThat(d.purpose()).isEqualTo(DeadlinePurpose.SURVEY);
          assertThat(d.due()).isEqualTo(ThaiTime.endOfDay(LocalDate.of(2022, 1, 31)));
        });
  }

  @Test
  void equalsAndHashCode() {
    new EqualsTester()
        .addEqualityGroup(BUNDLED, ApplicationCalendar.bundled())
        .addEqualityGroup(ApplicationCalendar.empty(), ApplicationCalendar.empty())
        .addEqualityGroup(ApplicationCalendar.empty().plus(BUNDLED.windowOf(FiscalYear.of(2567))))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester = new NullPointerTester()
        .setDefault(FiscalYear.class, FiscalYear.of(2567))
        .setDefault(ApplicationWindow.class, BUNDLED.windowOf(FiscalYear.of(2567)))
        .setDefault(Organisation.class, Organisation.of(OrganisationKind.DISTRICT_OFFICE, false))
        .setDefault(StepPlan.class, StepPlan.online())
        .setDefault(ApplicationCalendar.class, BUNDLED)
        .setDefault(EligibilityPolicy.class, EligibilityPolicy.bundled())
        .setDefault(io.github.gecc.rules.RulebookRegistry.class, io.github.gecc.rules.RulebookRegistry.bundled())
        .setDefault(ApplicationChecker.class, ApplicationChecker.bundled());
    tester.testAllPublicInstanceMethods(BUNDLED);
    tester.testAllPublicInstanceMethods(BUNDLED.reportingCascade(FiscalYear.of(2567)));
    tester.testAllPublicStaticMethods(ApplicationChecker.class);
    tester.testAllPublicStaticMethods(ApplicationProgress.class);
    tester.testAllPublicInstanceMethods(ApplicationRegister.empty());
    tester.testAllPublicStaticMethods(StepPlan.class);
  }

  @Test
  void aCalendarDescribesItsRoundsAndDeadlineCount() {
    ApplicationCalendar calendar = ApplicationCalendar.bundled().plus(RoundsTest.window2570());
    assertThat(calendar.toString()).contains("2570").contains(String.valueOf(FiscalYear.of(2567).getValue()));
    assertThat(calendar.hashCode()).isNotEqualTo(ApplicationCalendar.bundled().hashCode());
  }
}
