package io.github.gecc.certification;

import io.github.gecc.RefusalException;
import org.immutables.value.Value;

/**
 * The citizen-satisfaction results a maintenance report carries (RULES.md §6, FACT): how many
 * citizens answered and the score.
 *
 * <p>DECISION: the circulars give no scale for the score, so the library only requires a finite,
 * non-negative number and leaves the scale (percent, 1–5, …) to the data; a {@link ReportPolicy}
 * threshold is compared on the same scale.
 *
 * <p>Instances are immutable and thread-safe.
 */
@Value.Immutable
public abstract class SatisfactionResult {

  SatisfactionResult() {}

  /**
   * Returns the number of citizens who answered.
   *
   * @return a count, at least 0
   */
  @Value.Parameter
  public abstract int respondents();

  /**
   * Returns the satisfaction score.
   *
   * @return a finite number, at least 0
   */
  @Value.Parameter
  public abstract double score();

  /**
   * Returns the results.
   *
   * @param respondents the number of citizens who answered, at least 0
   * @param score the score, finite and at least 0
   * @return the results
   * @throws RefusalException (rule 6.12, at {@code respondents} or {@code score}) if a value is out
   *     of range
   */
  public static SatisfactionResult of(int respondents, double score) {
    return ImmutableSatisfactionResult.of(respondents, score);
  }

  @Value.Check
  void check() {
    if (respondents() < 0) {
      throw RefusalException.of(
              "6.12",
              respondents(),
              "respondents " + respondents() + " must be at least 0",
              "จำนวนผู้ตอบแบบสำรวจ " + respondents() + " ต้องไม่น้อยกว่า 0")
          .at("respondents");
    }
    if (!Double.isFinite(score()) || score() < 0) {
      throw RefusalException.of(
              "6.12",
              score(),
              "score " + score() + " must be a finite number, at least 0",
              "คะแนนความพึงพอใจ " + score() + " ต้องเป็นจำนวนจำกัดที่ไม่น้อยกว่า 0")
          .at("score");
    }
  }
}
