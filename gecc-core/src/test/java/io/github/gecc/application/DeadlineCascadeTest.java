package io.github.gecc.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.FiscalYear;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DeadlineCascadeTest {

  private static final DeadlineCascade C2567 = ApplicationCalendar.bundled().cascade(FiscalYear.of(2567));

  static Stream<Arguments> effectiveDeadlines() {
    return Stream.of(
        Arguments.of(List.of(), "2024-02-29T16:30:00+07:00", DeadlineCascade.NATIONAL),
        Arguments.of(List.of("DOPA"), "2024-02-28T12:00:00+07:00", "DOPA"),
        Arguments.of(List.of("DOPA", "SAKON_NAKHON"), "2024-02-27T23:59:59.999999999+07:00", "SAKON_NAKHON"),
        Arguments.of(List.of("SAKON_NAKHON"), "2024-02-27T23:59:59.999999999+07:00", "SAKON_NAKHON"),
        Arguments.of(List.of("DLA"), "2024-02-29T16:30:00+07:00", DeadlineCascade.NATIONAL));
  }

  @ParameterizedTest
  @MethodSource("effectiveDeadlines")
  void effectiveDeadlineIsTheEarliestApplicationDeadlineOfTheChain(
      List<String> chain, String due, String setBy) {
    InternalDeadline deadline = C2567.effectiveDeadline(chain);
    assertThat(deadline.due()).isEqualTo(OffsetDateTime.parse(due).toInstant());
    assertThat(deadline.setBy()).isEqualTo(setBy);
    assertThat(deadline.purpose()).isEqualTo(DeadlinePurpose.APPLICATION_REPORT);
  }

  @Test
  void accountDeadlineIsListedButDoesNotBoundTheApplication() {
    ImmutableList<InternalDeadline> dopa = C2567.deadlinesFor(List.of("DOPA"));
    assertThat(dopa).extracting(InternalDeadline::purpose)
        .containsExactly(DeadlinePurpose.ACCOUNT_REPORT, DeadlinePurpose.APPLICATION_REPORT, DeadlinePurpose.APPLICATION_REPORT);
    assertThat(dopa.get(0).due()).isEqualTo(OffsetDateTime.parse("2024-01-19T23:59:59.999999999+07:00").toInstant());
    assertThat(C2567.effectiveDeadline(List.of("DOPA")).purpose()).isEqualTo(DeadlinePurpose.APPLICATION_REPORT);
  }

  @Test
  void nationalClosingIsTheWindowsClosing() {
    assertThat(C2567.nationalClosing().due()).isEqualTo(C2567.window().closesAt());
    assertThat(C2567.nationalClosing().source()).isEqualTo(C2567.window().source());
  }

  @Test
  void deadlinesAreSortedEarliestFirst() {
    assertThat(C2567.deadlines()).extracting(InternalDeadline::due).isSorted();
  }

  @Test
  void aDeadlineOfAnotherRoundIsRefused() {
    InternalDeadline other =
        InternalDeadline.onDay(FiscalYear.of(2565), "DLA", DeadlinePurpose.SURVEY,
            java.time.LocalDate.of(2022, 1, 31), "survey", "DLA มท 0810.7/ว, Dec 2564");
    assertThatThrownBy(() -> DeadlineCascade.of(C2567.window(), List.of(other)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not belong to the cascade of round 2567");
  }

  @Test
  void blankBodyIsRefused() {
    assertThatThrownBy(
            () -> InternalDeadline.onDay(FiscalYear.of(2567), " ", DeadlinePurpose.SURVEY,
                java.time.LocalDate.of(2024, 1, 1), "task", "src"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a body, a task and a source");
  }
}
