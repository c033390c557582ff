package io.github.gecc.certification;

import io.github.gecc.RefusalException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How long a certification stays valid: the replaceable rule of RULES.md §5.
 *
 * <p>FACT: a certification is valid for 3 years, DLA นท 0812/694, round 2560. DECISION: when those
 * years start is not settled by the circulars, so the rule is a policy. Two are built in:
 *
 * <ul>
 *   <li>{@link #YEARS_FROM_DATE}, the default: the last valid day is the certification date plus 3
 *       years minus 1 day (21 Sep 2017 → 20 Sep 2020);
 *   <li>{@link #FISCAL_YEARS}: through 30 September of fiscal year round + 2 (round 2560 → 30 Sep
 *       2019, the end of FY 2562).
 * </ul>
 *
 * <p>A caller may implement its own, for example one that switches on {@link
 * Certification#rulebookId()} when a later rulebook names another rule. An implementation must be
 * immutable, thread-safe and pure, and return a last valid day on or after the certification date.
 */
public interface ValidityPolicy {

  /** The default policy: 3 years from the certification date (RULES.md §5, DECISION). */
  ValidityPolicy YEARS_FROM_DATE = yearsFromDate(3);

  /** The alternative policy: 3 fiscal years counted from the round (RULES.md §5, DECISION). */
  ValidityPolicy FISCAL_YEARS = fiscalYears(3);

  /**
   * Returns the policy's name, as JSON and the command line spell it.
   *
   * @return a non-blank name, for example {@code YEARS_FROM_DATE}
   */
  String name();

  /**
   * Returns the last day a certification is valid.
   *
   * @param certification the certification, not null
   * @return the last valid day, not before {@link Certification#certifiedOn()}
   */
  LocalDate lastValidDay(Certification certification);

  /**
   * Returns the policy "a number of years from the certification date": the certification is valid
   * up to the day before the anniversary of its certification date.
   *
   * <p>DECISION (29 February): the anniversary of 29 February in a year without one is 1 March, so
   * a certification of 29 Feb 2024 is valid through 28 Feb 2027 — it never loses a day to the
   * calendar. ({@code plusYears(3).minusDays(1)} would give 27 Feb 2027.) Every other date gives
   * exactly date + years − 1 day.
   *
   * @param years the number of years, 1..100
   * @return the policy; named {@code YEARS_FROM_DATE} for 3 years, {@code YEARS_FROM_DATE_n}
   *     otherwise
   * @throws RefusalException (rule 5.11) if {@code years} is outside 1..100
   */
  static ValidityPolicy yearsFromDate(int years) {
    return new YearsFromDatePolicy(years);
  }

  /**
   * Returns the policy "a number of fiscal years from the round": valid through 30 September of
   * fiscal year round + years − 1.
   *
   * @param years the number of fiscal years, counting the round's own, 1..100
   * @return the policy; named {@code FISCAL_YEARS} for 3 years, {@code FISCAL_YEARS_n} otherwise
   * @throws RefusalException (rule 5.11) if {@code years} is outside 1..100
   */
  static ValidityPolicy fiscalYears(int years) {
    return new FiscalYearsPolicy(years);
  }

  /**
   * Returns a built-in policy by the name it gives itself (RULES.md 5.11): {@code YEARS_FROM_DATE}
   * and {@code FISCAL_YEARS} for three years, {@code YEARS_FROM_DATE_n} and {@code FISCAL_YEARS_n}
   * for {@code n} years, 1..100, {@code n} written without leading zeros and not 3. For every
   * built-in policy {@code p}, {@code named(p.name())} equals {@code p}.
   *
   * @param name a built-in policy's name, not null
   * @return the policy
   * @throws RefusalException (rule 5.11) if the name is not a built-in policy's
   * @throws NullPointerException if {@code name} is null
   */
  static ValidityPolicy named(String name) {
    return BuiltInPolicies.named(Objects.requireNonNull(name, "name"));
  }
}
