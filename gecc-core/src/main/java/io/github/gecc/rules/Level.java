package io.github.gecc.rules;

import io.github.gecc.RefusalException;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A level of criteria in a rulebook's catalogue, such as {@code BASIC} (ขั้นพื้นฐาน) or {@code
 * ADVANCED} (ขั้นสูง).
 *
 * <p>RULES.md §3 (FACT): the BE 2560 rulebook has two levels, basic and advanced. RULES.md §3 and
 * §10 (DECISION): later rounds name other levels (basic, advanced, excellent), so a level is data,
 * not an enum of two: any upper-case name is a level, and a rulebook loaded from JSON may use
 * levels the library has never heard of. {@link #BASIC} and {@link #ADVANCED} are the two levels of
 * the bundled rulebook.
 *
 * <p>Two levels are equal when their names are equal. This class is immutable and thread-safe.
 */
public final class Level {

  /** The basic level (ขั้นพื้นฐาน) of RULES.md §3. */
  public static final Level BASIC = new Level("BASIC");

  /** The advanced level (ขั้นสูง) of RULES.md §3. */
  public static final Level ADVANCED = new Level("ADVANCED");

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  private final String name;

  private Level(String name) {
    this.name = name;
  }

  /**
   * Returns the level with a name.
   *
   * @param name an upper-case name of 1 to 32 characters, letters {@code A-Z}, digits and {@code
   *     _}, starting with a letter, for example {@code EXCELLENT}; not null
   * @return the level
   * @throws RefusalException (RULES.md 3.19) if the name does not have that form
   * @throws NullPointerException if {@code name} is null
   */
  public static Level of(String name) {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw RefusalException.of(
          "3.19",
          name,
          "level name '"
              + name
              + "' must be 1 to 32 upper-case letters, digits or _, starting with a letter",
          "ชื่อระดับ '"
              + name
              + "' ต้องเป็นอักษรภาษาอังกฤษตัวใหญ่ ตัวเลข หรือ _ จำนวน 1 ถึง 32 ตัว"
              + " และขึ้นต้นด้วยอักษร");
    }
    if (name.equals(BASIC.name)) {
      return BASIC;
    }
    if (name.equals(ADVANCED.name)) {
      return ADVANCED;
    }
    return new Level(name);
  }

  /**
   * Returns the level's name.
   *
   * @return for example {@code BASIC}
   */
  public String name() {
    return name;
  }

  /**
   * Returns the level's name in Thai for messages: ขั้นพื้นฐาน and ขั้นสูง for the two levels of
   * the BE 2560 rulebook, as DLA นท 0812/694 names them (RULES.md 3.1); ระดับเป็นเลิศ for {@code
   * EXCELLENT}, the name later rounds give their highest level (RULES.md 10.2); otherwise {@code
   * ระดับ} and the name.
   *
   * @return the Thai name
   */
  public String thai() {
    switch (name) {
      case "BASIC":
        return "ขั้นพื้นฐาน";
      case "ADVANCED":
        return "ขั้นสูง";
      case "EXCELLENT":
        return "ระดับเป็นเลิศ";
      default:
        return "ระดับ " + name;
    }
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof Level && ((Level) obj).name.equals(name);
  }

  @Override
  public int hashCode() {
    return name.hashCode();
  }

  /**
   * Returns the name.
   *
   * @return the level's name
   */
  @Override
  public String toString() {
    return name;
  }
}
