package io.github.gecc.rules;

import com.google.common.base.MoreObjects;
import io.github.gecc.RefusalException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * One criterion of a rulebook's catalogue: an id, a level, the points it is worth, and optionally a
 * group and titles.
 *
 * <p>RULES.md §3 (FACT): in the BE 2560 rulebook a basic criterion is worth 1 point and an advanced
 * criterion 2 points. RULES.md §3 (DECISION): the circulars do not give the wording of the
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
   * @param id 1 to 32 characters, letters, digits, {@code .}, {@code _} or {@code -}, starting with
   *     a letter or digit, for example {@code B01}; not null
   * @param level the level, not null
   * @param points the points the criterion is worth when met, at least 1
   * @return the criterion
   * @throws RefusalException at {@code id} if the id does not have that form (RULES.md 3.19), at
   *     {@code points} if the points are not positive (RULES.md 3.15)
   * @throws NullPointerException if {@code id} or {@code level} is null
   */
  public static Criterion of(String id, Level level, int points) {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(level, "level");
    return ImmutableCriterion.builder().id(id).level(level).points(points).build();
  }

  @Value.Check
  void check() {
    if (!ID.matcher(id()).matches()) {
      throw RefusalException.of(
              "3.19",
              id(),
              "criterion id '"
                  + id()
                  + "' must be 1 to 32 letters, digits, '.', '_' or '-', starting with a letter"
                  + " or digit",
              "รหัสเกณฑ์ '"
                  + id()
                  + "' ต้องเป็นอักษรภาษาอังกฤษ ตัวเลข '.', '_' หรือ '-' จำนวน 1 ถึง 32 ตัว"
                  + " และขึ้นต้นด้วยอักษรหรือตัวเลข")
          .at("id");
    }
    if (points() < 1) {
      throw RefusalException.of(
              "3.15",
              points(),
              "criterion " + id() + " is worth " + points() + " points; points must be at least 1",
              "เกณฑ์ " + id() + " มีคะแนน " + points() + " คะแนน แต่คะแนนของเกณฑ์ต้องไม่น้อยกว่า 1")
          .at("points");
    }
  }

  /** Refuses a blank title (RULES.md 3.19): a title is the manual's wording or absent. */
  private String checkTitle(String title, String english, String thai) {
    Objects.requireNonNull(title, "title");
    if (title.isBlank()) {
      throw RefusalException.of(
          "3.19",
          title,
          "the "
              + english
              + " title of criterion "
              + id()
              + " is blank; give the manual's wording or no title",
          "ชื่อเกณฑ์"
              + thai
              + "ของเกณฑ์ "
              + id()
              + " ว่างเปล่า ให้ระบุถ้อยคำตามคู่มือหรือไม่ระบุชื่อเกณฑ์");
    }
    return title;
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
   * @throws RefusalException (RULES.md 3.19) if the title is blank
   * @throws NullPointerException if {@code title} is null
   */
  public Criterion withThaiTitle(String title) {
    checkTitle(title, "Thai", "ภาษาไทย");
    return copy().group(group()).thaiTitle(title).englishTitle(englishTitle()).build();
  }

  /**
   * Returns a copy of this criterion with an English title.
   *
   * @param title a non-blank title, not null
   * @return the copy
   * @throws RefusalException (RULES.md 3.19) if the title is blank
   * @throws NullPointerException if {@code title} is null
   */
  public Criterion withEnglishTitle(String title) {
    checkTitle(title, "English", "ภาษาอังกฤษ");
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
