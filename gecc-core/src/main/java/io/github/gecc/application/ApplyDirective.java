package io.github.gecc.application;

import io.github.gecc.certification.CertificationHistory;
import io.github.gecc.time.FiscalYear;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A directive of one round that tells some kinds of unit to apply (RULES.md §2, FACT: whether a
 * unit must apply depends on the round and on who directs it; applying is otherwise voluntary,
 * as in round 2560, DLA นท 0812/694, round 2560).
 *
 * <p>The one directive in the circulars is {@link #dopaDistrictOffices2567()}. A directive leaves
 * out the units its {@link #policy()} exempts.
 *
 * <p>This type is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ApplyDirective {

  ApplyDirective() {}

  /**
   * Returns the round the directive is about.
   *
   * @return the round
   */
  public abstract FiscalYear round();

  /**
   * Returns the body that directs, for example {@code DOPA}.
   *
   * @return the body, not blank
   */
  public abstract String directedBy();

  /**
   * Returns the kinds of unit directed to apply.
   *
   * @return at least one kind
   */
  public abstract Set<OrganisationKind> kinds();

  /**
   * Returns the policy that exempts units by their certification history.
   *
   * @return the policy
   */
  @Value.Auxiliary
  public abstract ApplyPolicy policy();

  /**
   * Returns the citation of the directive.
   *
   * @return the circular and the section of RULES.md, not blank
   */
  public abstract String source();

  @Value.Check
  void check() {
    if (directedBy().isBlank() || source().isBlank() || kinds().isEmpty()) {
      throw new IllegalArgumentException(
          "a directive to apply needs the body that directs, at least one kind and a source");
    }
  }

  /**
   * Returns a directive.
   *
   * @param round the round, not null
   * @param directedBy the body that directs, not blank
   * @param kinds the kinds of unit directed, at least one, no null
   * @param policy the exemption policy, not null
   * @param source the citation, not blank
   * @return the directive
   * @throws IllegalArgumentException if a text is blank or there is no kind
   * @throws NullPointerException if an argument or element is null
   */
  public static ApplyDirective of(
      FiscalYear round, String directedBy, Set<OrganisationKind> kinds, ApplyPolicy policy, String source) {
    return ImmutableApplyDirective.builder()
        .round(round)
        .directedBy(directedBy)
        .addAllKinds(kinds)
        .policy(policy)
        .source(source)
        .build();
  }

  /**
   * Returns DOPA's round-2567 directive: district offices prepare and apply, provinces supervise
   * strictly (RULES.md §2, FACT, DOPA มท 0305.1/ว 1660, 18 Jan 2567), except those certified in
   * either of the two previous rounds ({@link ApplyPolicy#twoPreviousRounds()}, RULES.md §4: the
   * circular names rounds 2565 and 2566).
   *
   * @return the directive
   */
  public static ApplyDirective dopaDistrictOffices2567() {
    return of(
        FiscalYear.of(2567),
        ApplicationCalendar.DOPA,
        Set.of(OrganisationKind.DISTRICT_OFFICE),
        ApplyPolicy.twoPreviousRounds(),
        "DOPA มท 0305.1/ว 1660, 18 Jan 2567; RULES.md §2 FACT, §4 DECISION");
  }

  /**
   * Tells whether a unit must apply under this directive.
   *
   * @param kind the unit's kind, not null
   * @param history the unit's certifications, not null
   * @return true if the directive names the kind and the policy does not exempt the unit
   * @throws NullPointerException if an argument is null
   */
  public boolean mustApply(OrganisationKind kind, CertificationHistory history) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(history, "history");
    return kinds().contains(kind) && policy().mustApply(history, round());
  }
}
