package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check that every outcome of a rulebook can be reached (RULES.md §3, DECISION): each
 * requirement can hold, and each outcome can hold while every higher outcome fails.
 *
 * <p>Requirements only depend on how many criteria of each level are met and on the points, so the
 * check enumerates "profiles": how many criteria are met in each (level, points) class of the
 * catalogue. GECC-2560 has 41 × 21 = 861 profiles. Above {@link Rulebook#MAX_PROFILES} profiles
 * only the first part of the check runs.
 */
final class Reachability {

  private Reachability() {}

  /**
   * Refuses a rulebook with an outcome no assessment reaches (RULES.md 3.15), at the outcome's
   * requirement that cannot hold or at the outcome a higher one hides.
   */
  static void check(Rulebook rulebook) {
    ImmutableList<Outcome> outcomes = rulebook.outcomes();
    for (int i = 0; i < outcomes.size(); i++) {
      Outcome outcome = outcomes.get(i);
      for (int j = 0; j < outcome.requirements().size(); j++) {
        Requirement r = outcome.requirements().get(j);
        String cannot = "outcome " + outcome.name() + " cannot be reached: it requires '" + r + "'";
        String cannotThai = "ไม่มีการประเมินใดได้ผล " + outcome.name() + " เพราะกำหนด '" + r + "'";
        if (r.level().isPresent() && rulebook.criteriaOf(r.level().get()).isEmpty()) {
          throw refusal(
                  rulebook,
                  r.level().get(),
                  cannot + " but no criterion of the catalogue has level " + r.level().get(),
                  cannotThai + " แต่ไม่มีเกณฑ์ใดในรายการเกณฑ์อยู่ใน" + r.level().get().thai())
              .at("level")
              .at("requirements", j)
              .at("outcomes", i);
        }
        if (r.kind() == Requirement.Kind.AT_LEAST_COUNT
            && r.minimum() > rulebook.criteriaOf(r.level().get()).size()) {
          int available = rulebook.criteriaOf(r.level().get()).size();
          throw refusal(
                  rulebook,
                  r.minimum(),
                  cannot
                      + " but the catalogue has only "
                      + available
                      + " "
                      + r.level().get()
                      + " criteria",
                  cannotThai
                      + " แต่รายการเกณฑ์มีเกณฑ์"
                      + r.level().get().thai()
                      + "เพียง "
                      + available
                      + " ข้อ")
              .at("minimum")
              .at("requirements", j)
              .at("outcomes", i);
        }
        if (r.kind() == Requirement.Kind.AT_LEAST_POINTS && r.minimum() > rulebook.maxPoints()) {
          throw refusal(
                  rulebook,
                  r.minimum(),
                  cannot + " but the catalogue is worth only " + rulebook.maxPoints() + " points",
                  cannotThai + " แต่รายการเกณฑ์มีคะแนนเต็มเพียง " + rulebook.maxPoints() + " คะแนน")
              .at("minimum")
              .at("requirements", j)
              .at("outcomes", i);
        }
      }
    }
    checkNotHidden(rulebook);
  }

  private static RefusalException refusal(
      Rulebook rulebook, Object value, String english, String thai) {
    return RefusalException.of(
        "3.15",
        value,
        "rulebook " + rulebook.id() + ": " + english,
        "เกณฑ์การประเมิน " + rulebook.id() + ": " + thai);
  }

  private static void checkNotHidden(Rulebook rulebook) {
    ImmutableList<Level> levels = rulebook.levels();
    // classes of interchangeable criteria: same level, same points
    Map<List<Integer>, Integer> classSizes = new LinkedHashMap<>();
    Map<Level, Integer> levelPosition = RulebookIndex.positionsOf(levels);
    for (Criterion c : rulebook.criteria()) {
      classSizes.merge(List.of(levelPosition.get(c.level()), c.points()), 1, Integer::sum);
    }
    int n = classSizes.size();
    int[] classLevel = new int[n];
    int[] classPoints = new int[n];
    int[] classSize = new int[n];
    long profiles = 1;
    int k = 0;
    for (Map.Entry<List<Integer>, Integer> e : classSizes.entrySet()) {
      classLevel[k] = e.getKey().get(0);
      classPoints[k] = e.getKey().get(1);
      classSize[k] = e.getValue();
      profiles *= classSize[k] + 1;
      if (profiles > Rulebook.MAX_PROFILES) {
        return;
      }
      k++;
    }
    RulebookIndex index = rulebook.index();
    ImmutableList<Outcome> outcomes = rulebook.outcomes();
    boolean[] reached = new boolean[outcomes.size()];
    int reachedCount = 0;
    int[] counts = new int[n];
    int[] levelMet = new int[levels.size()];
    while (true) {
      java.util.Arrays.fill(levelMet, 0);
      int points = 0;
      for (int i = 0; i < n; i++) {
        levelMet[classLevel[i]] += counts[i];
        points += counts[i] * classPoints[i];
      }
      int first = index.firstHolding(levelMet, points);
      if (first >= 0 && !reached[first]) {
        reached[first] = true;
        if (++reachedCount == reached.length) {
          return;
        }
      }
      int i = 0;
      while (i < n && counts[i] == classSize[i]) {
        counts[i] = 0;
        i++;
      }
      if (i == n) {
        break;
      }
      counts[i]++;
    }
    List<String> higher = new ArrayList<>();
    for (int i = 0; i < reached.length; i++) {
      if (!reached[i]) {
        String name = outcomes.get(i).name();
        throw refusal(
                rulebook,
                name,
                "outcome "
                    + name
                    + " cannot be reached: whenever its requirements hold, a higher"
                    + " outcome ("
                    + String.join(", ", higher)
                    + ") is reached instead",
                "ไม่มีการประเมินใดได้ผล "
                    + name
                    + " เพราะเมื่อผ่านข้อกำหนดของผลนี้ จะได้ผลที่สูงกว่า ("
                    + String.join(", ", higher)
                    + ") แทนเสมอ")
            .at("outcomes", i);
      }
      higher.add(outcomes.get(i).name());
    }
  }
}
