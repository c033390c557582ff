package io.github.gecc.certification;

import java.time.LocalDate;

/**
 * {@link ValidityPolicy#fiscalYears(int)}: valid through 30 September of fiscal year round + years
 * − 1.
 *
 * <p>Immutable and thread-safe.
 */
final class FiscalYearsPolicy implements ValidityPolicy {

  private final int years;

  FiscalYearsPolicy(int years) {
    BuiltInPolicies.checkYears(years);
    this.years = years;
  }

  @Override
  public String name() {
    return BuiltInPolicies.name(BuiltInPolicies.FISCAL_YEARS, years);
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
