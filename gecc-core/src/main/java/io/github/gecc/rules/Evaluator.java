package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.gecc.GeccVersion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

import java.util.Set;
import java.util.TreeSet;

/** Computes an {@link Evaluation}: a pure function of a rulebook and an assessment. */
final class Evaluator {

  private static final Comparator<Criterion> MOST_POINTS_FIRST =
      Comparator.comparingInt(Criterion::points).reversed().thenComparing(Criterion::id);

  private Evaluator() {}

  static Evaluation evaluate(Rulebook rulebook, Assessment assessment) {
    ImmutableList<Level> levels = rulebook.levels();
    int[] levelMet = new int[levels.size()];
    int[] levelTotal = new int[levels.size()];
    int[] levelPoints = new int[levels.size()];
    int[] levelMax = new int[levels.size()];
    List<TreeSet<String>> unmet = new ArrayList<>();
    for (int i = 0; i < levels.size(); i++) {
      unmet.add(new TreeSet<>());
    }
    int points = 0;
    for (Criterion c : rulebook.criteria()) {
      int li = levels.indexOf(c.level());
      levelTotal[li]++;
      levelMax[li] += c.points();
      if (assessment.isMet(c.id())) {
        levelMet[li]++;
        levelPoints[li] += c.points();
        points += c.points();
      } else {
        unmet.get(li).add(c.id());
      }
    }
    ImmutableMap.Builder<Level, LevelTally> perLevel = ImmutableMap.builder();
    ImmutableMap.Builder<Level, ImmutableList<String>> unmetByLevel = ImmutableMap.builder();
    for (int i = 0; i < levels.size(); i++) {
      perLevel.put(levels.get(i), new LevelTally(levels.get(i), levelMet[i], levelTotal[i], levelPoints[i], levelMax[i]));
      unmetByLevel.put(levels.get(i), ImmutableList.copyOf(unmet.get(i)));
    }
    ImmutableList<Outcome> outcomes = rulebook.outcomes();
    int reached = Reachability.firstHolding(outcomes, levels, levelMet, levelTotal, points);
    int higherEnd = reached >= 0 ? reached : outcomes.size();
    String outcome = reached >= 0 ? outcomes.get(reached).name() : rulebook.notReachedOutcome();
    int rank = reached >= 0 ? outcomes.size() - reached : 0;

    ImmutableList.Builder<Reason> reasons = ImmutableList.builder();
    ImmutableList.Builder<OutcomeGap> gaps = ImmutableList.builder();
    for (int o = 0; o < higherEnd; o++) {
      Outcome higher = outcomes.get(o);
      for (Requirement r : higher.requirements()) {
        int li = r.level().map(levels::indexOf).orElse(-1);
        int met = li < 0 ? 0 : levelMet[li];
        int total = li < 0 ? 0 : levelTotal[li];
        if (!r.holds(met, total, points)) {
          reasons.add(failed(higher.name(), r, met, total, points, li < 0 ? ImmutableList.of() : ImmutableList.copyOf(unmet.get(li))));
        }
      }
      gaps.add(gap(rulebook, assessment, higher, levelMet, points));
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
              "ได้ผล " + o.name() + " เพราะผ่านทุกข้อกำหนด: " + thai(o.requirements()),
              o.name() + " reached: every requirement holds (" + english(o.requirements()) + ")"));
    }
    int gate = rulebook.selfAssessmentGate();
    boolean gatePassed = points >= gate;
    if (gatePassed) {
      reasons.add(
          new Reason(
              ReasonCode.SELF_ASSESSMENT_GATE_PASSED,
              null,
              null,
              gate,
              points,
              ImmutableList.of(),
              "คะแนน " + points + " คะแนน ไม่น้อยกว่าเกณฑ์การประเมินตนเอง " + gate + " คะแนน",
              points + " points reach the self-assessment gate of " + gate + " points"));
    } else {
      reasons.add(
          new Reason(
              ReasonCode.SELF_ASSESSMENT_BELOW_GATE,
              null,
              null,
              gate,
              points,
              ImmutableList.of(),
              "คะแนน " + points + " คะแนน น้อยกว่าเกณฑ์การประเมินตนเอง " + gate + " คะแนน ขาดอีก "
                  + (gate - points) + " คะแนน",
              points + " points are under the self-assessment gate of " + gate + " points, "
                  + (gate - points) + " short"));
    }
    ImmutableList<String> unanswered = ImmutableList.sortedCopyOf(assessment.unansweredIds());
    if (!unanswered.isEmpty()) {
      String ids = String.join(", ", unanswered);
      reasons.add(
          new Reason(
              ReasonCode.CRITERIA_UNANSWERED,
              null,
              null,
              null,
              null,
              unanswered,
              "มี " + unanswered.size() + " ข้อที่ไม่ได้ตอบ นับเป็นไม่ผ่าน: " + ids,
              unanswered.size() + " criteria not answered, counted as not met: " + ids));
    }
    return new Evaluation(
        rulebook,
        assessment,
        GeccVersion.version(),
        points,
        perLevel.buildOrThrow(),
        outcome,
        rank,
        gatePassed,
        unmetByLevel.buildOrThrow(),
        unanswered,
        reasons.build(),
        gaps.build());
  }

  private static Reason failed(
      String outcome, Requirement r, int met, int total, int points, ImmutableList<String> unmetIds) {
    Level level = r.level().orElse(null);
    switch (r.kind()) {
      case ALL_OF_LEVEL:
        return new Reason(
            ReasonCode.LEVEL_NOT_ALL_MET,
            outcome,
            level,
            total,
            met,
            unmetIds,
            "ผล " + outcome + " ต้องผ่านเกณฑ์" + level.thaiLabel() + "ครบทุกข้อ: ผ่าน " + met + " จาก "
                + total + " ข้อ ยังไม่ผ่าน " + (total - met) + " ข้อ (" + String.join(", ", unmetIds) + ")",
            outcome + " needs every " + level + " criterion: " + met + " of " + total + " met, "
                + (total - met) + " not met (" + String.join(", ", unmetIds) + ")");
      case AT_LEAST_COUNT:
        return new Reason(
            ReasonCode.LEVEL_COUNT_TOO_LOW,
            outcome,
            level,
            r.minimum(),
            met,
            ImmutableList.of(),
            "ผล " + outcome + " ต้องผ่านเกณฑ์" + level.thaiLabel() + "อย่างน้อย " + r.minimum()
                + " ข้อ: ผ่าน " + met + " ข้อ ขาดอีก " + (r.minimum() - met) + " ข้อ",
            outcome + " needs at least " + r.minimum() + " " + level + " criteria: " + met + " met, "
                + (r.minimum() - met) + " short");
      default:
        return new Reason(
            ReasonCode.POINTS_TOO_LOW,
            outcome,
            null,
            r.minimum(),
            points,
            ImmutableList.of(),
            "ผล " + outcome + " ต้องได้อย่างน้อย " + r.minimum() + " คะแนน: ได้ " + points
                + " คะแนน ขาดอีก " + (r.minimum() - points) + " คะแนน",
            outcome + " needs at least " + r.minimum() + " points: " + points + " scored, "
                + (r.minimum() - points) + " short");
    }
  }

  /**
   * The fewest further criteria for an outcome: every unmet criterion of an "all of" level; then,
   * per level, the count still missing, taking the criteria worth most; then, for points, the
   * criteria worth most anywhere. Each step is forced or takes the most points per criterion, so
   * the number is the least possible.
   */
  private static OutcomeGap gap(
      Rulebook rulebook, Assessment assessment, Outcome outcome, int[] levelMet, int points) {
    ImmutableList<Level> levels = rulebook.levels();
    Set<Criterion> chosen = new LinkedHashSet<>();
    int[] extraMet = new int[levels.size()];
    int extraPoints = 0;
    int[] countNeeded = new int[levels.size()];
    int pointsNeeded = 0;
    for (Requirement r : outcome.requirements()) {
      switch (r.kind()) {
        case ALL_OF_LEVEL:
          for (Criterion c : rulebook.criteriaOf(r.level().get())) {
            if (!assessment.isMet(c.id()) && chosen.add(c)) {
              extraMet[levels.indexOf(c.level())]++;
              extraPoints += c.points();
            }
          }
          break;
        case AT_LEAST_COUNT:
          int li = levels.indexOf(r.level().get());
          countNeeded[li] = Math.max(countNeeded[li], r.minimum());
          break;
        default:
          pointsNeeded = Math.max(pointsNeeded, r.minimum());
      }
    }
    for (int li = 0; li < levels.size(); li++) {
      int missing = countNeeded[li] - levelMet[li] - extraMet[li];
      List<Criterion> candidates = candidates(rulebook.criteriaOf(levels.get(li)), assessment, chosen);
      for (int k = 0; k < missing; k++) {
        Criterion c = candidates.get(k);
        chosen.add(c);
        extraMet[li]++;
        extraPoints += c.points();
      }
    }
    if (points + extraPoints < pointsNeeded) {
      for (Criterion c : candidates(rulebook.criteria(), assessment, chosen)) {
        if (points + extraPoints >= pointsNeeded) {
          break;
        }
        chosen.add(c);
        extraPoints += c.points();
      }
    }
    return new OutcomeGap(
        outcome.name(),
        chosen.stream().map(Criterion::id).sorted().collect(ImmutableList.toImmutableList()));
  }

  private static List<Criterion> candidates(
      List<Criterion> from, Assessment assessment, Set<Criterion> chosen) {
    List<Criterion> list = new ArrayList<>();
    for (Criterion c : from) {
      if (!assessment.isMet(c.id()) && !chosen.contains(c)) {
        list.add(c);
      }
    }
    list.sort(MOST_POINTS_FIRST);
    return list;
  }

  private static String english(List<Requirement> requirements) {
    List<String> parts = new ArrayList<>();
    for (Requirement r : requirements) {
      parts.add(r.toString());
    }
    return String.join(", ", parts);
  }

  private static String thai(List<Requirement> requirements) {
    List<String> parts = new ArrayList<>();
    for (Requirement r : requirements) {
      switch (r.kind()) {
        case ALL_OF_LEVEL:
          parts.add("ผ่านเกณฑ์" + r.level().get().thaiLabel() + "ครบทุกข้อ");
          break;
        case AT_LEAST_COUNT:
          parts.add("ผ่านเกณฑ์" + r.level().get().thaiLabel() + "อย่างน้อย " + r.minimum() + " ข้อ");
          break;
        default:
          parts.add("ได้อย่างน้อย " + r.minimum() + " คะแนน");
      }
    }
    return String.join(" และ ", parts);
  }

}
