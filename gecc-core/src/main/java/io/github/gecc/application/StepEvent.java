package io.github.gecc.application;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.RefusalException;
import io.github.gecc.rules.CommitteeResult;
import io.github.gecc.rules.SelfAssessmentResult;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A request to take one step, with what the step needs: the self-assessment result, the
 * submission's instant, channels and files, or the committee's evaluation (RULES.md §7). Build one
 * with the factory of its action, or with {@link #builder} from data read one field at a time;
 * either way an event carries exactly its own step's data (RULES.md 7.11).
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
  public abstract Optional<CommitteeResult> committee();

  /**
   * Refuses an event that lacks its step's data or carries another step's (RULES.md 7.11), at the
   * first such field in the order of the accessors.
   */
  @Value.Check
  void check() {
    StepAction action = action();
    requireOwnData(
        action == StepAction.SELF_ASSESSMENT, selfAssessment().isPresent(), "selfAssessment");
    requireOwnData(action == StepAction.SUBMISSION, submittedAt().isPresent(), "submittedAt");
    if (action != StepAction.SUBMISSION) {
      requireOwnData(false, !channels().isEmpty(), "channels");
      requireOwnData(false, !documents().isEmpty(), "documents");
    }
    requireOwnData(action == StepAction.SITE_ASSESSMENT, committee().isPresent(), "committee");
  }

  private void requireOwnData(boolean needed, boolean given, String field) {
    if (needed && !given) {
      throw RefusalException.of(
              "7.11",
              action(),
              "a " + action() + " event needs the field '" + field + "'",
              "เหตุการณ์ของขั้นตอน " + action() + " ต้องมีข้อมูล '" + field + "'")
          .at(field);
    }
    if (given && !needed) {
      throw RefusalException.of(
              "7.11",
              action(),
              "the field '"
                  + field
                  + "' does not belong to a "
                  + action()
                  + " event; an event"
                  + " carries only the data of its own step",
              "ข้อมูล '"
                  + field
                  + "' ไม่ใช่ของขั้นตอน "
                  + action()
                  + " เหตุการณ์หนึ่งมีได้เฉพาะข้อมูลของขั้นตอนนั้น")
          .at(field);
    }
  }

  /**
   * Returns a builder of an event of an action, for callers that read an event's data from
   * elsewhere (a document) and leave the check that it is that action's data to the event.
   *
   * @param action the action, not null
   * @return a new builder
   * @throws NullPointerException if {@code action} is null
   */
  public static Builder builder(StepAction action) {
    return new Builder(action);
  }

  /**
   * Builds a step event from data given one field at a time; {@link #build} refuses data that is
   * not the action's own. Not thread-safe: use each builder from one thread.
   */
  @SuppressWarnings("immutables:incompat") // delegates to the generated builder, not extends it
  public static final class Builder {

    private final ImmutableStepEvent.Builder event;

    private Builder(StepAction action) {
      this.event = ImmutableStepEvent.builder().action(Objects.requireNonNull(action, "action"));
    }

    /**
     * Sets the self-assessment result.
     *
     * @param result the result, not null
     * @return this builder
     * @throws NullPointerException if {@code result} is null
     * @throws IllegalStateException if it was set already
     */
    public Builder selfAssessment(SelfAssessmentResult result) {
      event.selfAssessment(result);
      return this;
    }

    /**
     * Sets when the application was sent.
     *
     * @param submittedAt the instant, not null
     * @return this builder
     * @throws NullPointerException if {@code submittedAt} is null
     * @throws IllegalStateException if it was set already
     */
    public Builder submittedAt(Instant submittedAt) {
      event.submittedAt(submittedAt);
      return this;
    }

    /**
     * Adds channels the application was sent by.
     *
     * @param channels the channels, not null, possibly empty
     * @return this builder
     * @throws NullPointerException if {@code channels} or one of them is null
     */
    public Builder channels(Set<Channel> channels) {
      event.addAllChannels(channels);
      return this;
    }

    /**
     * Adds document files sent.
     *
     * @param documents the formats, not null, possibly empty
     * @return this builder
     * @throws NullPointerException if {@code documents} or one of them is null
     */
    public Builder documents(Set<DocumentFormat> documents) {
      event.addAllDocuments(documents);
      return this;
    }

    /**
     * Sets the committee's evaluation.
     *
     * @param result the committee's result, not null
     * @return this builder
     * @throws NullPointerException if {@code result} is null
     * @throws IllegalStateException if it was set already
     */
    public Builder committee(CommitteeResult result) {
      event.committee(result);
      return this;
    }

    /**
     * Returns the event.
     *
     * @return the event
     * @throws RefusalException (7.11) at the field to blame, if the action's data is missing or
     *     another action's data is given
     */
    public StepEvent build() {
      return event.build();
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
    return builder(action).build();
  }

  /**
   * Returns the self-assessment step with its result.
   *
   * @param result the result, not null
   * @return the event
   */
  public static StepEvent selfAssessed(SelfAssessmentResult result) {
    return builder(StepAction.SELF_ASSESSMENT).selfAssessment(result).build();
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
    return builder(StepAction.SUBMISSION)
        .submittedAt(submittedAt)
        .channels(channels)
        .documents(documents)
        .build();
  }

  /**
   * Returns the site-assessment step with the committee's evaluation.
   *
   * @param result the committee's result, not null
   * @return the event
   */
  public static StepEvent assessedOnSite(CommitteeResult result) {
    return builder(StepAction.SITE_ASSESSMENT).committee(result).build();
  }
}
