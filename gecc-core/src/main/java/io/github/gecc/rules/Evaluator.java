package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import io.github.gecc.GeccVersion;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Computes an {@link Evaluation}: a pure function of a rulebook and an assessment.
 *
 * <p>It counts with the rulebook's {@link RulebookIndex} (arrays by catalogue position) and builds
 * only the outcome and the reasons' codes and figures; the reasons' messages, the per-level maps
 * and the gaps are written from those figures when asked for. The unmet criteria of a level are
 * listed at most once per evaluation, though a reason about an outcome and one about the condition
 * to apply may both name them.
 */
final class Evaluator {

  private Evaluator() {}

  static Evaluation evaluate(Rulebook rulebook, Assessment assessment) {
    RulebookIndex index = rulebook.index();
    int[] levelMet = new int[index.levelCount()];
    int points = 0;
    for (int p = 0; p < index.size(); p++) {
      if (assessment.isMetAt(p)) {
        int li = index.levelOf(p);
        levelMet[li]++;
        points += index.points(p);
      }
    }
    ImmutableList<Outcome> outcomes = rulebook.outcomes();
    int reached = index.firstHolding(levelMet, points);
    int higherEnd = reached >= 0 ? reached : outcomes.size();
    String outcome = reached >= 0 ? outcomes.get(reached).name() : rulebook.notReachedOutcome();
    int rank = reached >= 0 ? outcomes.size() - reached : 0;

    @SuppressWarnings({"unchecked", "rawtypes"}) // filled by unmetOf only
    @Nullable ImmutableList<String>[] unmet = new ImmutableList[index.levelCount()];
    ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
    for (int o = 0; o < higherEnd; o++) {
      Outcome higher = outcomes.get(o);
      List<Requirement> requirements = higher.requirements();
      for (int r = 0; r < requirements.size(); r++) {
        if (!index.holds(o, r, levelMet, points)) {
          reasons.add(
              failed(
                  index,
                  assessment,
                  unmet,
                  higher.name(),
                  requirements.get(r),
                  index.requirementLevel(o, r),
                  levelMet,
                  points,
                  rulebook.outcomeSource()));
        }
      }
    }
    if (reached >= 0) {
      Outcome o = outcomes.get(reached);
      reasons.add(
          new Reason(
              ReasonCode.OUTCOME_REACHED,
              o.name(),
              null,
              null,
              null,
              ImmutableList.of(),
              o.requirements(),
              rulebook.outcomeSource()));
    }
    int gate = rulebook.selfAssessmentGate();
    boolean gatePassed = points >= gate;
    reasons.add(
        new Reason(
            gatePassed
                ? ReasonCode.SELF_ASSESSMENT_GATE_PASSED
                : ReasonCode.SELF_ASSESSMENT_BELOW_GATE,
            null,
            null,
            gate,
            points,
            ImmutableList.of(),
            ImmutableList.of(),
            rulebook.conditionSource()));
    boolean requirementsMet = true;
    ImmutableList<Requirement> applicationRequirements = rulebook.applicationRequirements();
    for (int r = 0; r < index.applicationCount(); r++) {
      if (!index.applicationHolds(r, levelMet, points)) {
        requirementsMet = false;
        int li = index.applicationLevel(r);
        reasons.add(
            failedApplication(
                index,
                assessment,
                unmet,
                applicationRequirements.get(r),
                li,
                li < 0 ? 0 : levelMet[li],
                points,
                rulebook.conditionSource()));
      }
    }
    if (requirementsMet && !rulebook.applicationRequirements().isEmpty()) {
      reasons.add(
          new Reason(
              ReasonCode.APPLICATION_REQUIREMENT_MET,
              null,
              null,
              null,
              null,
              ImmutableList.of(),
              rulebook.applicationRequirements(),
              rulebook.conditionSource()));
    }
    ImmutableList<String> unanswered =
        assessment.allAnswered()
            ? ImmutableList.of()
            : index.sortedIds(assessment.answeredFlags(), false, -1);
    if (!unanswered.isEmpty()) {
      reasons.add(
          new Reason(
              ReasonCode.CRITERIA_UNANSWERED,
              null,
              null,
              null,
              null,
              unanswered,
              ImmutableList.of(),
              "RULES.md §3 DECISION"));
    }
    return new Evaluation(
        rulebook,
        assessment,
        GeccVersion.version(),
        points,
        levelMet,
        outcome,
        rank,
        gatePassed,
        requirementsMet,
        unanswered,
        reasons.build());
  }

  /**
   * The unmet criteria of level position {@code li}, sorted by id: listed on first use within one
   * evaluation and kept in {@code unmet}, that evaluation's own array.
   */
  private static ImmutableList<String> unmetOf(
      RulebookIndex index, Assessment assessment, @Nullable ImmutableList<String>[] unmet, int li) {
    ImmutableList<String> ids = unmet[li];
    if (ids == null) {
      ids = index.sortedIds(assessment.metFlags(), false, li);
      unmet[li] = ids;
    }
    return ids;
  }

