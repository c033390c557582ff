package io.github.gecc.rules;

import com.google.common.base.MoreObjects;
import com.google.common.collect.ImmutableList;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One reason of an {@link Evaluation}: a stable {@link ReasonCode code}, the figures behind it and
 * a message in Thai and in English.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>One explanation of a decision under DOMAIN.md §3, in Thai and in English.
 */
public final class Reason {

  private final ReasonCode code;
  private final String outcome;
  private final Level level;
  private final Integer required;
  private final Integer actual;
  private final ImmutableList<String> criteria;
  private final String thaiMessage;
  private final String englishMessage;

  Reason(
      ReasonCode code,
      String outcome,
      Level level,
      Integer required,
      Integer actual,
      ImmutableList<String> criteria,
      String thaiMessage,
      String englishMessage) {
    this.code = code;
    this.outcome = outcome;
    this.level = level;
    this.required = required;
    this.actual = actual;
    this.criteria = criteria;
    this.thaiMessage = thaiMessage;
    this.englishMessage = englishMessage;
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
   * Returns the message in Thai.
   *
   * @return the message
   */
  public String thaiMessage() {
    return thaiMessage;
  }

  /**
   * Returns the message in English.
   *
   * @return the message
   */
  public String englishMessage() {
    return englishMessage;
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
        && thaiMessage.equals(o.thaiMessage)
        && englishMessage.equals(o.englishMessage);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, outcome, level, required, actual, criteria, thaiMessage, englishMessage);
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
        .add("message", englishMessage)
        .toString();
  }
}
