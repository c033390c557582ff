package io.github.gecc.application;

import com.google.common.collect.ImmutableList;
import io.github.gecc.RefusalException;
import io.github.gecc.time.FiscalYear;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A directive of one round that tells some kinds of unit to apply (RULES.md §2, FACT: whether a
 * unit must apply depends on the round and on who directs it; applying is otherwise voluntary, as
 * in round 2560, DLA นท 0812/694, round 2560).
 *
 * <p>The one directive in the circulars is {@link #dopaDistrictOffices2567()}, the directive of the
 * bundled round 2567 ({@link Rounds#directive}); nobody must apply unless a directive says so
 * (RULES.md §2, DECISION): round 2560 is voluntary ("เป็นไปโดยสมัครใจ
 * หากไม่สมัครก็ไม่ถือว่าเป็นความผิด") and round 2565 only invites ("ขอเชิญสมัคร", DLA มท 0810.7/ว,
 * Dec 2564). A directive leaves out the units its {@link #policy()} exempts, and reaches a unit
 * only by its kind ({@link #mustApply}, {@link #mustApplyWithoutKind}).
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
   * Returns the rounds whose certification exempts a unit, when the directive names them: rounds
   * 2565 and 2566 for DOPA's round-2567 directive.
   *
   * @return the rounds, sorted, or empty when the directive's policy is given as code
   */
  public abstract Optional<ImmutableList<FiscalYear>> exemptIfCertifiedIn();

  /**
   * Returns the citation of the directive.
   *
   * @return the circular and the section of RULES.md, not blank
   */
  public abstract String source();

  @Value.Check
  void check() {
    int round = round().getValue();
    if (directedBy().isBlank()) {
      throw RefusalException.of(
              "2.12",
              "'" + directedBy() + "'",
              "the directive of round " + round + " names a blank body that directs; name it",
              "คำสั่งให้สมัครของรอบ " + round + " ไม่ได้ระบุหน่วยงานที่สั่ง ให้ระบุหน่วยงาน")
          .at("directedBy");
    }
    if (kinds().isEmpty()) {
      throw RefusalException.withoutValue(
              "2.12",
              "the directive of round "
                  + round
                  + " directs no kind of unit; name at least one kind",
              "คำสั่งให้สมัครของรอบ "
                  + round
                  + " ไม่ได้ระบุประเภทหน่วยงาน ให้ระบุอย่างน้อยหนึ่งประเภท")
          .at("kinds");
    }
    if (source().isBlank()) {
      throw RefusalException.of(
              "2.12",
              "'" + source() + "'",
              "the directive of round " + round + " has a blank source; cite the circular",
              "คำสั่งให้สมัครของรอบ " + round + " ไม่ได้อ้างอิงแหล่งที่มา ให้อ้างอิงหนังสือเวียน")
          .at("source");
    }
    for (FiscalYear exempting : exemptIfCertifiedIn().orElse(ImmutableList.of())) {
      int exempt = exempting.getValue();
      if (!exempting.isBefore(round())) {
        throw RefusalException.of(
                "2.12",
                exempt,
                "a directive of round "
                    + round
                    + " exempts units certified in round "
                    + exempt
                    + "; it can only look at rounds before its own",
                "คำสั่งให้สมัครของรอบ "
                    + round
                    + " ยกเว้นหน่วยงานที่ได้รับการรับรองในรอบ "
                    + exempt
                    + " ซึ่งไม่ใช่รอบก่อนหน้า คำสั่งยกเว้นได้เฉพาะตามรอบก่อนรอบของตน")
            .at("exemptIfCertifiedIn");
      }
    }
  }

  /**
   * Returns a directive that exempts the units certified in any of some earlier rounds, the rounds
   * being data ({@link #exemptIfCertifiedIn()}), as a round register gives it.
   *
   * @param round the round, not null
   * @param directedBy the body that directs, not blank
   * @param kinds the kinds of unit directed, at least one, no null
   * @param exemptIfCertifiedIn the earlier rounds whose certification exempts a unit, possibly
   *     none, no null
   * @param source the citation, not blank
   * @return the directive
   * @throws RefusalException (2.12) at the field at fault if a text is blank, there is no kind, or
   *     an exempting round is not before {@code round}
   * @throws NullPointerException if an argument or element is null
   */
  public static ApplyDirective exempting(
      FiscalYear round,
      String directedBy,
      Set<OrganisationKind> kinds,
      Set<FiscalYear> exemptIfCertifiedIn,
      String source) {
    return ImmutableApplyDirective.builder()
        .round(round)
        .directedBy(directedBy)
        .addAllKinds(kinds)
        .policy(ApplyPolicy.exemptIfCertifiedIn(exemptIfCertifiedIn))
        .exemptIfCertifiedIn(ImmutableList.sortedCopyOf(exemptIfCertifiedIn))
        .source(source)
        .build();
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
   * @throws RefusalException (2.12) at the field at fault if a text is blank or there is no kind
   * @throws NullPointerException if an argument or element is null
   */
  public static ApplyDirective of(
      FiscalYear round,
      String directedBy,
      Set<OrganisationKind> kinds,
      ApplyPolicy policy,
      String source) {
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
   * round 2565 or 2566, the rounds the circular names (RULES.md §4, FACT).
   *
   * @return the directive
   */
  public static ApplyDirective dopaDistrictOffices2567() {
    return exempting(
        FiscalYear.of(2567),
        ReportingCascade.DOPA,
        Set.of(OrganisationKind.DISTRICT_OFFICE),
        Set.of(FiscalYear.of(2565), FiscalYear.of(2566)),
        "DOPA มท 0305.1/ว 1660, 18 Jan 2567 (item ๑); RULES.md §2 FACT, §4 FACT");
  }

  /**
   * Tells whether a unit of a kind must apply under this directive.
   *
   * @param kind the unit's kind, not null
   * @param certifiedIn the rounds the unit was certified in, not null, possibly empty, no null
   *     element
   * @return true if the directive names the kind and the policy does not exempt the unit
   * @throws NullPointerException if an argument or an element is null
   */
  public boolean mustApply(OrganisationKind kind, Set<FiscalYear> certifiedIn) {
    Objects.requireNonNull(kind, "kind");
    requireRounds(certifiedIn);
    return kinds().contains(kind) && policy().mustApply(certifiedIn, round());
  }

  /**
   * Tells whether a unit whose kind is not known must apply under this directive. A directive
   * reaches units by kind, so a unit without a kind is reached by no kind-specific directive
   * (RULES.md §2, DECISION); a directive that names every kind reaches it by the rounds it was
   * certified in alone.
   *
   * @param certifiedIn the rounds the unit was certified in, not null, possibly empty, no null
   *     element
   * @return true if the directive names every kind and the policy does not exempt the unit
   * @throws NullPointerException if {@code certifiedIn} or an element is null
   */
  public boolean mustApplyWithoutKind(Set<FiscalYear> certifiedIn) {
    requireRounds(certifiedIn);
    return kinds().size() == OrganisationKind.values().length
        && policy().mustApply(certifiedIn, round());
  }

  private static void requireRounds(Set<FiscalYear> certifiedIn) {
    for (FiscalYear round : Objects.requireNonNull(certifiedIn, "certifiedIn")) {
      Objects.requireNonNull(round, "certifiedIn element");
    }
  }

  /**
   * Returns a directive, named by a user, that every unit of any kind not certified in either of
   * the two rounds before {@code round} must apply: the library's generalisation of DOPA's
   * round-2567 directive (RULES.md §4, DECISION), never the default.
   *
   * @param round the round, not null
   * @return the directive
   * @throws NullPointerException if {@code round} is null
   */
  public static ApplyDirective twoPreviousRounds(FiscalYear round) {
    return of(
        round,
        "the user's policy TWO_PREVIOUS_ROUNDS",
        EnumSet.allOf(OrganisationKind.class),
        ApplyPolicy.twoPreviousRounds(),
        "RULES.md §4 DECISION (a unit certified in either of the two previous rounds need not apply)");
  }
}
