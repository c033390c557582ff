package io.github.gecc.certification;

import java.time.LocalDate;

/**
 * {@link ValidityPolicy#fiscalYears(int)}: valid through 30 September of fiscal year round +
 * years − 1.
 *
 * <p>Immutable and thread-safe.
 */
final class FiscalYearsPolicy implements ValidityPolicy {

  private final int years;

  FiscalYearsPolicy(int years) {
    checkYears(years);
    this.years = years;
  }

  static void checkYears(int years) {
    if (years < 1 || years > 100) {
      throw new IllegalArgumentException("validity years " + years + " is outside 1..100");
    }
  }

  @Override
  public String name() {
    return years == 3 ? "FISCAL_YEARS" : "FISCAL_YEARS_" + years;
  }

  @Override
  public LocalDate lastValidDay(Certification certification) {
    return certification.round().plusYears(years - 1L).end();
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof FiscalYearsPolicy && ((FiscalYearsPolicy) obj).years == years;
  }

  @Override
  public int hashCode() {
    return 31 + years;
  }

  @Override
  public String toString() {
    return name();
  }
}
