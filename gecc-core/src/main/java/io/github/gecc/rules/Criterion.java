package io.github.gecc.rules;

import com.google.common.base.MoreObjects;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One criterion of a rulebook's catalogue: an id, a level, the points it is worth, and optionally
 * a group and titles.
 *
 * <p>RULES.md §3 (FACT): in the BE 2560 rulebook a basic criterion is worth 1 point and an
 * advanced criterion 2 points. RULES.md §3 (DECISION): the circulars do not give the wording of the
 * criteria, so titles are optional data a user loads from the official manual; the library never
 * invents one. RULES.md §10: a criterion may name its {@link CriterionGroup group}.
 *
 * <p>Two criteria are equal when all their fields are equal. This class is immutable and
 * thread-safe.
 */
@Value.Immutable
public abstract class Criterion {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,31}");

  Criterion() {}

  /**
   * Returns a criterion with no group and no titles.
   *
   * @param id 1 to 32 characters, letters, digits, {@code .}, {@code _} or {@code -}, starting
   *     with a letter or digit, for example {@code B01}; not null
   * @param level the level, not null
   * @param points the points the criterion is worth when met, at least 1
   * @return the criterion
   * @throws IllegalArgumentException if the id does not have that form or points are not positive
   * @throws NullPointerException if {@code id} or {@code level} is null
   */
  public static Criterion of(String id, Level level, int points) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    return ImmutableCriterion.builder().id(id).level(level).points(points).build();
  }

  /**
   * Checks that a text is a well-formed criterion id.
   *
   * @param id the text, not null
   * @return {@code id}
   * @throws IllegalArgumentException if it is not 1 to 32 letters, digits, {@code .}, {@code _} or
   *     {@code -} starting with a letter or digit
   */
  static String checkId(String id) {
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "criterion id '"
              + id
              + "' must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter or digit");
    }
    return id;
  }

  @Value.Check
  void check() {
    checkId(id());
    if (points() < 1) {
      throw new IllegalArgumentException(
          "criterion " + id() + " has " + points() + " points; points must be positive");
    }
    for (Optional<String> title : java.util.List.of(thaiTitle(), englishTitle())) {
      if (title.isPresent() && title.get().isBlank()) {
        throw new IllegalArgumentException("criterion " + id() + " title must not be blank");
      }
    }
  }

  private ImmutableCriterion.Builder copy() {
    return ImmutableCriterion.builder().id(id()).level(level()).points(points());
  }

  /**
   * Returns a copy of this criterion in a group.
   *
   * @param group the group, not null
   * @return the copy
   * @throws NullPointerException if {@code group} is null
   */
  public Criterion withGroup(CriterionGroup group) {
    Objects.requireNonNull(group, "group");
    return copy().group(group).thaiTitle(thaiTitle()).englishTitle(englishTitle()).build();
  }

  /**
   * Returns a copy of this criterion with a Thai title, as the official manual words it.
   *
   * @param title a non-blank title, not null
   * @return the copy
   * @throws IllegalArgumentException if the title is blank
   * @throws NullPointerException if {@code title} is null
   */
  public Criterion withThaiTitle(String title) {
    Objects.requireNonNull(title, "title");
    return copy().group(group()).thaiTitle(title).englishTitle(englishTitle()).build();
  }

  /**
   * Returns a copy of this criterion with an English title.
   *
   * @param title a non-blank title, not null
   * @return the copy
   * @throws IllegalArgumentException if the title is blank
   * @throws NullPointerException if {@code title} is null
   */
  public Criterion withEnglishTitle(String title) {
    Objects.requireNonNull(title, "title");
    return copy().group(group()).thaiTitle(thaiTitle()).englishTitle(title).build();
  }

  /**
   * Returns the id, unique within a rulebook.
   *
   * @return for example {@code B01}
   */
  public abstract String id();

  /**
   * Returns the level.
   *
   * @return for example {@link Level#BASIC}
   */
  public abstract Level level();

  /**
   * Returns the points the criterion is worth when met.
   *
   * @return at least 1
   */
  public abstract int points();

  /**
   * Returns the group, if the rulebook gives one.
   *
   * @return the group, or empty
   */
  public abstract Optional<CriterionGroup> group();

  /**
   * Returns the Thai title, if the rulebook gives one.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> thaiTitle();

  /**
   * Returns the English title, if the rulebook gives one.
   *
   * @return the title, or empty
   */
  public abstract Optional<String> englishTitle();

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Criterion")
        .omitNullValues()
        .add("id", id())
        .add("level", level())
        .add("points", points())
        .add("group", group().orElse(null))
        .add("thaiTitle", thaiTitle().orElse(null))
        .add("englishTitle", englishTitle().orElse(null))
        .toString();
  }
}
