package io.github.gecc.certification;

import org.immutables.value.Value;

/**
 * A judged obligation together with the centre that owes it: one row of a portfolio answer.
 *
 * <p>Instances are immutable and thread-safe.
 *
 * <p>One row of a portfolio answer ({@link Portfolio#overdue}, {@link Portfolio#fallingDue}): an
 * obligation of RULES.md §6 owed by one centre.
 */
@Value.Immutable
public abstract class CentreObligation {

  CentreObligation() {}

  /**
   * Returns a row; a portfolio makes its answers of them.
   *
   * @param centreId the centre's id, not null
   * @param state the judged obligation, not null
   * @return the row
   * @throws NullPointerException if an argument is null
   */
  static CentreObligation of(String centreId, ObligationState state) {
    return ImmutableCentreObligation.of(centreId, state);
  }

  /**
   * Returns the centre's id.
   *
   * @return the id
   */
  @Value.Parameter
  public abstract String centreId();

  /**
   * Returns the judged obligation.
   *
   * @return the state
   */
  @Value.Parameter
  public abstract ObligationState state();

  /**
   * Returns the row as text.
   *
   * @return the centre id and the state
   */
  @Override
  public String toString() {
    return centreId() + " " + state();
  }
}
