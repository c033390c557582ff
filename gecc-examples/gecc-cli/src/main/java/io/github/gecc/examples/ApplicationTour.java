package io.github.gecc.examples;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.application.Application;
import io.github.gecc.application.ApplicationChecker;
import io.github.gecc.application.ApplicationProgress;
import io.github.gecc.application.ApplicationWindow;
import io.github.gecc.application.Channel;
import io.github.gecc.application.CheckResult;
import io.github.gecc.application.DocumentFormat;
import io.github.gecc.application.Organisation;
import io.github.gecc.application.OrganisationKind;
import io.github.gecc.application.ReportingCascade;
import io.github.gecc.application.ReportingDeadline;
import io.github.gecc.application.Rounds;
import io.github.gecc.application.Step;
import io.github.gecc.application.StepAction;
import io.github.gecc.application.StepEvent;
import io.github.gecc.application.StepPlan;
import io.github.gecc.application.StepResult;
import io.github.gecc.application.Violation;
import io.github.gecc.rules.CommitteeResult;
import io.github.gecc.rules.Rulebook;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import io.github.gecc.time.ThaiTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The demo's part on applications: a district office in Sakon Nakhon applies in round 2567; a late
 * try is refused, an on-time one accepted, and the online steps lead to certification. Every figure
 * is computed by the library.
 */
final class ApplicationTour {

  /**
   * The Thai wording of the 2567 window in the Sakon Nakhon circular, DOPA มท 0305.1/ว 1660, 18 Jan
   * 2567.
   */
  static final String WINDOW_2567_TEXT =
      "๘ มกราคม (เวลา ๐๘.๓๐ น.) - ๒๙ กุมภาพันธ์ (เวลา ๑๖.๓๐ น.) ๒๕๖๗";

  private ApplicationTour() {}

  static ImmutableList<DemoStep> steps() {
    return steps(Rounds.bundled());
  }

