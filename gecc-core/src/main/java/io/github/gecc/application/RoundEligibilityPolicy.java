package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.gecc.time.FiscalYear;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A base eligibility policy followed by the eligible kinds each round names; see {@link
 * Rounds#eligibility()}. Immutable.
 */
final class RoundEligibilityPolicy implements EligibilityPolicy {

  private final EligibilityPolicy base;
  private final Rounds rounds;

  RoundEligibilityPolicy(EligibilityPolicy base, Rounds rounds) {
    this.base = base;
    this.rounds = rounds;
  }

  @Override
  public ImmutableList<Violation> check(FiscalYear round, Organisation organisation) {
    ImmutableList<Violation> fromBase = base.check(round, organisation);
    Optional<RoundDefinition> definition = rounds.definition(round);
    OrganisationKind kind = organisation.kind();
    if (definition.isEmpty() || definition.get().admits(kind)) {
      return fromBase;
    }
    boolean alreadyIneligible =
        fromBase.stream().anyMatch(v -> v.code() == ViolationCode.INELIGIBLE_ORGANISATION);
    if (alreadyIneligible) {
      return fromBase;
    }
    ImmutableSet<OrganisationKind> kinds = definition.get().eligibleKinds().orElseThrow();
    Violation ineligible =
        Violation.of(
            ViolationCode.INELIGIBLE_ORGANISATION,
            kind.thai()
                + " สมัครในรอบ "
                + round.getValue()
                + " ไม่ได้: รอบนี้รับสมัคร "
                + kinds.stream().map(OrganisationKind::thai).collect(Collectors.joining(" ")),
            "a "
                + kind.english()
                + " ("
                + kind.name()
                + ") may not apply in round "
                + round.getValue()
                + "; the round admits "
                + kinds.stream().map(Enum::name).collect(Collectors.joining(", ")),
            definition.get().window().source());
    return ImmutableList.<Violation>builder().add(ineligible).addAll(fromBase).build();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof RoundEligibilityPolicy
        && ((RoundEligibilityPolicy) obj).base.equals(base)
        && ((RoundEligibilityPolicy) obj).rounds.equals(rounds);
  }

  @Override
  public int hashCode() {
    return Objects.hash(base, rounds);
  }

  @Override
  public String toString() {
    return "EligibilityPolicy{" + base + ", kinds of " + rounds.rounds() + "}";
  }
}
