package io.github.gecc.application;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.time.FiscalYear;
import java.util.Set;

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
   * A policy that exempts a unit certified in any of some rounds, as a directive names them: DOPA's
   * round-2567 directive names rounds 2565 and 2566 (RULES.md §4, FACT).
   *
   * @param rounds the rounds whose certification exempts, not null, possibly empty (nobody exempt)
   * @return the policy
   * @throws NullPointerException if {@code rounds} or an element is null
   */
  static ApplyPolicy exemptIfCertifiedIn(Set<FiscalYear> rounds) {
    ImmutableSet<FiscalYear> exempting = ImmutableSet.copyOf(rounds);
    return (history, round) -> exempting.stream().noneMatch(history::isCertifiedIn);
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