  /**
   * Returns the tour of the newest round known: 2567 with the bundled rounds, or the newest round
   * of a register, told exactly as a bundled one.
   */
  static ImmutableList<DemoStep> steps(Rounds rounds) {
    ImmutableList.Builder<DemoStep> steps = ImmutableList.builder();
    ApplicationChecker checker = rounds.checker();
    FiscalYear round = rounds.rounds().asList().get(rounds.rounds().size() - 1);
    ApplicationWindow window = rounds.windowOf(round);
    ImmutableSet<Channel> channels = window.channels();
    ImmutableSet<DocumentFormat> documents = window.documents();

    ApplicationWindow fromText =
        ApplicationWindow.fromThaiText(
            FiscalYear.of(2567),
            WINDOW_2567_TEXT,
            ImmutableSet.of(Channel.ONLINE),
            ImmutableSet.of(),
            "DOPA มท 0305.1/ว 1660, 18 Jan 2567");
    if (!fromText.round().equals(round)) {
      steps.add(
          new DemoStep(
              "The application window",
              "Round "
                  + round.getValue()
                  + (rounds.isRegistered(round) ? ", from the round register" : "")
                  + ", cites "
                  + window.source()
                  + ". Read as Bangkok time, its window runs from "
                  + window
                      .opensAt()
                      .map(o -> ThaiTime.atBangkok(o).toString())
                      .orElse("(opening not given)")
                  + " to "
                  + ThaiTime.atBangkok(window.closesAt())
                  + " inclusive. Applications go through "
                  + channels
                  + (documents.isEmpty()
                      ? "; no document files are required."
                      : " with the files " + documents + ".")));
    } else {
      steps.add(
          new DemoStep(
              "The application window",
              "The circular says \""
                  + WINDOW_2567_TEXT
                  + "\". Read as Bangkok time, that is round "
                  + fromText.round().getValue()
                  + ", from "
                  + ThaiTime.atBangkok(fromText.opensAt().orElseThrow())
                  + " to "
                  + ThaiTime.atBangkok(fromText.closesAt())
                  + " inclusive"
                  + (fromText.opensAt().equals(window.opensAt())
                          && fromText.closesAt().equals(window.closesAt())
                      ? ", exactly the window the library bundles"
                      : "")
                  + ". Applications go through "
                  + window.channels()
                  + "; no document files are required online."));
    }

    List<String> chain = List.of(ReportingCascade.DOPA, ReportingCascade.SAKON_NAKHON);
    ReportingCascade cascade = rounds.cascade(round).orElseThrow();
    Optional<ReportingDeadline> report =
        cascade.firstApplicationReport(ReportingCascade.DISTRICT_OFFICE, chain);
    String others =
        cascade.reportsFor(chain).stream()
            .filter(r -> !r.reportedBy().equals(Optional.of(ReportingCascade.DISTRICT_OFFICE)))
            .map(
                r ->
                    r.reportedBy().orElse("someone")
                        + " to "
                        + r.reportedTo()
                        + " by "
                        + ThaiTime.atBangkok(r.due())
                        + " (\""
                        + r.task()
                        + "\", "
                        + r.source()
                        + ")")
            .collect(Collectors.joining("; "));
    steps.add(
        new DemoStep(
            "Reports down the chain",
            "The window closes at "
                + ThaiTime.atBangkok(window.closesAt())
                + "; a district office reporting through "
                + chain
                + report
                    .map(
                        r ->
                            " reports to "
                                + r.reportedTo()
                                + " that it applied, by "
                                + ThaiTime.atBangkok(r.due())
                                + " (\""
                                + r.task()
                                + "\", "
                                + r.source()
                                + ").")
                    .orElse(" owes no report for this round.")
                + (others.isEmpty()
                    ? ""
                    : " The other deadlines of the chain are not the district"
                        + " office's: "
                        + others
                        + ".")
                + " No report ever refuses an application made later inside the window."));

    Rulebook rulebook = rounds.rulebook(round).orElseThrow();
    List<String> met = new ArrayList<>();
    for (int i = 1; i <= 40; i++) {
      met.add(String.format("B%02d", i));
    }
    for (int i = 1; i <= 11; i++) {
      met.add(String.format("A%02d", i));
    }
    SelfAssessmentResult self = rulebook.selfAssessment(met);
    OrganisationKind kind =
        rounds.admittedKinds(round).contains(OrganisationKind.DISTRICT_OFFICE)
            ? OrganisationKind.DISTRICT_OFFICE
            : rounds.admittedKinds(round).asList().get(0);
    Organisation office =
        Organisation.of(
            kind,
            false,
            Optional.of("mueang-sakon-nakhon"),
            Optional.of("Mueang Sakon Nakhon district office"));
    steps.add(
        new DemoStep(
            "Self-assessment",
            "The office meets "
                + met.size()
                + " criteria of "
                + rulebook.id()
                + ": "
                + self.points()
                + " of "
                + self.maxPoints()
                + " points, "
                + (self.reachesGate() ? "enough" : "not enough")
                + " to pass the gate of "
                + self.gate()
                + " points; "
                + (self.mayApply()
                    ? "with every basic criterion and at least 10 advanced, it may apply."
                    : "it does not meet the application requirement, so it may not apply.")));

    Instant late = window.closesAt().plus(Duration.ofMinutes(15));
    CheckResult lateCheck =
        checker.check(Application.of(round, office, self, late, channels, documents));
    steps.add(
        new DemoStep(
            "A late try",
            "Submitted at "
                + ThaiTime.atBangkok(late)
                + ": "
                + (lateCheck.accepted()
                    ? "accepted."
                    : "refused. " + describe(lateCheck.violations()))));

    // Four weeks before the closing day, at 10:00, or the opening if that is later.
    Instant fourWeeksBefore =
        ThaiTime.toInstant(
            ThaiTime.atBangkok(window.closesAt()).toLocalDate().minusDays(28).atTime(10, 0));
    Instant onTime =
        fourWeeksBefore.isBefore(window.effectiveOpening())
            ? window.effectiveOpening()
            : fourWeeksBefore;
    CheckResult onTimeCheck =
        checker.check(Application.of(round, office, self, onTime, channels, documents));
    steps.add(
        new DemoStep(
            "An on-time try",
            "Submitted at "
                + ThaiTime.atBangkok(onTime)
                + ": "
                + (onTimeCheck.accepted()
                    ? "accepted, no rule broken."
                    : "refused. " + describe(onTimeCheck.violations()))));

    ApplicationProgress progress = ApplicationProgress.start(checker, round, office);
    List<String> walked = new ArrayList<>();
    List<String> committeeMet = new ArrayList<>(met);
    committeeMet.add("A12");
    committeeMet.remove("A11");
    CommitteeResult committee = rulebook.committeeResult(committeeMet);
    List<StepEvent> events = new ArrayList<>();
    for (Step planned : progress.plan().steps()) {
      StepAction action = planned.action();
      events.add(
          action == StepAction.SELF_ASSESSMENT
              ? StepEvent.selfAssessed(self)
              : action == StepAction.SUBMISSION
                  ? StepEvent.submitted(onTime, channels, documents)
                  : action == StepAction.SITE_ASSESSMENT
                      ? StepEvent.assessedOnSite(committee)
                      : StepEvent.of(action));
    }
    for (StepEvent event : events) {
      StepResult result = progress.advance(event);
      Step step = progress.plan().step(event.action()).orElseThrow();
      walked.add(
          step.number()
              + ". "
              + step.english()
              + (result.accepted() ? " — done" : " — refused: " + describe(result.violations())));
      progress = result.progress();
    }
    steps.add(
        new DemoStep(
            progress.plan().equals(StepPlan.online())
                ? "The steps of an online round"
                : "The steps of the round",
            String.join("; ", walked)
                + ". The committee found "
                + committee.points()
                + " points, outcome "
                + committee.outcome()
                + (progress.isCertified() ? ": certified." : ": not certified.")));
    return steps.build();
  }

  private static String describe(List<Violation> violations) {
    return violations.stream()
        .map(v -> v.code() + ": " + v.english() + " (" + v.source() + ")")
        .collect(Collectors.joining("; "));
  }
}
