package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import io.github.gecc.rules.CommitteeResult;
import io.github.gecc.rules.Outcome;
import io.github.gecc.rules.SelfAssessmentResult;
import io.github.gecc.time.FiscalYear;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The progress of one organisation's application through the steps of its round (RULES.md §7).
 *
 * <p>{@link #advance(StepEvent)} takes a step or refuses it with every rule that refused it. Steps
 * are taken in the plan's order, once each. Guards that hold in every plan (RULES.md §3, §4, §7):
 *
 * <ul>
 *   <li>the gate step and the governor's approval need a self-assessment that reaches the gate
 *       ({@code SELF_ASSESSMENT_BELOW_THRESHOLD});
 *   <li>the submission must pass the whole {@link ApplicationChecker} check: inside the window,
 *       with every required channel and document, by an eligible organisation, from the gate on;
 *   <li>no site assessment before an accepted submission ({@code NOT_SUBMITTED});
 *   <li>certification only after a site assessment ({@code NOT_ASSESSED_ON_SITE}) whose committee
 *       evaluation passes ({@code COMMITTEE_NOT_PASSED}).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ApplicationProgress {

  private final ApplicationChecker checker;
  private final ApplicationWindow window;
  private final StepPlan plan;
  private final Organisation organisation;
  private final ImmutableList<StepAction> done;
  private final Optional<SelfAssessmentResult> selfAssessment;
  private final Optional<Application> submission;
  private final Optional<CommitteeResult> committeeResult;

  private ApplicationProgress(
      ApplicationChecker checker,
      ApplicationWindow window,
      StepPlan plan,
      Organisation organisation,
      ImmutableList<StepAction> done,
      Optional<SelfAssessmentResult> selfAssessment,
      Optional<Application> submission,
      Optional<CommitteeResult> committeeResult) {
    this.checker = checker;
    this.window = window;
    this.plan = plan;
    this.organisation = organisation;
    this.done = done;
    this.selfAssessment = selfAssessment;
    this.submission = submission;
    this.committeeResult = committeeResult;
  }

  /**
   * Starts an application with the library's plan for the organisation's kind and the round ({@link
   * StepPlan#forRound}): the seven steps only for local government in a round sent on paper.
   *
   * @param checker the checker whose rounds hold the round, not null
   * @param round the round, not null
   * @param organisation the organisation that applies, not null
   * @return the progress before any step
   * @throws RefusalException (4.14) if the checker's rounds do not know the round
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationProgress start(
      ApplicationChecker checker, FiscalYear round, Organisation organisation) {
    return start(
        checker,
        round,
        organisation,
        StepPlan.forRound(checker.rounds().windowOf(round), organisation.kind()));
  }

  /**
   * Starts an application with a given plan.
   *
   * @param checker the checker whose rounds hold the round, not null
   * @param round the round, not null
   * @param organisation the organisation that applies, not null
   * @param plan the steps of the round, not null
   * @return the progress before any step
   * @throws RefusalException (4.14) if the checker's rounds do not know the round
   * @throws NullPointerException if an argument is null
   */
  public static ApplicationProgress start(
      ApplicationChecker checker, FiscalYear round, Organisation organisation, StepPlan plan) {
    Objects.requireNonNull(checker, "checker");
    Objects.requireNonNull(organisation, "organisation");
    Objects.requireNonNull(plan, "plan");
    return new ApplicationProgress(
        checker,
        checker.rounds().windowOf(round),
        plan,
        organisation,
        ImmutableList.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * Returns the window of the round.
   *
   * @return the window
   */
  public ApplicationWindow window() {
    return window;
  }

  /**
   * Returns the plan followed.
   *
   * @return the plan
   */
  public StepPlan plan() {
    return plan;
  }

  /**
   * Returns the organisation that applies.
   *
   * @return the organisation
   */
  public Organisation organisation() {
    return organisation;
  }

  /**
   * Returns the actions taken, in order.
   *
   * @return the actions done
   */
  public ImmutableList<StepAction> done() {
    return done;
  }

  /**
   * Returns the next step of the plan.
   *
   * @return the first step not yet taken, or empty when all are done
   */
  public Optional<Step> nextStep() {
    return plan.steps().stream().filter(s -> !done.contains(s.action())).findFirst();
  }

  /**
   * Returns the self-assessment recorded.
   *
   * @return the result, or empty before the self-assessment step
   */
  public Optional<SelfAssessmentResult> selfAssessment() {
    return selfAssessment;
  }

  /**
   * Returns the accepted submission.
   *
   * @return the application as submitted, or empty before the submission step
   */
  public Optional<Application> submission() {
    return submission;
  }

  /**
   * Returns the committee's evaluation from the site assessment.
   *
   * @return the result, or empty before the site assessment
   */
  public Optional<CommitteeResult> committeeResult() {
    return committeeResult;
  }

  /**
   * Tells whether the centre has been certified.
   *
   * @return true once the certification step was taken
   */
  public boolean isCertified() {
    return done.contains(StepAction.CERTIFICATION);
  }

  /**
   * Takes a step, or refuses it with every rule that refused it.
   *
   * @param event the step and its data, not null
   * @return the result; its progress is this one advanced, or this one when refused
   * @throws NullPointerException if {@code event} is null
   */
  public StepResult advance(StepEvent event) {
    StepAction action = event.action();
    ImmutableList.Builder<Violation> violations = ImmutableList.builder();
    Optional<Step> step = plan.step(action);
    if (step.isEmpty() || done.contains(action)) {
      String why = step.isEmpty() ? "is not a step of this round" : "was already taken";
      String whyTh = step.isEmpty() ? "ไม่มีในขั้นตอนของรอบนี้" : "ดำเนินการไปแล้ว";
      return refused(
          action,
          ImmutableList.of(
              Violation.of(
                  ViolationCode.STEP_NOT_AVAILABLE,
                  "ขั้นตอน \"" + action.thai() + "\" " + whyTh,
                  "step " + action + " " + why + " (round " + window.round().getValue() + ")")));
    }
    ImmutableList<Step> missing =
        plan.before(action).stream()
            .filter(s -> !done.contains(s.action()))
            .collect(ImmutableList.toImmutableList());
    if (!missing.isEmpty()) {
      violations.add(
          Violation.of(
              ViolationCode.STEP_OUT_OF_ORDER,
              "ต้องดำเนินการขั้นตอนก่อนหน้าก่อน: "
                  + missing.stream()
                      .map(s -> s.number() + " " + s.thai())
                      .collect(Collectors.joining("; ")),
              "step "
                  + step.get().number()
                  + " ("
                  + action
                  + ") must wait for "
                  + missing.stream()
                      .map(s -> s.number() + " (" + s.action() + ")")
                      .collect(Collectors.joining(", "))));
    }
    Optional<SelfAssessmentResult> nextSelf = selfAssessment;
    Optional<Application> nextSubmission = submission;
    Optional<CommitteeResult> nextCommittee = committeeResult;
    switch (action) {
      case SELF_ASSESSMENT:
        nextSelf = event.selfAssessment();
        break;
      case SELF_ASSESSMENT_GATE:
      case GOVERNOR_APPROVAL:
        gate().ifPresent(violations::add);
        break;
      case SUBMISSION:
        if (selfAssessment.isEmpty()) {
          gate().ifPresent(violations::add);
        } else {
          Application application =
              Application.of(
                  window.round(),
                  organisation,
                  selfAssessment.get(),
                  event.submittedAt().orElseThrow(),
                  event.channels(),
                  event.documents());
          CheckResult check = checker.check(application);
          violations.addAll(check.violations());
          nextSubmission = Optional.of(application);
        }
        break;
      case SITE_ASSESSMENT:
        if (submission.isEmpty()) {
          violations.add(
              Violation.of(
                  ViolationCode.NOT_SUBMITTED,
                  "ยังไม่มีใบสมัครที่ส่งและผ่านการตรวจสอบ จึงตรวจประเมินในพื้นที่ไม่ได้",
                  "no site assessment before an accepted submission"));
        }
        nextCommittee = event.committee();
        break;
      case CERTIFICATION:
        if (committeeResult.isEmpty()) {
          violations.add(
              Violation.of(
                  ViolationCode.NOT_ASSESSED_ON_SITE,
                  "ยังไม่ได้รับการตรวจประเมินในพื้นที่จากคณะกรรมการ",
                  "no certification before the committee's site assessment"));
        } else if (!committeeResult.get().certified()) {
          CommitteeResult result = committeeResult.get();
          violations.add(
              Violation.of(
                  ViolationCode.COMMITTEE_NOT_PASSED,
                  "ผลการตรวจประเมินของคณะกรรมการไม่ผ่านเกณฑ์การรับรอง (ผล"
                      + Outcome.thai(result.outcome())
                      + ", "
                      + result.points()
                      + " คะแนน)",
                  "the committee's evaluation does not pass rulebook "
                      + result.rulebook()
                      + " (outcome "
                      + result.outcome()
                      + ", "
                      + result.points()
                      + " points); certification needs a passing evaluation"));
        }
        break;
      default:
        break;
    }
    ImmutableList<Violation> all = violations.build();
    if (!all.isEmpty()) {
      return refused(action, all);
    }
    return new StepResult(
        action,
        ImmutableList.of(),
        new ApplicationProgress(
            checker,
            window,
            plan,
            organisation,
            ImmutableList.<StepAction>builder().addAll(done).add(action).build(),
            nextSelf,
            nextSubmission,
            nextCommittee));
  }

  private Optional<Violation> gate() {
    if (selfAssessment.isEmpty()) {
      return Optional.of(
          Violation.of(
              ViolationCode.SELF_ASSESSMENT_BELOW_THRESHOLD,
              "ยังไม่มีผลการประเมินตนเอง",
              "no self-assessment yet; the gate cannot be reached without one"));
    }
    return selfAssessment.get().reachesGate()
        ? Optional.empty()
        : Optional.of(ApplicationChecker.belowGate(selfAssessment.get()));
  }

  private StepResult refused(StepAction action, ImmutableList<Violation> violations) {
    return new StepResult(action, violations, this);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof ApplicationProgress)) {
      return false;
    }
    ApplicationProgress other = (ApplicationProgress) obj;
    return checker.equals(other.checker)
        && window.equals(other.window)
        && plan.equals(other.plan)
        && organisation.equals(other.organisation)
        && done.equals(other.done)
        && selfAssessment.equals(other.selfAssessment)
        && submission.equals(other.submission)
        && committeeResult.equals(other.committeeResult);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        window, plan, organisation, done, selfAssessment, submission, committeeResult);
  }

  @Override
  public String toString() {
    return "ApplicationProgress{round=" + window.round().getValue() + ", done=" + done + "}";
  }
}
