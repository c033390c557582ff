package io.github.gecc.certification;

import java.time.LocalDate;
import java.time.Month;

/**
 * {@link ValidityPolicy#yearsFromDate(int)}: valid until the day before the anniversary.
 *
 * <p>Immutable and thread-safe.
 */
final class YearsFromDatePolicy implements ValidityPolicy {

  private final int years;

  YearsFromDatePolicy(int years) {
    BuiltInPolicies.checkYears(years);
    this.years = years;
  }

  @Override
  public String name() {
    return BuiltInPolicies.name(BuiltInPolicies.YEARS_FROM_DATE, years);
  }

  @Override
  public LocalDate lastValidDay(Certification certification) {
    LocalDate date = certification.certifiedOn();
    LocalDate anniversary = date.plusYears(years);
    if (date.getMonth() == Month.FEBRUARY
        && date.getDayOfMonth() == 29
        && anniversary.getDayOfMonth() == 28) {
      // The anniversary of a leap day in a common year is 1 March (DECISION, see the interface).
      anniversary = anniversary.plusDays(1);
    }
    return anniversary.minusDays(1);
  }

  @Override
  public boolean equals(Object obj) {
    return obj instanceof YearsFromDatePolicy && ((YearsFromDatePolicy) obj).years == years;
  }

  @Override
  public int hashCode() {
    return years;
  }

  @Override
  public String toString() {
    return name();
  }
}
