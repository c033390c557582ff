package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import io.github.gecc.time.FiscalYear;

/**
 * Decides which organisations may apply in a round (RULES.md §2). A policy is replaceable: a host
 * with better knowledge of a round plugs its own into {@link Rounds#withEligibility}.
 *
 * <p>Implementations must be immutable and thread-safe.
 */
public interface EligibilityPolicy {

  /**
   * Lists the eligibility rules an organisation breaks in a round.
   *
   * @param round the round, not null
   * @param organisation the organisation, not null
   * @return the violations, empty when the organisation may apply
   */
  ImmutableList<Violation> check(FiscalYear round, Organisation organisation);

  /**
   * Returns the library's policy:
   *
   * <ul>
   *   <li>FACT (RULES.md §2, DLA นท 0812/694, round 2560): an information-only centre is refused in
   *       every round ({@link ViolationCode#INFORMATION_ONLY_CENTRE});
   *   <li>FACT (RULES.md §2, DLA นท 0812/694, round 2560): in round 2560 the only eligible local
   *       organisations were city municipalities, town municipalities and Pattaya City; other local
   *       kinds get {@link ViolationCode#INELIGIBLE_ORGANISATION};
   *   <li>DECISION: the 2560 restriction concerns local organisations only, since DLA นท 0812/694,
   *       round 2560 is the local-government call; other kinds (district offices, Bangkok
   *       agencies…) are not restricted in 2560, nor is any kind in other rounds, as the sources
   *       name no restriction.
   * </ul>
   *
   * @return the bundled policy
   */
  static EligibilityPolicy bundled() {
    return BundledEligibilityPolicy.INSTANCE;
  }
}
