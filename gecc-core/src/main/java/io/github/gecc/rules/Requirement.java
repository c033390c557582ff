package io.github.gecc.rules;

import io.github.gecc.RefusalException;
import java.util.Objects;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One requirement of an outcome: all criteria of a level, at least N criteria of a level, or at
 * least P points.
 *
 * <p>RULES.md §3 (FACT): BE 2560 certification needs all 40 basic criteria and at least 10 advanced
 * criteria. RULES.md §3 (DECISION): later rulebooks are data, so an outcome is a list of
 * requirements of these three kinds.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Requirement {

  /** The three kinds of requirement. */
  public enum Kind {
    /** Every criterion of a level is met. */
    ALL_OF_LEVEL,
    /** At least {@link #minimum()} criteria of a level are met. */
    AT_LEAST_COUNT,
    /** At least {@link #minimum()} points are scored, all levels together. */
    AT_LEAST_POINTS
  }

  Requirement() {}

  private static Requirement of(Kind kind, Optional<Level> level, int minimum) {
    return ImmutableRequirement.builder().kind(kind).level(level).minimum(minimum).build();
  }

  /**
   * Returns the requirement that every criterion of a level is met.
   *
   * @param level the level, not null
   * @return the requirement
   * @throws NullPointerException if {@code level} is null
   */
  public static Requirement allOf(Level level) {
    return of(Kind.ALL_OF_LEVEL, Optional.of(Objects.requireNonNull(level, "level")), 0);
  }

  /**
   * Returns the requirement that at least a number of criteria of a level are met.
   *
   * @param count the least number of criteria, at least 1
   * @param level the level, not null
   * @return the requirement
   * @throws RefusalException (RULES.md 3.19) at {@code minimum} if {@code count} is not positive
   * @throws NullPointerException if {@code level} is null
   */
  public static Requirement atLeast(int count, Level level) {
    Objects.requireNonNull(level, "level");
    if (count < 1) {
      throw RefusalException.of(
              "3.19",
              count,
              "a requirement of at least "
                  + count
                  + " "
                  + level
                  + " criteria must ask for at least 1 criterion",
              "ข้อกำหนดให้ผ่านเกณฑ์"
                  + level.thai()
                  + "อย่างน้อย "
                  + count
                  + " ข้อ ต้องกำหนดอย่างน้อย 1 ข้อ")
          .at("minimum");
    }
    return of(Kind.AT_LEAST_COUNT, Optional.of(level), count);
  }

  /**
   * Returns the requirement that at least a number of points are scored.
   *
   * @param points the least number of points, at least 1
   * @return the requirement
   * @throws RefusalException (RULES.md 3.19) at {@code minimum} if {@code points} is not positive
   */
  public static Requirement atLeastPoints(int points) {
    if (points < 1) {
      throw RefusalException.of(
              "3.19",
              points,
              "a requirement of at least " + points + " points must ask for at least 1 point",
              "ข้อกำหนดคะแนนอย่างน้อย " + points + " คะแนน ต้องกำหนดอย่างน้อย 1 คะแนน")
          .at("minimum");
    }
    return of(Kind.AT_LEAST_POINTS, Optional.empty(), points);
  }

  /**
   * Returns the kind.
   *
   * @return the kind
   */
  public abstract Kind kind();

  /**
   * Returns the level the requirement is about.
   *
   * @return the level, or empty for {@link Kind#AT_LEAST_POINTS}
   */
  public abstract Optional<Level> level();

  /**
   * Returns the least count or points asked for.
   *
   * @return the count for {@link Kind#AT_LEAST_COUNT}, the points for {@link Kind#AT_LEAST_POINTS},
   *     0 for {@link Kind#ALL_OF_LEVEL}
   */
  public abstract int minimum();

  /**
   * Tells whether the requirement holds for given tallies.
   *
   * @param levelMet the criteria met of this requirement's level (ignored for points)
   * @param levelTotal the criteria of that level in the catalogue (ignored for points)
   * @param points the points scored
   * @return true if it holds
   */
  boolean holds(int levelMet, int levelTotal, int points) {
    switch (kind()) {
      case ALL_OF_LEVEL:
        return levelMet == levelTotal;
      case AT_LEAST_COUNT:
        return levelMet >= minimum();
      default:
        return points >= minimum();
    }
  }

  /**
   * Describes the requirement in English.
   *
   * @return for example {@code all BASIC}, {@code at least 10 ADVANCED}, {@code at least 60 points}
   */
  @Override
  public String toString() {
    switch (kind()) {
      case ALL_OF_LEVEL:
        return "all " + level().orElseThrow();
      case AT_LEAST_COUNT:
        return "at least " + minimum() + " " + level().orElseThrow();
      default:
        return "at least " + minimum() + " points";
    }
  }
}
