package io.github.gecc.application;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.RefusalException;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request to take one step, with what the step needs: the self-assessment result, the
 * submission's instant, channels and files, or the committee's evaluation (RULES.md §7).
 * Build one with the factory of its action.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class StepEvent {

  StepEvent() {}

  /**
   * Returns the action asked for.
   *
   * @return the action
   */
  public abstract StepAction action();

  /**
   * Returns the self-assessment result, for {@link StepAction#SELF_ASSESSMENT}.
   *
   * @return the result, or empty for other actions
   */
  public abstract Optional<SelfAssessmentResult> selfAssessment();

  /**
   * Returns when the application was sent, for {@link StepAction#SUBMISSION}.
   *
   * @return the instant, or empty for other actions
   */
  public abstract Optional<Instant> submittedAt();

  /**
   * Returns the channels used, for {@link StepAction#SUBMISSION}.
   *
   * @return the channels, empty for other actions
   */
  public abstract ImmutableSet<Channel> channels();

  /**
   * Returns the document files sent, for {@link StepAction#SUBMISSION}.
   *
   * @return the formats, empty for other actions
   */
  public abstract ImmutableSet<DocumentFormat> documents();

  /**
   * Returns the committee's evaluation, for {@link StepAction#SITE_ASSESSMENT}.
   *
   * @return the result, or empty for other actions
   */
  public abstract Optional<CommitteeResult> committeeResult();

  @Value.Check
  void check() {
    boolean needsSelf = action() == StepAction.SELF_ASSESSMENT;
    boolean needsSubmission = action() == StepAction.SUBMISSION;
    boolean needsCommittee = action() == StepAction.SITE_ASSESSMENT;
    if (needsSelf != selfAssessment().isPresent()
        || needsSubmission != submittedAt().isPresent()
        || needsCommittee != committeeResult().isPresent()
        || (!needsSubmission && (!channels().isEmpty() || !documents().isEmpty()))) {
      throw RefusalException.of("7.11", action(),
          "step event " + action() + " carries data of another step; use the factory of its action",
          "เหตุการณ์ของขั้นตอน " + action() + " มีข้อมูลของขั้นตอนอื่น ให้สร้างด้วยเมธอดของขั้นตอนนั้น");
    }
  }

  /**
   * Returns an event that needs no data: briefing, gate, governor's approval, form or
   * certification.
   *
   * @param action an action other than {@code SELF_ASSESSMENT}, {@code SUBMISSION} and {@code
   *     SITE_ASSESSMENT}, not null
   * @return the event
   * @throws RefusalException (7.11) if the action needs data
   */
  public static StepEvent of(StepAction action) {
    return ImmutableStepEvent.builder().action(action).build();
  }

  /**
   * Returns the self-assessment step with its result.
   *
   * @param result the result, not null
   * @return the event
   */
  public static StepEvent selfAssessed(SelfAssessmentResult result) {
    return ImmutableStepEvent.builder().action(StepAction.SELF_ASSESSMENT).selfAssessment(result).build();
  }

  /**
   * Returns the submission step.
   *
   * @param submittedAt when the application was sent, not null
   * @param channels the channels used, not null, possibly empty
   * @param documents the files sent, not null, possibly empty
   * @return the event
   */
  public static StepEvent submitted(
      Instant submittedAt, Set<Channel> channels, Set<DocumentFormat> documents) {
    return ImmutableStepEvent.builder()
        .action(StepAction.SUBMISSION)
        .submittedAt(submittedAt)
        .addAllChannels(channels)
        .addAllDocuments(documents)
        .build();
  }

  /**
   * Returns the site-assessment step with the committee's evaluation.
   *
   * @param result the committee's result, not null
   * @return the event
   */
  public static StepEvent assessedOnSite(CommitteeResult result) {
    return ImmutableStepEvent.builder().action(StepAction.SITE_ASSESSMENT).committeeResult(result).build();
  }
}
