package io.github.gecc.rules;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * One reason of an {@link Evaluation}: a stable {@link ReasonCode code}, the figures behind it and
 * a message in Thai and in English.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>One explanation of a decision under RULES.md §3, in Thai and in English.
 */
public final class Reason {

  private final ReasonCode code;
  // Null where the code has no such figure: each code sets the fields its messages read.
  private final @Nullable String outcome;
  private final @Nullable Level level;
  private final @Nullable Integer required;
  private final @Nullable Integer actual;
  private final ImmutableList<String> criteria;

  /**
   * The requirements of the outcome reached, for {@link ReasonCode#OUTCOME_REACHED}; else empty.
   */
  private final ImmutableList<Requirement> requirements;

  private final String source;

  Reason(
      ReasonCode code,
      @Nullable String outcome,
      @Nullable Level level,
      @Nullable Integer required,
      @Nullable Integer actual,
      ImmutableList<String> criteria,
      ImmutableList<Requirement> requirements,
      String source) {
    this.code = code;
    this.outcome = outcome;
    this.level = level;
    this.required = required;
    this.actual = actual;
    this.criteria = criteria;
    this.requirements = requirements;
    this.source = source;
  }

  /**
   * Returns the citation of the rule behind the reason: the circular and the section of the
   * library's rules reference.
   *
   * @return for example {@code "DLA นท 0812/694, round 2560 (step 3); RULES.md §3 FACT"}
   */
  public String source() {
    return source;
  }

  /**
   * Returns the code.
   *
   * @return the code
   */
  public ReasonCode code() {
    return code;
  }

  /**
   * Returns the outcome the reason is about.
   *
   * @return the outcome name, or empty for gate and unanswered reasons
   */
  public Optional<String> outcome() {
    return Optional.ofNullable(outcome);
  }

  /**
   * Returns the level the reason is about.
   *
   * @return the level, or empty
   */
  public Optional<Level> level() {
    return Optional.ofNullable(level);
  }

  /**
   * Returns the count or points required.
   *
   * @return the figure, or empty when the code has none
   */
  public OptionalInt required() {
    return required == null ? OptionalInt.empty() : OptionalInt.of(required);
  }

  /**
   * Returns the count or points reached.
   *
   * @return the figure, or empty when the code has none
   */
  public OptionalInt actual() {
    return actual == null ? OptionalInt.empty() : OptionalInt.of(actual);
  }

  /**
   * Returns how far short the actual figure is of the required one.
   *
   * @return required − actual when both are present and actual is lower; 0 when it is not lower;
   *     empty when the code has no figures
   */
  public OptionalInt shortfall() {
    return required == null || actual == null
        ? OptionalInt.empty()
        : OptionalInt.of(Math.max(0, required - actual));
  }

  /**
   * Returns the criteria the reason names (for example those not met), sorted.
   *
   * @return the ids, possibly empty
   */
  public ImmutableList<String> criteria() {
    return criteria;
  }

  /**
   * Returns the message in Thai, written from the reason's figures on each call.
   *
   * @return the message
   */
  public String thai() {
    return buildThaiMessage();
  }

  /**
   * Returns the message in English, written from the reason's figures on each call.
   *
   * @return the message
   */
  public String english() {
    return buildEnglishMessage();
  }

  // Each code sets the figures its message reads (Evaluator), which NullAway cannot see.
  @SuppressWarnings("NullAway")
  private String buildThaiMessage() {
    switch (code) {
      case OUTCOME_REACHED:
        return "ได้ผล" + Outcome.thai(outcome) + " เพราะผ่านทุกข้อกำหนด: " + thai(requirements);
      case LEVEL_NOT_ALL_MET:
        return thaiShortfall(Requirement.Kind.ALL_OF_LEVEL, "ผล" + Outcome.thai(outcome) + " ");
      case LEVEL_COUNT_TOO_LOW:
        return thaiShortfall(Requirement.Kind.AT_LEAST_COUNT, "ผล" + Outcome.thai(outcome) + " ");
      case POINTS_TOO_LOW:
        return thaiShortfall(Requirement.Kind.AT_LEAST_POINTS, "ผล" + Outcome.thai(outcome) + " ");
      case APPLICATION_REQUIREMENT_MET:
        return "ผ่านเงื่อนไขการขอรับการรับรอง: " + thai(requirements);
      case APPLICATION_REQUIREMENT_NOT_MET:
        return thaiNotMet();
      case SELF_ASSESSMENT_GATE_PASSED:
        return "คะแนน " + actual + " คะแนน ไม่น้อยกว่าเกณฑ์การประเมินตนเอง " + required + " คะแนน";
      case SELF_ASSESSMENT_BELOW_GATE:
        return "คะแนน "
            + actual
            + " คะแนน น้อยกว่าเกณฑ์การประเมินตนเอง "
            + required
            + " คะแนน ขาดอีก "
            + (required - actual)
            + " คะแนน";
      default:
        return "มี "
            + criteria.size()
            + " ข้อที่ไม่ได้ตอบ นับเป็นไม่ผ่าน: "
            + String.join(", ", criteria);
    }
  }

