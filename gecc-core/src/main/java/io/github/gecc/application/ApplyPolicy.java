package io.github.gecc.application;

import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.time.FiscalYear;

/**
 * A replaceable policy that says which units a directive to apply leaves out because of their
 * certification history.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface ApplyPolicy {

  /**
   * The library's generalisation of DOPA's round-2567 instruction (RULES.md §4, DECISION): a unit
   * certified in either of the two previous rounds need not apply. The circular states it only for
   * DOPA's district offices (DOPA มท 0305.1/ว 1660, 18 Jan 2567); the rule itself is {@link
   * CertificationHistory#mustApplyIn}.
   *
   * @return the policy
   */
  static ApplyPolicy twoPreviousRounds() {
    return (history, round) -> history.mustApplyIn(round);
  }

  /**
   * Tells whether a unit with a certification history must apply in a round under this policy.
   *
   * @param history the unit's certifications, not null
   * @param round the round the directive is about, not null
   * @return true if the policy does not exempt the unit
   */
  boolean mustApply(CertificationHistory history, FiscalYear round);
}
