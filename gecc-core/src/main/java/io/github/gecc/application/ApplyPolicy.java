package io.github.gecc.application;

import com.google.common.collect.ImmutableSet;
import io.github.gecc.time.FiscalYear;
import java.util.Set;

/**
 * A replaceable policy that says which units a directive to apply leaves out because of the rounds
 * they were certified in.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
@FunctionalInterface
public interface ApplyPolicy {

  /**
   * The library's generalisation of DOPA's round-2567 instruction (RULES.md §4, DECISION): a unit
   * certified in either of the two previous rounds need not apply, so a unit must apply when it is
   * certified in neither round − 1 nor round − 2. The circular states it only for DOPA's district
   * offices (DOPA มท 0305.1/ว 1660, 18 Jan 2567, which names rounds 2565 and 2566; RULES.md §4,
   * FACT); a user may name the generalisation (RULES.md 4.9, DECISION, never the default). This is
   * the one implementation of that rule.
   *
   * @return the policy
   */
  static ApplyPolicy twoPreviousRounds() {
    return (certifiedIn, round) -> {
      int value = round.getValue();
      for (FiscalYear certified : certifiedIn) {
        int r = certified.getValue();
        if (r == value - 1 || r == value - 2) {
          return false;
        }
      }
      return true;
    };
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
    return (certifiedIn, round) -> exempting.stream().noneMatch(certifiedIn::contains);
  }

  /**
   * Tells whether a unit certified in some rounds must apply in a round under this policy.
   *
   * @param certifiedIn the rounds the unit was certified in, not null, possibly empty (never
   *     certified), no null element; a certification history gives them ({@code
   *     CertificationHistory.certifiedRounds()})
   * @param round the round the directive is about, not null
   * @return true if the policy does not exempt the unit
   */
  boolean mustApply(Set<FiscalYear> certifiedIn, FiscalYear round);
}
