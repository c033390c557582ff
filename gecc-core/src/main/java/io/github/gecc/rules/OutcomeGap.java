package io.github.gecc.rules;

import com.google.common.collect.ImmutableList;
import org.immutables.value.Value;

/**
 * What it would take to reach an outcome not reached: the fewest further criteria whose meeting
 * makes all its requirements hold, and one such set.
 *
 * <p>DECISION: when several sets of that size exist, the suggestion takes, within each need, the
 * criteria worth the most points and then the lowest ids. Meeting the suggestion may reach an
 * outcome even higher than this one.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Implements the "fewest further criteria" of the evaluation (RULES.md §3, a library DECISION on
 * how to choose among equal sets).
 */
@Value.Immutable
public abstract class OutcomeGap {

  OutcomeGap() {}

  static OutcomeGap of(String outcome, ImmutableList<String> suggestion) {
    return ImmutableOutcomeGap.builder().outcome(outcome).addAllSuggestion(suggestion).build();
  }

  /**
   * Returns the outcome.
   *
   * @return its name
   */
  public abstract String outcome();

  /**
   * Returns the fewest further criteria that would reach the outcome.
   *
   * @return at least 1
   */
  public int fewestFurther() {
    return suggestion().size();
  }

  /**
   * Returns one smallest set of criteria not met now whose meeting reaches the outcome, sorted.
   *
   * @return {@link #fewestFurther()} ids
   */
  public abstract ImmutableList<String> suggestion();

  @Override
  public String toString() {
    return outcome() + " needs " + suggestion().size() + " more: " + suggestion();
  }
}
