package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An outcome a rulebook can award, such as {@code CERTIFIED}, with the requirements that reach it:
 * an outcome is reached when every one of its requirements holds.
 *
 * <p>RULES.md §3 (FACT): the BE 2560 rulebook's one outcome is certification. RULES.md §3 and §10
 * (DECISION): later rulebooks award levels (basic, advanced, excellent), so a rulebook lists its
 * outcomes, highest first; every listed outcome is a certification, and an assessment that reaches
 * none gets the rulebook's {@link Rulebook#notReachedOutcome() not-reached outcome}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Outcome {

  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  Outcome() {}

  /**
   * Returns an outcome.
   *
   * @param name 1 to 32 upper-case letters, digits or {@code _}, starting with a letter, for
   *     example {@code CERTIFIED}; not null
   * @param requirements at least one requirement, none repeated; not null, no null element
   * @return the outcome
   * @throws RefusalException (RULES.md 3.19) at {@code name} if the name does not have that form,
   *     at {@code requirements} if there is no requirement, at {@code requirements[i]} if one is
   *     repeated
   * @throws NullPointerException if an argument or element is null
   */
  public static Outcome of(String name, List<Requirement> requirements) {
    try {
      checkName(name, "outcome", "ผลการประเมิน");
    } catch (RefusalException e) {
      throw e.at("name");
    }
    return ImmutableOutcome.builder().name(name).addAllRequirements(requirements).build();
  }

  /**
   * Returns an outcome.
   *
   * @param name see {@link #of(String, List)}
   * @param requirements at least one requirement, none repeated, no null
   * @return the outcome
   * @throws RefusalException as {@link #of(String, List)}
   * @throws NullPointerException if an argument or element is null
   */
  public static Outcome of(String name, Requirement... requirements) {
    return of(name, ImmutableList.copyOf(requirements));
  }

  /**
   * Returns an outcome's name for Thai messages (RULES.md 4.13: Thai messages are wholly Thai):
   * {@code CERTIFIED} as {@code "ได้รับการรับรองมาตรฐาน"}, {@code NOT_CERTIFIED} as {@code
   * "ไม่ได้รับการรับรองมาตรฐาน"}; the levels later rounds award (RULES.md 10.2) {@code BASIC},
   * {@code ADVANCED} and {@code EXCELLENT} as {@code "ระดับพื้นฐาน"}, {@code "ระดับก้าวหน้า"} and
   * {@code "ระดับเป็นเลิศ"}; any other outcome of a user's rulebook, whose Thai name the library
   * does not know, as {@code "ระดับ"} and its identifier.
   *
   * @param name an outcome name, not null
   * @return the Thai name
   * @throws NullPointerException if {@code name} is null
   */
  public static String thai(String name) {
    switch (Objects.requireNonNull(name, "name")) {
      case "CERTIFIED":
        return "ได้รับการรับรองมาตรฐาน";
      case "NOT_CERTIFIED":
        return "ไม่ได้รับการรับรองมาตรฐาน";
      case "BASIC":
        return "ระดับพื้นฐาน";
      case "ADVANCED":
        return "ระดับก้าวหน้า";
      case "EXCELLENT":
        return "ระดับเป็นเลิศ";
      default:
        return "ระดับ " + name;
    }
  }

  /**
   * Checks the form of an outcome name (RULES.md 3.19), refusing it at the root: the caller adds
   * where the name sits.
   */
  static String checkName(String name, String what, String thaiWhat) {
    Objects.requireNonNull(name, what + " name");
    if (!NAME.matcher(name).matches()) {
      throw RefusalException.of(
          "3.19",
          name,
          what
              + " name '"
              + name
              + "' must be 1 to 32 upper-case letters, digits or _, starting with a letter",
          "ชื่อ"
              + thaiWhat
              + " '"
              + name
              + "' ต้องเป็นอักษรภาษาอังกฤษตัวใหญ่ ตัวเลข หรือ _ จำนวน 1 ถึง 32 ตัว"
              + " และขึ้นต้นด้วยอักษร");
    }
    return name;
  }

  @Value.Check
  void check() {
    if (requirements().isEmpty()) {
      throw RefusalException.withoutValue(
              "3.19",
              "outcome " + name() + " has no requirement; an outcome needs at least one",
              "ผลการประเมิน "
                  + name()
                  + " ไม่มีข้อกำหนด ผลการประเมินต้องมีข้อกำหนดอย่างน้อยหนึ่งข้อ")
          .at("requirements");
    }
    Map<Requirement, Integer> seen = new HashMap<>();
    for (int i = 0; i < requirements().size(); i++) {
      Requirement requirement = requirements().get(i);
      Integer first = seen.putIfAbsent(requirement, i);
      if (first != null) {
        throw RefusalException.of(
                "3.19",
                requirement,
                "outcome "
                    + name()
                    + " repeats the requirement '"
                    + requirement
                    + "' (first at requirements["
                    + first
                    + "]); list each requirement once",
                "ผลการประเมิน "
                    + name()
                    + " ระบุข้อกำหนด '"
                    + requirement
                    + "' ซ้ำ (ครั้งแรกที่ requirements["
                    + first
                    + "]) ให้ระบุแต่ละข้อกำหนดเพียงครั้งเดียว")
            .at("requirements", i);
      }
    }
  }

  /**
   * Returns the name.
   *
   * @return for example {@code CERTIFIED}
   */
  public abstract String name();

  /**
   * Returns the requirements, all of which must hold.
   *
   * @return at least one requirement
   */
  public abstract ImmutableList<Requirement> requirements();

  @Override
  public String toString() {
    return name() + requirements();
  }
}
