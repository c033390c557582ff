package io.github.gecc.certification;

import io.github.gecc.RefusalException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names of the built-in validity policies (RULES.md 5.11): each policy's {@link
 * ValidityPolicy#name()} and its reading back by {@link ValidityPolicy#named}, in one place.
 */
final class BuiltInPolicies {

  /** The name of {@link ValidityPolicy#yearsFromDate}. */
  static final String YEARS_FROM_DATE = "YEARS_FROM_DATE";

  /** The name of {@link ValidityPolicy#fiscalYears}. */
  static final String FISCAL_YEARS = "FISCAL_YEARS";

  /** The number of years a policy's bare name stands for. */
  private static final int DEFAULT_YEARS = 3;

  private static final int MAX_YEARS = 100;

  /** A kind's name, then optionally {@code _n} with n written without leading zeros. */
  private static final Pattern NAME =
      Pattern.compile("(YEARS_FROM_DATE|FISCAL_YEARS)(?:_([1-9][0-9]{0,2}))?");

  private BuiltInPolicies() {}

  /** The name of the policy of a kind for a number of years: the bare name for three. */
  static String name(String kind, int years) {
    return years == DEFAULT_YEARS ? kind : kind + "_" + years;
  }

  /** Refuses a number of years outside 1..100. */
  static void checkYears(int years) {
    if (years < 1 || years > MAX_YEARS) {
      throw RefusalException.of(
          "5.11",
          years,
          "validity years " + years + " is outside 1.." + MAX_YEARS,
          "จำนวนปีของอายุการรับรอง " + years + " อยู่นอกช่วง 1.." + MAX_YEARS);
    }
  }

  /** Reads a name {@link #name} gives back into its policy. */
  static ValidityPolicy named(String name) {
    Matcher matcher = NAME.matcher(name);
    if (matcher.matches()) {
      int years = matcher.group(2) == null ? DEFAULT_YEARS : Integer.parseInt(matcher.group(2));
      // "_3" would be a second name for the three-year policy: each policy has one name.
      if (years <= MAX_YEARS && (matcher.group(2) == null || years != DEFAULT_YEARS)) {
        return matcher.group(1).equals(YEARS_FROM_DATE)
            ? new YearsFromDatePolicy(years)
            : new FiscalYearsPolicy(years);
      }
    }
    throw RefusalException.of(
        "5.11",
        name,
        "validity policy '"
            + name
            + "' is unknown; built-in policies are "
            + YEARS_FROM_DATE
            + " and "
            + FISCAL_YEARS
            + " (three years), or "
            + YEARS_FROM_DATE
            + "_n and "
            + FISCAL_YEARS
            + "_n for n years, 1.."
            + MAX_YEARS
            + ", n not 3",
        "ไม่รู้จักนโยบายอายุการรับรอง '"
            + name
            + "' นโยบายที่มีคือ "
            + YEARS_FROM_DATE
            + " และ "
            + FISCAL_YEARS
            + " (สามปี) หรือ "
            + YEARS_FROM_DATE
            + "_n และ "
            + FISCAL_YEARS
            + "_n สำหรับ n ปี (1.."
            + MAX_YEARS
            + " ยกเว้น 3)");
  }
}
