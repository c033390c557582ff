package io.github.gecc.rules;

import java.util.Objects;

/**
 * The count of one level in an evaluation: criteria met and in the catalogue, points scored and
 * possible.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Counts criteria and points per level, as the BE 2560 rulebook scores them (RULES.md §3, FACT).
 */
public final class LevelTally {

  private final Level level;
  private final int met;
  private final int total;
  private final int points;
  private final int maxPoints;

  LevelTally(Level level, int met, int total, int points, int maxPoints) {
    this.level = level;
    this.met = met;
    this.total = total;
    this.points = points;
    this.maxPoints = maxPoints;
  }

  /**
   * Returns the level.
   *
   * @return the level
   */
  public Level level() {
    return level;
  }

  /**
   * Returns the criteria of the level met.
   *
   * @return 0..{@link #total()}
   */
  public int met() {
    return met;
  }

  /**
   * Returns the criteria of the level in the catalogue.
   *
   * @return at least 1
   */
  public int total() {
    return total;
  }

  /**
   * Returns the points the level's met criteria score.
   *
   * @return 0..{@link #maxPoints()}
   */
  public int points() {
    return points;
  }

  /**
   * Returns the points all the level's criteria are worth.
   *
   * @return at least 1
   */
  public int maxPoints() {
    return maxPoints;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof LevelTally)) {
      return false;
    }
    LevelTally o = (LevelTally) obj;
    return level.equals(o.level) && met == o.met && total == o.total && points == o.points
        && maxPoints == o.maxPoints;
  }

  @Override
  public int hashCode() {
    return Objects.hash(level, met, total, points, maxPoints);
  }

  @Override
  public String toString() {
    return level + " " + met + "/" + total + " (" + points + "/" + maxPoints + " points)";
  }
}
