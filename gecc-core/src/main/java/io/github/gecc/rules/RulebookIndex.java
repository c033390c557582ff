package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A rulebook's catalogue as arrays, computed once per {@link Rulebook}, so that an evaluation
 * counts with array indices instead of looking criteria up by id or levels by position.
 *
 * <p>Criteria are identified here by their position in {@link Rulebook#criteria()}, levels by their
 * position in {@link Rulebook#levels()}.
 *
 * <p>Immutable once built (its arrays are never handed out), hence thread-safe.
 */
final class RulebookIndex {

  /** Criteria worth most first, then by id: the order in which a gap takes candidates. */
  static final Comparator<Criterion> MOST_POINTS_FIRST =
      Comparator.comparingInt(Criterion::points).reversed().thenComparing(Criterion::id);

  private final ImmutableList<Criterion> criteria;
  private final ImmutableList<Level> levels;
  private final ImmutableList<Outcome> outcomes;
  private final ImmutableList<Requirement> applicationRequirements;
  private final ImmutableMap<String, Integer> positionById;
  private final int[] levelOf;
  private final int[] points;
  private final int[] levelTotal;
  private final int[] levelMax;
  private final int[] byId;

  /** The ids in the order of {@link #byId}. */
  private final String[] idsById;

  /** Per level position: the positions of its criteria, sorted by id. */
  private final int[][] levelById;

  /** Per level position: the ids in the order of {@link #levelById}. */
  private final String[][] levelIdsById;

  private final int[] byMostPoints;

  /** Per outcome, per requirement: the requirement's level position, or -1 for points. */
  private final int[][] requirementLevel;

  /** Per application requirement: its level position, or -1 for points. */
  private final int[] applicationLevel;

  RulebookIndex(
      ImmutableList<Criterion> criteria,
      ImmutableList<Level> levels,
      ImmutableList<Outcome> outcomes,
      ImmutableList<Requirement> applicationRequirements) {
    this.criteria = criteria;
    this.levels = levels;
    this.outcomes = outcomes;
    this.applicationRequirements = applicationRequirements;
    int n = criteria.size();
    ImmutableMap.Builder<String, Integer> positions = ImmutableMap.builderWithExpectedSize(n);
    levelOf = new int[n];
    points = new int[n];
    levelTotal = new int[levels.size()];
    levelMax = new int[levels.size()];
    Map<Level, Integer> levelPosition = positionsOf(levels);
    for (int p = 0; p < n; p++) {
      Criterion c = criteria.get(p);
      positions.put(c.id(), p);
      // A rulebook holds only criteria of its own levels.
      levelOf[p] = Objects.requireNonNull(levelPosition.get(c.level()), "level");
      points[p] = c.points();
      levelTotal[levelOf[p]]++;
      levelMax[levelOf[p]] += c.points();
    }
    positionById = positions.buildOrThrow();
    byId = sortedPositions(Comparator.comparing(Criterion::id));
    idsById = idsAt(byId);
    levelById = new int[levels.size()][];
    levelIdsById = new String[levels.size()][];
    for (int li = 0; li < levels.size(); li++) {
      int level = li;
      levelById[li] = java.util.Arrays.stream(byId).filter(p -> levelOf[p] == level).toArray();
      levelIdsById[li] = idsAt(levelById[li]);
    }
    byMostPoints = sortedPositions(MOST_POINTS_FIRST);
    requirementLevel = new int[outcomes.size()][];
    for (int o = 0; o < outcomes.size(); o++) {
      List<Requirement> requirements = outcomes.get(o).requirements();
      requirementLevel[o] = new int[requirements.size()];
      for (int r = 0; r < requirements.size(); r++) {
        requirementLevel[o][r] = levelPosition(requirements.get(r), levelPosition);
      }
    }
    applicationLevel = new int[applicationRequirements.size()];
    for (int r = 0; r < applicationRequirements.size(); r++) {
      applicationLevel[r] = levelPosition(applicationRequirements.get(r), levelPosition);
    }
  }

  /**
   * The level position of a requirement, or -1 for points or for a level no criterion has (which a
   * built rulebook refuses; the index is made before that check).
   */
  private static int levelPosition(Requirement requirement, Map<Level, Integer> levelPosition) {
    return requirement.level().map(levelPosition::get).orElse(-1);
  }

  /** The ids of the criteria at the given positions, in that order. */
  private String[] idsAt(int[] positions) {
    String[] ids = new String[positions.length];
    for (int k = 0; k < positions.length; k++) {
      ids[k] = criteria.get(positions[k]).id();
    }
    return ids;
  }

  /** Returns each level's position in the list, found in constant time per criterion. */
  static Map<Level, Integer> positionsOf(List<Level> levels) {
    Map<Level, Integer> positions = new HashMap<>();
    for (int i = 0; i < levels.size(); i++) {
      positions.put(levels.get(i), i);
    }
    return positions;
  }

  private int[] sortedPositions(Comparator<Criterion> order) {
    return java.util.stream.IntStream.range(0, criteria.size())
        .boxed()
        .sorted(Comparator.comparing(criteria::get, order))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** The number of criteria. */
  int size() {
    return levelOf.length;
  }

  /** The number of levels. */
  int levelCount() {
    return levelTotal.length;
  }

  /** The position of a criterion id, or -1 if the catalogue has no such id. */
  int position(String criterionId) {
    Integer p = positionById.get(criterionId);
    return p == null ? -1 : p;
  }

  int levelOf(int position) {
    return levelOf[position];
  }

  int points(int position) {
    return points[position];
  }

  int levelTotal(int level) {
    return levelTotal[level];
  }

  int levelMax(int level) {
    return levelMax[level];
  }

  Level level(int level) {
    return levels.get(level);
  }

  /** The position of the {@code k}-th criterion worth most (ties by id). */
  int byMostPoints(int k) {
    return byMostPoints[k];
  }

  /** The level position of requirement {@code r} of outcome {@code o}, or -1 for points. */
  int requirementLevel(int o, int r) {
    return requirementLevel[o][r];
  }

  /**
   * The ids of the criteria whose flag is {@code wanted}, sorted by id.
   *
   * @param flags one flag per position
   * @param wanted the flag to keep
   * @param level a level position to keep only its criteria, or -1 for all
   */
  ImmutableList<String> sortedIds(boolean[] flags, boolean wanted, int level) {
    int[] sorted = level < 0 ? byId : levelById[level];
    String[] sortedIds = level < 0 ? idsById : levelIdsById[level];
    int count = 0;
    for (int p : sorted) {
      if (flags[p] == wanted) {
        count++;
      }
    }
    if (count == 0) {
      return ImmutableList.of();
    }
    ImmutableList.Builder<String> ids = ImmutableList.builderWithExpectedSize(count);
    for (int k = 0; k < sorted.length; k++) {
      if (flags[sorted[k]] == wanted) {
        ids.add(sortedIds[k]);
      }
    }
    return ids.build();
  }

  /**
   * The first outcome whose requirements all hold for given tallies.
   *
   * @param levelMet criteria met per level position
   * @param points the points scored
   * @return the outcome's position, highest first, or -1 if none holds
   */
  int firstHolding(int[] levelMet, int points) {
    for (int o = 0; o < outcomes.size(); o++) {
      if (holds(o, levelMet, points)) {
        return o;
      }
    }
    return -1;
  }

  /** Tells whether every requirement of outcome {@code o} holds for given tallies. */
  boolean holds(int o, int[] levelMet, int points) {
    List<Requirement> requirements = outcomes.get(o).requirements();
    for (int r = 0; r < requirements.size(); r++) {
      if (!holds(o, r, levelMet, points)) {
        return false;
      }
    }
    return true;
  }

  /** Tells whether requirement {@code r} of outcome {@code o} holds for given tallies. */
  boolean holds(int o, int r, int[] levelMet, int points) {
    return holds(outcomes.get(o).requirements().get(r), requirementLevel[o][r], levelMet, points);
  }

  /** The number of application requirements. */
  int applicationCount() {
    return applicationLevel.length;
  }

  /** The level position of application requirement {@code r}, or -1 for points. */
  int applicationLevel(int r) {
    return applicationLevel[r];
  }

  /** Tells whether application requirement {@code r} holds for given tallies. */
  boolean applicationHolds(int r, int[] levelMet, int points) {
    return holds(applicationRequirements.get(r), applicationLevel[r], levelMet, points);
  }

  private boolean holds(Requirement requirement, int li, int[] levelMet, int points) {
    int met = li < 0 ? 0 : levelMet[li];
    int total = li < 0 ? 0 : levelTotal[li];
    return requirement.holds(met, total, points);
  }
}
