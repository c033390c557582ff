package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.rules.CommitteeResult;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import java.time.OffsetDateTime;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ApplicationProgressTest {

  private static final ApplicationChecker CHECKER = Rounds.bundled().checker();
  private static final SelfAssessmentResult PASSING = SelfAssessments.met(40, 12);
  private static final SelfAssessmentResult FAILING = SelfAssessments.points(56);
  private static final CommitteeResult PASSED = SelfAssessments.committee(40, 15);
  private static final CommitteeResult NOT_PASSED = SelfAssessments.committee(38, 10);

  private static ApplicationProgress start2560() {
    return ApplicationProgress.start(
        CHECKER, FiscalYear.of(2560), Organisation.of(OrganisationKind.CITY_MUNICIPALITY, false));
  }

  private static ApplicationProgress start2567() {
    return ApplicationProgress.start(
        CHECKER, FiscalYear.of(2567), Organisation.of(OrganisationKind.DISTRICT_OFFICE, false));
  }

  private static StepEvent submit2560(String at) {
    return StepEvent.submitted(
        OffsetDateTime.parse(at).toInstant(),
        ImmutableSet.of(Channel.POST_OR_IN_PERSON, Channel.EMAIL),
        ImmutableSet.of(DocumentFormat.WORD, DocumentFormat.PDF));
  }

  private static ApplicationProgress take(ApplicationProgress progress, StepEvent... events) {
    ApplicationProgress current = progress;
    for (StepEvent event : events) {
      StepResult result = current.advance(event);
      assertThat(result.violations()).as("step %s", event.action()).isEmpty();
      current = result.progress();
    }
    return current;
  }

  @Test
  void round2560FollowsTheSevenSteps() {
    ApplicationProgress progress = start2560();
    assertThat(progress.plan()).isEqualTo(StepPlan.sevenSteps());
    ApplicationProgress done =
        take(
            progress,
            StepEvent.of(StepAction.BRIEFING),
            StepEvent.selfAssessed(PASSING),
            StepEvent.of(StepAction.SELF_ASSESSMENT_GATE),
            StepEvent.of(StepAction.GOVERNOR_APPROVAL),
            StepEvent.of(StepAction.APPLICATION_FORM),
            submit2560("2017-01-20T10:00:00+07:00"),
            StepEvent.assessedOnSite(PASSED),
            StepEvent.of(StepAction.CERTIFICATION));
    assertThat(done.isCertified()).isTrue();
    assertThat(done.nextStep()).isEmpty();
    assertThat(done.submission()).isPresent();
    assertThat(done.committeeResult()).contains(PASSED);
  }

  @Test
  void onlineRoundHasItsOwnList() {
    ApplicationProgress progress = start2567();
    assertThat(progress.plan()).isEqualTo(StepPlan.online());
    ApplicationProgress done =
        take(
            progress,
            StepEvent.selfAssessed(PASSING),
            StepEvent.of(StepAction.SELF_ASSESSMENT_GATE),
            StepEvent.submitted(
                OffsetDateTime.parse("2024-02-01T10:00:00+07:00").toInstant(),
                ImmutableSet.of(Channel.ONLINE),
                ImmutableSet.of()),
            StepEvent.assessedOnSite(PASSED),
            StepEvent.of(StepAction.CERTIFICATION));
    assertThat(done.isCertified()).isTrue();
  }

  @Test
  void noGovernorsApprovalBeforeTheGate() {
    ApplicationProgress progress =
        take(start2560(), StepEvent.of(StepAction.BRIEFING), StepEvent.selfAssessed(FAILING));
    StepResult result = progress.advance(StepEvent.of(StepAction.GOVERNOR_APPROVAL));
    assertThat(result.accepted()).isFalse();
    assertThat(result.progress()).isSameAs(progress);
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(
            ViolationCode.STEP_OUT_OF_ORDER, ViolationCode.SELF_ASSESSMENT_BELOW_THRESHOLD);
  }

  @Test
  void theGateStepRefusesALowSelfAssessment() {
    ApplicationProgress progress =
        take(start2560(), StepEvent.of(StepAction.BRIEFING), StepEvent.selfAssessed(FAILING));
    StepResult result = progress.advance(StepEvent.of(StepAction.SELF_ASSESSMENT_GATE));
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.SELF_ASSESSMENT_BELOW_THRESHOLD);
    assertThat(result.violations().get(0).source()).contains("DLA นท 0812/694, round 2560");
  }

  @Test
  void aLateSubmissionIsRefusedByTheWindow() {
    ApplicationProgress ready =
        take(
            start2560(),
            StepEvent.of(StepAction.BRIEFING),
            StepEvent.selfAssessed(PASSING),
            StepEvent.of(StepAction.SELF_ASSESSMENT_GATE),
            StepEvent.of(StepAction.GOVERNOR_APPROVAL),
            StepEvent.of(StepAction.APPLICATION_FORM));
    StepResult result = ready.advance(submit2560("2017-02-01T00:00:00+07:00"));
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.WINDOW_CLOSED);
    assertThat(result.progress().submission()).isEmpty();
  }

  @Test
  void aSubmissionWithoutARequiredChannelOrDocumentIsRefused() {
    ApplicationProgress ready =
        take(
            start2560(),
            StepEvent.of(StepAction.BRIEFING),
            StepEvent.selfAssessed(PASSING),
            StepEvent.of(StepAction.SELF_ASSESSMENT_GATE),
            StepEvent.of(StepAction.GOVERNOR_APPROVAL),
            StepEvent.of(StepAction.APPLICATION_FORM));
    StepResult result =
        ready.advance(
            StepEvent.submitted(
                OffsetDateTime.parse("2017-01-20T10:00:00+07:00").toInstant(),
                ImmutableSet.of(Channel.EMAIL),
                ImmutableSet.of()));
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.CHANNEL_MISSING, ViolationCode.DOCUMENT_MISSING);
  }

  @Test
  void noSiteAssessmentBeforeSubmission() {
    ApplicationProgress progress =
        take(
            start2567(),
            StepEvent.selfAssessed(PASSING),
            StepEvent.of(StepAction.SELF_ASSESSMENT_GATE));
    StepResult result = progress.advance(StepEvent.assessedOnSite(PASSED));
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.STEP_OUT_OF_ORDER, ViolationCode.NOT_SUBMITTED);
  }

  @Test
  void certificationOnlyFromAPassingCommitteeEvaluation() {
    ApplicationProgress assessed =
        take(
            start2567(),
            StepEvent.selfAssessed(PASSING),
            StepEvent.of(StepAction.SELF_ASSESSMENT_GATE),
            StepEvent.submitted(
                OffsetDateTime.parse("2024-02-01T10:00:00+07:00").toInstant(),
                ImmutableSet.of(Channel.ONLINE),
                ImmutableSet.of()),
            StepEvent.assessedOnSite(NOT_PASSED));
    StepResult result = assessed.advance(StepEvent.of(StepAction.CERTIFICATION));
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.COMMITTEE_NOT_PASSED);
    assertThat(result.violations().get(0).english()).contains("NOT_CERTIFIED");
    assertThat(result.violations().get(0).thai()).doesNotContain("NOT_CERTIFIED");
    assertThat(result.progress().isCertified()).isFalse();
  }

  @Test
  void aStepTheRoundDoesNotHaveIsRefused() {
    StepResult result = start2567().advance(StepEvent.of(StepAction.GOVERNOR_APPROVAL));
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.STEP_NOT_AVAILABLE);
    assertThat(result.violations().get(0).english()).contains("is not a step of this round");
    assertThat(result.violations().get(0).thai())
        .isEqualTo("ขั้นตอน \"ผู้ว่าราชการจังหวัดให้ความเห็นชอบ\" ไม่มีในขั้นตอนของรอบนี้")
        .doesNotContainPattern("[A-Za-z]");
  }

  @Test
  void aStepIsTakenOnce() {
    ApplicationProgress progress = take(start2567(), StepEvent.selfAssessed(PASSING));
    StepResult result = progress.advance(StepEvent.selfAssessed(PASSING));
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.STEP_NOT_AVAILABLE);
    assertThat(result.violations().get(0).english()).contains("already taken");
  }

  @Test
  void aStepOutOfOrderNamesTheMissingSteps() {
    StepResult result = start2560().advance(StepEvent.of(StepAction.APPLICATION_FORM));
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.STEP_OUT_OF_ORDER);
    assertThat(result.violations().get(0).english())
        .contains("1 (BRIEFING)")
        .contains("4 (GOVERNOR_APPROVAL)");
  }

  @Test
  void progressIsAValue() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(
            start2567(),
            ApplicationProgress.start(
                Rounds.bundled().checker(),
                FiscalYear.of(2567),
                Organisation.of(OrganisationKind.DISTRICT_OFFICE, false)))
        .addEqualityGroup(take(start2567(), StepEvent.selfAssessed(PASSING)))
        .addEqualityGroup(start2560())
        .testEquals();
  }

  // --- no sequence of steps certifies without the gate, an on-time submission and a site
  // assessment

  @Property(tries = 300)
  void noSequenceCertifiesWithoutGateSubmissionInsideTheWindowAndSiteAssessment(
      @ForAll("starts") ApplicationProgress start,
      @ForAll @Size(max = 14) List<@net.jqwik.api.From("events") StepEvent> events) {
    ApplicationProgress progress = start;
    for (StepEvent event : events) {
      StepResult result = progress.advance(event);
      assertThat(result.accepted()).isEqualTo(result.violations().isEmpty());
      if (!result.accepted()) {
        assertThat(result.progress()).isSameAs(progress);
      }
      progress = result.progress();
      if (progress.isCertified()) {
        assertThat(progress.selfAssessment().orElseThrow().reachesGate()).isTrue();
        Application submitted = progress.submission().orElseThrow();
        assertThat(progress.window().isOpenAt(submitted.submittedAt())).isTrue();
        assertThat(progress.window().missingChannels(submitted.channels())).isEmpty();
        assertThat(progress.done())
            .containsSubsequence(
                StepAction.SELF_ASSESSMENT,
                StepAction.SUBMISSION,
                StepAction.SITE_ASSESSMENT,
                StepAction.CERTIFICATION);
        assertThat(progress.committeeResult().orElseThrow().certified()).isTrue();
      }
    }
  }

  @Provide
  Arbitrary<ApplicationProgress> starts() {
    return Arbitraries.of(
        start2560(),
        start2567(),
        ApplicationProgress.start(
            CHECKER, FiscalYear.of(2565), Organisation.of(OrganisationKind.BANGKOK_AGENCY, false)),
        ApplicationProgress.start(
            CHECKER,
            FiscalYear.of(2560),
            Organisation.of(OrganisationKind.CITY_MUNICIPALITY, false),
            StepPlan.online()));
  }

  @Provide
  Arbitrary<StepEvent> events() {
    Arbitrary<StepEvent> plain =
        Arbitraries.of(
                StepAction.BRIEFING,
                StepAction.SELF_ASSESSMENT_GATE,
                StepAction.GOVERNOR_APPROVAL,
                StepAction.APPLICATION_FORM,
                StepAction.CERTIFICATION)
            .map(StepEvent::of);
    Arbitrary<StepEvent> self =
        Arbitraries.integers()
            .between(50, 70)
            .map(p -> StepEvent.selfAssessed(SelfAssessments.points(p)));
    Arbitrary<StepEvent> submitted =
        Arbitraries.of(
                "2017-01-20T10:00:00+07:00",
                "2017-02-01T00:00:00+07:00",
                "2022-02-28T23:59:59+07:00",
                "2024-02-29T16:30:00+07:00",
                "2024-02-29T16:30:01+07:00",
                "2024-01-08T08:29:00+07:00")
            .flatMap(
                at ->
                    Arbitraries.subsetOf(Channel.values())
                        .flatMap(
                            channels ->
                                Arbitraries.subsetOf(DocumentFormat.values())
                                    .map(
                                        docs ->
                                            StepEvent.submitted(
                                                OffsetDateTime.parse(at).toInstant(),
                                                channels,
                                                docs))));
    Arbitrary<StepEvent> site = Arbitraries.of(PASSED, NOT_PASSED).map(StepEvent::assessedOnSite);
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(3, plain), net.jqwik.api.Tuple.of(2, self),
        net.jqwik.api.Tuple.of(3, submitted), net.jqwik.api.Tuple.of(2, site));
  }

  @Test
  void aFreshProgressHoldsItsOrganisationAndNothingDone() {
    ApplicationProgress progress = start2567();
    assertThat(progress.organisation())
        .isEqualTo(Organisation.of(OrganisationKind.DISTRICT_OFFICE, false));
    assertThat(progress.done()).isEmpty();
    assertThat(progress.selfAssessment()).isEmpty();
    assertThat(progress.nextStep()).contains(progress.plan().steps().get(0));
  }

  @Test
  void eachTakenStepIsRecordedAndTheNextOneOffered() {
    ApplicationProgress briefed = take(start2560(), StepEvent.of(StepAction.BRIEFING));
    ApplicationProgress assessed = take(briefed, StepEvent.selfAssessed(PASSING));
    assertThat(assessed.done()).containsExactly(StepAction.BRIEFING, StepAction.SELF_ASSESSMENT);
    assertThat(assessed.selfAssessment()).contains(PASSING);
    assertThat(assessed.nextStep().orElseThrow().action())
        .isEqualTo(StepAction.SELF_ASSESSMENT_GATE);
    assertThat(assessed.toString())
        .contains("round=2560")
        .contains("BRIEFING")
        .contains("SELF_ASSESSMENT");
  }

  @Test
  void aStepTakenTwiceIsRefusedAsAlreadyTaken() {
    ApplicationProgress briefed = take(start2560(), StepEvent.of(StepAction.BRIEFING));
    StepResult again = briefed.advance(StepEvent.of(StepAction.BRIEFING));
    assertThat(again.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.STEP_NOT_AVAILABLE);
    assertThat(again.violations().get(0).english()).contains("already taken");
    assertThat(again.violations().get(0).thai()).contains("ดำเนินการไปแล้ว");
    assertThat(again.progress()).isSameAs(briefed);
  }

  @Test
  void aStepOutOfOrderNamesTheMissingStepsInThai() {
    StepResult result = start2560().advance(StepEvent.of(StepAction.APPLICATION_FORM));
    Step briefing = StepPlan.sevenSteps().step(StepAction.BRIEFING).orElseThrow();
    assertThat(result.violations().get(0).thai())
        .contains(briefing.number() + " " + briefing.thai());
  }

  @Test
  void theGateRefusesAFailingSelfAssessmentAndKeepsTheProgress() {
    ApplicationProgress failed =
        take(start2560(), StepEvent.of(StepAction.BRIEFING), StepEvent.selfAssessed(FAILING));
    StepResult result = failed.advance(StepEvent.of(StepAction.SELF_ASSESSMENT_GATE));
    assertThat(result.violations())
        .extracting(Violation::code)
        .containsExactly(ViolationCode.SELF_ASSESSMENT_BELOW_THRESHOLD);
    assertThat(result.violations().get(0).english()).contains("56 of");
    assertThat(result.progress()).isSameAs(failed);
  }

  @Test
  void progressesThatDifferHashDifferently() {
    assertThat(start2567().hashCode()).isNotEqualTo(start2560().hashCode());
  }

  @Test
  void aSubmissionBeforeAnySelfAssessmentIsRefusedForTheMissingGate() {
    StepResult result =
        start2567()
            .advance(
                StepEvent.submitted(
                    OffsetDateTime.parse("2024-02-01T10:00:00+07:00").toInstant(),
                    ImmutableSet.of(Channel.ONLINE),
                    ImmutableSet.of()));
    assertThat(result.violations())
        .extracting(Violation::code)
        .contains(ViolationCode.SELF_ASSESSMENT_BELOW_THRESHOLD);
    assertThat(result.violations())
        .extracting(Violation::english)
        .anyMatch(m -> m.startsWith("no self-assessment yet"));
    assertThat(result.accepted()).isFalse();
  }
}