  private static Reason failed(
      RulebookIndex index,
      Assessment assessment,
      @Nullable ImmutableList<String>[] unmet,
      String outcome,
      Requirement r,
      int li,
      int[] levelMet,
      int points,
      String source) {
    switch (r.kind()) {
      case ALL_OF_LEVEL:
        return new Reason(
            ReasonCode.LEVEL_NOT_ALL_MET,
            outcome,
            index.level(li),
            index.levelTotal(li),
            levelMet[li],
            unmetOf(index, assessment, unmet, li),
            ImmutableList.of(),
            source);
      case AT_LEAST_COUNT:
        return new Reason(
            ReasonCode.LEVEL_COUNT_TOO_LOW,
            outcome,
            index.level(li),
            r.minimum(),
            levelMet[li],
            ImmutableList.of(),
            ImmutableList.of(),
            source);
      default:
        return new Reason(
            ReasonCode.POINTS_TOO_LOW,
            outcome,
            null,
            r.minimum(),
            points,
            ImmutableList.of(),
            ImmutableList.of(),
            source);
    }
  }

  private static Reason failedApplication(
      RulebookIndex index,
      Assessment assessment,
      @Nullable ImmutableList<String>[] unmet,
      Requirement r,
      int li,
      int met,
      int points,
      String source) {
    switch (r.kind()) {
      case ALL_OF_LEVEL:
        return new Reason(
            ReasonCode.APPLICATION_REQUIREMENT_NOT_MET,
            null,
            index.level(li),
            index.levelTotal(li),
            met,
            unmetOf(index, assessment, unmet, li),
            ImmutableList.of(r),
            source);
      case AT_LEAST_COUNT:
        return new Reason(
            ReasonCode.APPLICATION_REQUIREMENT_NOT_MET,
            null,
            index.level(li),
            r.minimum(),
            met,
            ImmutableList.of(),
            ImmutableList.of(r),
            source);
      default:
        return new Reason(
            ReasonCode.APPLICATION_REQUIREMENT_NOT_MET,
            null,
            null,
            r.minimum(),
            points,
            ImmutableList.of(),
            ImmutableList.of(r),
            source);
    }
  }

  /** The gaps of an evaluation: one per outcome higher than the one reached, highest first. */
  static ImmutableList<OutcomeGap> gaps(Evaluation evaluation) {
    Rulebook rulebook = evaluation.rulebook();
    int higherEnd = rulebook.outcomes().size() - evaluation.outcomeRank();
    ImmutableList.Builder<OutcomeGap> gaps = ImmutableList.builder();
    for (int o = 0; o < higherEnd; o++) {
      gaps.add(
          gap(
              rulebook.index(),
              evaluation.assessment(),
              rulebook.outcomes().get(o),
              o,
              evaluation.levelMet(),
              evaluation.points()));
    }
    return gaps.build();
  }

  /**
   * The fewest further criteria for an outcome: every unmet criterion of an "all of" level; then,
   * per level, the count still missing, taking the criteria worth most; then, for points, the
   * criteria worth most anywhere. Each step is forced or takes the most points per criterion, so
   * the number is the least possible.
   */
  private static OutcomeGap gap(
      RulebookIndex index,
      Assessment assessment,
      Outcome outcome,
      int o,
      int[] levelMet,
      int points) {
    boolean[] chosen = new boolean[index.size()];
    int[] extraMet = new int[index.levelCount()];
    int extraPoints = 0;
    int[] countNeeded = new int[index.levelCount()];
    int pointsNeeded = 0;
    List<Requirement> requirements = outcome.requirements();
    for (int r = 0; r < requirements.size(); r++) {
      Requirement requirement = requirements.get(r);
      int li = index.requirementLevel(o, r);
      switch (requirement.kind()) {
        case ALL_OF_LEVEL:
          for (int p = 0; p < index.size(); p++) {
            if (index.levelOf(p) == li && !assessment.isMetAt(p) && !chosen[p]) {
              chosen[p] = true;
              extraMet[li]++;
              extraPoints += index.points(p);
            }
          }
          break;
        case AT_LEAST_COUNT:
          countNeeded[li] = Math.max(countNeeded[li], requirement.minimum());
          break;
        default:
          pointsNeeded = Math.max(pointsNeeded, requirement.minimum());
      }
    }
    for (int li = 0; li < index.levelCount(); li++) {
      int missing = countNeeded[li] - levelMet[li] - extraMet[li];
      // candidates of the level, worth most first, then by id (RulebookIndex.MOST_POINTS_FIRST)
      for (int k = 0; k < index.size() && missing > 0; k++) {
        int p = index.byMostPoints(k);
        if (index.levelOf(p) == li && !assessment.isMetAt(p) && !chosen[p]) {
          chosen[p] = true;
          extraMet[li]++;
          extraPoints += index.points(p);
          missing--;
        }
      }
    }
    for (int k = 0; k < index.size() && points + extraPoints < pointsNeeded; k++) {
      int p = index.byMostPoints(k);
      if (!assessment.isMetAt(p) && !chosen[p]) {
        chosen[p] = true;
        extraPoints += index.points(p);
      }
    }
    return OutcomeGap.of(outcome.name(), index.sortedIds(chosen, true, -1));
  }
}
