package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.gecc.RefusalException;
import io.github.gecc.ValuePath;
import io.github.gecc.rules.CommitteeResult;
import io.github.gecc.rules.SelfAssessmentResult;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class StepEventTest {

  private static final SelfAssessmentResult PASSING = SelfAssessments.met(40, 12);
  private static final CommitteeResult PASSED = SelfAssessments.committee(40, 15);
  private static final Instant SENT = Instant.parse("2024-02-01T03:00:00Z");

  /** One field of an event's data: its name and how a builder is given it. */
  private record DataField(String name, Consumer<StepEvent.Builder> give) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final DataField SELF_ASSESSMENT =
      new DataField("selfAssessment", b -> b.selfAssessment(PASSING));
  private static final DataField SUBMITTED_AT =
      new DataField("submittedAt", b -> b.submittedAt(SENT));
  private static final DataField CHANNELS =
      new DataField("channels", b -> b.channels(Set.of(Channel.ONLINE)));
  private static final DataField DOCUMENTS =
      new DataField("documents", b -> b.documents(Set.of(DocumentFormat.PDF)));
  private static final DataField COMMITTEE = new DataField("committee", b -> b.committee(PASSED));
  private static final List<DataField> ALL =
      List.of(SELF_ASSESSMENT, SUBMITTED_AT, CHANNELS, DOCUMENTS, COMMITTEE);

  /** The data an action needs: the fields it must have. */
  private static List<DataField> needed(StepAction action) {
    switch (action) {
      case SELF_ASSESSMENT:
        return List.of(SELF_ASSESSMENT);
      case SUBMISSION:
        return List.of(SUBMITTED_AT);
      case SITE_ASSESSMENT:
        return List.of(COMMITTEE);
      default:
        return List.of();
    }
  }

  /** The data an action may have: what it needs, and a submission's channels and files. */
  private static List<DataField> own(StepAction action) {
    return action == StepAction.SUBMISSION
        ? List.of(SUBMITTED_AT, CHANNELS, DOCUMENTS)
        : needed(action);
  }

  private static StepEvent.Builder withOwnData(StepAction action) {
    StepEvent.Builder builder = StepEvent.builder(action);
    own(action).forEach(field -> field.give().accept(builder));
    return builder;
  }

  @Provide
  Arbitrary<DataField> dataFields() {
    return Arbitraries.of(ALL);
  }

  @Property
  void anEventWithItsOwnDataIsBuilt(@ForAll StepAction action) {
    StepEvent event = withOwnData(action).build();
    assertThat(event.action()).isEqualTo(action);
    assertThat(event.selfAssessment().isPresent()).isEqualTo(own(action).contains(SELF_ASSESSMENT));
    assertThat(event.submittedAt().isPresent()).isEqualTo(own(action).contains(SUBMITTED_AT));
    assertThat(event.committee().isPresent()).isEqualTo(own(action).contains(COMMITTEE));
  }

  @Property
  void anEventWithAnotherStepsDataIsRefusedAtThatField(
      @ForAll StepAction action, @ForAll("dataFields") DataField field) {
    if (own(action).contains(field)) {
      return; // its own data: anEventWithItsOwnDataIsBuilt
    }
    StepEvent.Builder builder = withOwnData(action);
    field.give().accept(builder);
    assertThatThrownBy(builder::build)
        .isInstanceOfSatisfying(
            RefusalException.class,
            refusal -> {
              assertThat(refusal.rule()).isEqualTo("7.11");
              assertThat(refusal.path()).isEqualTo(ValuePath.of(field.name()));
              assertThat(refusal.getMessage())
                  .isEqualTo(
                      "the field '"
                          + field.name()
                          + "' does not belong to a "
                          + action
                          + " event; an event carries only the data of its own step");
              assertThat(refusal.thai()).contains(field.name());
            });
  }

  @Property
  void anEventWithoutTheDataItNeedsIsRefusedAtThatField(@ForAll StepAction action) {
    for (DataField missing : needed(action)) {
      StepEvent.Builder builder = StepEvent.builder(action);
      own(action).stream()
          .filter(field -> !field.equals(missing))
          .forEach(field -> field.give().accept(builder));
      assertThatThrownBy(builder::build)
          .isInstanceOfSatisfying(
              RefusalException.class,
              refusal -> {
                assertThat(refusal.rule()).isEqualTo("7.11");
                assertThat(refusal.path()).isEqualTo(ValuePath.of(missing.name()));
                assertThat(refusal.getMessage())
                    .isEqualTo("a " + action + " event needs the field '" + missing.name() + "'");
              });
    }
  }

  @Test
  void theFactoriesBuildTheirActionsEvents() {
    assertThat(StepEvent.selfAssessed(PASSING).selfAssessment()).contains(PASSING);
    assertThat(StepEvent.assessedOnSite(PASSED).committee()).contains(PASSED);
    StepEvent submitted = StepEvent.submitted(SENT, EnumSet.of(Channel.EMAIL), Set.of());
    assertThat(submitted.submittedAt()).contains(SENT);
    assertThat(submitted.channels()).containsExactly(Channel.EMAIL);
    assertThat(StepEvent.of(StepAction.BRIEFING).channels()).isEmpty();
    assertThatThrownBy(() -> StepEvent.of(StepAction.SUBMISSION))
        .isInstanceOfSatisfying(
            RefusalException.class,
            refusal -> assertThat(refusal.path()).isEqualTo(ValuePath.of("submittedAt")));
  }
}
