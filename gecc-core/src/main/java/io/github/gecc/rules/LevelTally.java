package io.github.gecc.rules;

import org.immutables.value.Value;

/**
 * The count of one level in an evaluation: criteria met and in the catalogue, points scored and
 * possible.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Counts criteria and points per level, as the BE 2560 rulebook scores them (RULES.md §3, FACT).
 */
@Value.Immutable
public abstract class LevelTally {

  LevelTally() {}

  static LevelTally of(Level level, int met, int total, int points, int maxPoints) {
    return ImmutableLevelTally.builder()
        .level(level)
        .met(met)
        .total(total)
        .points(points)
        .maxPoints(maxPoints)
        .build();
  }

  /**
   * Returns the level.
   *
   * @return the level
   */
  public abstract Level level();

  /**
   * Returns the criteria of the level met.
   *
   * @return 0..{@link #total()}
   */
  public abstract int met();

  /**
   * Returns the criteria of the level in the catalogue.
   *
   * @return at least 1
   */
  public abstract int total();

  /**
   * Returns the points the level's met criteria score.
   *
   * @return 0..{@link #maxPoints()}
   */
  public abstract int points();

  /**
   * Returns the points all the level's criteria are worth.
   *
   * @return at least 1
   */
  public abstract int maxPoints();

  @Override
  public String toString() {
    return level() + " " + met() + "/" + total() + " (" + points() + "/" + maxPoints() + " points)";
  }
}