  // Each code sets the figures its message reads (Evaluator), which NullAway cannot see.
  @SuppressWarnings("NullAway")
  private String buildEnglishMessage() {
    switch (code) {
      case OUTCOME_REACHED:
        return outcome + " reached: every requirement holds (" + english(requirements) + ")";
      case LEVEL_NOT_ALL_MET:
        return englishShortfall(Requirement.Kind.ALL_OF_LEVEL, String.valueOf(outcome));
      case LEVEL_COUNT_TOO_LOW:
        return englishShortfall(Requirement.Kind.AT_LEAST_COUNT, String.valueOf(outcome));
      case POINTS_TOO_LOW:
        return englishShortfall(Requirement.Kind.AT_LEAST_POINTS, String.valueOf(outcome));
      case APPLICATION_REQUIREMENT_MET:
        return "the application requirement holds: " + english(requirements);
      case APPLICATION_REQUIREMENT_NOT_MET:
        return englishNotMet();
      case SELF_ASSESSMENT_GATE_PASSED:
        return actual + " points reach the self-assessment gate of " + required + " points";
      case SELF_ASSESSMENT_BELOW_GATE:
        return actual
            + " points are under the self-assessment gate of "
            + required
            + " points, "
            + (required - actual)
            + " short";
      default:
        return criteria.size()
            + " criteria not answered, counted as not met: "
            + String.join(", ", criteria);
    }
  }

  private String thaiNotMet() {
    return thaiShortfall(requirements.get(0).kind(), "การขอรับการรับรอง")
        + " จึงยังขอรับการรับรองไม่ได้";
  }

  private String englishNotMet() {
    return englishShortfall(requirements.get(0).kind(), "applying")
        + "; the unit may not apply yet";
  }

  /**
   * The Thai message of a requirement of some kind not met, by an outcome or by the application
   * requirement: {@code subject} is written before it, with its own spacing.
   */
  // Each code sets the figures its message reads (Evaluator), which NullAway cannot see.
  @SuppressWarnings("NullAway")
  private String thaiShortfall(Requirement.Kind kind, String subject) {
    switch (kind) {
      case ALL_OF_LEVEL:
        return subject
            + "ต้องผ่านเกณฑ์"
            + level.thai()
            + "ครบทุกข้อ: ผ่าน "
            + actual
            + " จาก "
            + required
            + " ข้อ ยังไม่ผ่าน "
            + (required - actual)
            + " ข้อ ("
            + String.join(", ", criteria)
            + ")";
      case AT_LEAST_COUNT:
        return subject
            + "ต้องผ่านเกณฑ์"
            + level.thai()
            + "อย่างน้อย "
            + required
            + " ข้อ: ผ่าน "
            + actual
            + " ข้อ ขาดอีก "
            + (required - actual)
            + " ข้อ";
      default:
        return subject
            + "ต้องได้อย่างน้อย "
            + required
            + " คะแนน: ได้ "
            + actual
            + " คะแนน ขาดอีก "
            + (required - actual)
            + " คะแนน";
    }
  }

  /** The English message of a requirement of some kind not met, by {@code subject}. */
  // Each code sets the figures its message reads (Evaluator), which NullAway cannot see.
  @SuppressWarnings("NullAway")
  private String englishShortfall(Requirement.Kind kind, String subject) {
    switch (kind) {
      case ALL_OF_LEVEL:
        return subject
            + " needs every "
            + level
            + " criterion: "
            + actual
            + " of "
            + required
            + " met, "
            + (required - actual)
            + " not met ("
            + String.join(", ", criteria)
            + ")";
      case AT_LEAST_COUNT:
        return subject
            + " needs at least "
            + required
            + " "
            + level
            + " criteria: "
            + actual
            + " met, "
            + (required - actual)
            + " short";
      default:
        return subject
            + " needs at least "
            + required
            + " points: "
            + actual
            + " scored, "
            + (required - actual)
            + " short";
    }
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
          parts.add("ผ่านเกณฑ์" + r.level().get().thai() + "ครบทุกข้อ");
          break;
        case AT_LEAST_COUNT:
          parts.add("ผ่านเกณฑ์" + r.level().get().thai() + "อย่างน้อย " + r.minimum() + " ข้อ");
          break;
        default:
          parts.add("ได้อย่างน้อย " + r.minimum() + " คะแนน");
      }
    }
    return String.join(" และ ", parts);
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof Reason)) {
      return false;
    }
    Reason o = (Reason) obj;
    return code == o.code
        && Objects.equals(outcome, o.outcome)
        && Objects.equals(level, o.level)
        && Objects.equals(required, o.required)
        && Objects.equals(actual, o.actual)
        && criteria.equals(o.criteria)
        && source.equals(o.source)
        && thai().equals(o.thai())
        && english().equals(o.english());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        code, outcome, level, required, actual, criteria, source, thai(), english());
  }

  @Override
  public String toString() {
    return MoreObjects.toStringHelper("Reason")
        .omitNullValues()
        .add("code", code)
        .add("outcome", outcome)
        .add("level", level)
        .add("required", required)
        .add("actual", actual)
        .add("message", english())
        .toString();
  }
}
