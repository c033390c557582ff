package io.github.gecc.certification;

import java.util.Objects;

/**
 * A judged obligation together with the centre that owes it: one row of a portfolio answer.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>One row of a portfolio answer: an obligation of RULES.md §6 owed by one centre.
 */
public final class CentreObligation {

  private final String centreId;
  private final ObligationState state;

  private CentreObligation(String centreId, ObligationState state) {
    this.centreId = centreId;
    this.state = state;
  }

  /**
   * Returns a row.
   *
   * @param centreId the centre's id, not null
   * @param state the judged obligation, not null
   * @return the row
   * @throws NullPointerException if an argument is null
   */
  public static CentreObligation of(String centreId, ObligationState state) {
    return new CentreObligation(
        Objects.requireNonNull(centreId, "centreId"), Objects.requireNonNull(state, "state"));
  }

  /**
   * Returns the centre's id.
   *
   * @return the id
   */
  public String centreId() {
    return centreId;
  }

  /**
   * Returns the judged obligation.
   *
   * @return the state
   */
  public ObligationState state() {
    return state;
  }

  @Override
  public boolean equals(Object obj) {
    if (!(obj instanceof CentreObligation)) {
      return false;
    }
    CentreObligation other = (CentreObligation) obj;
    return centreId.equals(other.centreId) && state.equals(other.state);
  }

  @Override
  public int hashCode() {
    return centreId.hashCode() * 31 + state.hashCode();
  }

  /**
   * Returns the row as text.
   *
   * @return the centre id and the state
   */
  @Override
  public String toString() {
    return centreId + " " + state;
  }
}
